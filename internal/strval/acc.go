package strval

import (
	"go/ast"
	"go/token"
)

// Limits that keep evaluation cheap on pathological code.
const (
	maxText   = 1 << 20 // literal bytes in one value
	maxPieces = 1 << 14 // pieces in one value
	maxDepth  = 64      // nested constants, variables and calls followed
	maxNest   = 512     // syntactic nesting of one expression
)

// An acc accumulates the pieces of a value. The pending literal is kept in
// byte slices so that long chains of small appends stay linear.
type acc struct {
	pieces    []Piece
	text      []byte      // pending literal text
	pos       []token.Pos // positions of text
	size      int         // literal bytes so far, pending included
	truncated bool
	at        ast.Expr // expression being evaluated; becomes the hole on overflow
	defs      []ast.Stmt
}

// addByte appends one literal byte from position p.
func (a *acc) addByte(b byte, p token.Pos) {
	if a.truncated {
		return
	}
	if a.size >= maxText {
		a.overflow()
		return
	}
	if len(a.text) == 0 {
		a.reopen()
	}
	a.text = append(a.text, b)
	a.pos = append(a.pos, p)
	a.size++
}

// addString appends s with every byte at position p.
func (a *acc) addString(s string, p token.Pos) {
	for i := 0; i < len(s) && !a.truncated; i++ {
		a.addByte(s[i], p)
	}
}

// addHole appends a hole for e.
func (a *acc) addHole(e ast.Expr, verb string, stmt ast.Stmt) {
	if a.truncated {
		return
	}
	a.flush()
	if len(a.pieces) >= maxPieces {
		a.overflow()
		return
	}
	a.pieces = append(a.pieces, Piece{Hole: e, Verb: verb, Stmt: stmt})
}

// addPieces appends finished pieces (copying their positions).
func (a *acc) addPieces(ps []Piece) {
	for _, p := range ps {
		if p.IsHole() {
			a.addHole(p.Hole, p.Verb, p.Stmt)
			continue
		}
		for i := 0; i < len(p.Text) && !a.truncated; i++ {
			a.addByte(p.Text[i], p.Pos[i])
		}
	}
}

// addAcc appends everything b accumulated.
func (a *acc) addAcc(b *acc) {
	a.addPieces(b.finish())
	a.defs = append(a.defs, b.defs...)
	if b.truncated {
		a.truncated = true
	}
}

// overflow ends the value with a hole for the expression being evaluated.
func (a *acc) overflow() {
	a.flush()
	if a.at != nil {
		a.pieces = append(a.pieces, Piece{Hole: a.at})
	}
	a.truncated = true
}

// reopen makes a trailing literal piece pending again, so that adjacent
// literal text merges.
func (a *acc) reopen() {
	n := len(a.pieces)
	if n == 0 || a.pieces[n-1].IsHole() {
		return
	}
	last := a.pieces[n-1]
	a.pieces = a.pieces[:n-1]
	a.text = []byte(last.Text)
	a.pos = last.Pos[:len(last.Pos):len(last.Pos)]
}

func (a *acc) flush() {
	if len(a.text) == 0 {
		return
	}
	a.pieces = append(a.pieces, Piece{Text: string(a.text), Pos: a.pos})
	a.text = nil
	a.pos = nil
}

// finish returns the pieces; the acc may be appended to afterwards.
func (a *acc) finish() []Piece {
	a.flush()
	return a.pieces
}

// literal returns the text and positions when the value has no holes.
func (a *acc) literal() (string, []token.Pos, bool) {
	ps := a.finish()
	switch {
	case a.truncated || len(ps) > 1 || len(ps) == 1 && ps[0].IsHole():
		return "", nil, false
	case len(ps) == 0:
		return "", nil, true
	}
	return ps[0].Text, ps[0].Pos, true
}

// isHoleOf reports whether the value is exactly one plain hole for e.
func (a *acc) isHoleOf(e ast.Expr) bool {
	ps := a.finish()
	return len(ps) == 1 && ps[0].Hole == e && ps[0].Verb == "" && ps[0].Stmt == nil
}
