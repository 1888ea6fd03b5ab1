package strval

import (
	"go/ast"
	"go/token"
)

// Limits that keep evaluation cheap on pathological code.
const (
	maxText   = 1 << 20 // literal bytes of one value kept whole
	maxPieces = 1 << 14 // pieces in one value
	maxDepth  = 64      // nested constants, variables and calls followed
	maxNest   = 512     // syntactic nesting of one expression

	// Past maxText a value is abridged (see Value.Abridged): of each line,
	// the first lineHead and the last lineTail bytes are kept, and the
	// bytes between become one byte. maxKept bounds the bytes kept that
	// way, maxSource the bytes read in all; past either the value is cut.
	lineHead  = 256
	lineTail  = 16
	maxKept   = 1 << 20
	maxSource = 1 << 26
)

// An acc accumulates the pieces of a value. The pending literal is kept in
// byte slices so that long chains of small appends stay linear.
type acc struct {
	pieces    []Piece
	text      []byte      // pending literal text
	pos       []token.Pos // positions of text
	size      int         // literal bytes read so far, elided ones included
	truncated bool
	at        ast.Expr // expression being evaluated; becomes the hole on overflow
	defs      []ast.Stmt

	// Abridging, past maxText.
	abridged bool
	kept     int // bytes kept while abridging
	line     int // bytes of the current line so far (0 after a hole)
	elision
}

// An elision is the middle of the current line, being dropped while the
// last lineTail bytes read wait in a ring: they are kept if the line ends
// before lineTail more bytes come.
type elision struct {
	n        int       // bytes dropped
	at       token.Pos // position of the first
	nonSpace bool      // some byte dropped is not white space
	ring     [lineTail]byte
	ringPos  [lineTail]token.Pos
	start, k int // the ring holds k bytes from index start
}

// addByte appends one literal byte from position p.
func (a *acc) addByte(b byte, p token.Pos) {
	if a.truncated {
		return
	}
	if a.size >= maxText && !a.abridge(b, p) {
		return
	}
	a.keep(b, p)
	a.size++
}

// keep appends b to the pending text.
func (a *acc) keep(b byte, p token.Pos) {
	if len(a.text) == 0 {
		a.reopen()
	}
	a.text = append(a.text, b)
	a.pos = append(a.pos, p)
	if b == '\n' {
		a.line = 0
	} else {
		a.line++
	}
}

// abridge handles byte b read past maxText and reports whether it is kept
// now; a byte it does not keep waits in the ring or is dropped.
func (a *acc) abridge(b byte, p token.Pos) bool {
	if a.size >= maxSource || a.kept >= maxKept {
		a.overflow()
		return false
	}
	a.abridged = true
	if b == '\n' || a.line < lineHead {
		a.endElision()
		a.kept++
		return true
	}
	a.size++
	e := &a.elision
	if e.k < lineTail {
		i := (e.start + e.k) % lineTail
		e.ring[i], e.ringPos[i] = b, p
		e.k++
		a.line++
		return false
	}
	// The oldest byte of the ring is dropped.
	old := e.ring[e.start]
	if e.n == 0 {
		e.at = e.ringPos[e.start]
	}
	e.n++
	e.nonSpace = e.nonSpace || !isSpace(old)
	e.ring[e.start], e.ringPos[e.start] = b, p
	e.start = (e.start + 1) % lineTail
	a.line++
	return false
}

// endElision keeps what the current line's elision holds: one byte for the
// bytes dropped (a space if they all were white space, else '.'), then the
// ring.
func (a *acc) endElision() {
	e := a.elision
	if e.n == 0 && e.k == 0 {
		return
	}
	a.elision = elision{}
	line := a.line
	if e.n > 0 {
		c := byte(' ')
		if e.nonSpace {
			c = '.'
		}
		a.keep(c, e.at)
		a.kept++
	}
	for j := range e.k {
		i := (e.start + j) % lineTail
		a.keep(e.ring[i], e.ringPos[i])
		a.kept++
	}
	a.line = line
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\v' || b == '\f' }

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
	a.line = 0 // the hole may end a line
}

// addEntry appends a hole for parameter id read where it has its value on
// entry (Piece.Entry).
func (a *acc) addEntry(id ast.Expr, verb string) {
	a.addHole(id, verb, nil)
	if n := len(a.pieces); n > 0 && !a.truncated {
		a.pieces[n-1].Entry = true
	}
}

// addPieces appends finished pieces (copying their positions).
func (a *acc) addPieces(ps []Piece) {
	for _, p := range ps {
		if p.Entry {
			a.addEntry(p.Hole, p.Verb)
			continue
		}
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
	ps := b.finish()
	a.addPieces(ps)
	a.defs = append(a.defs, b.defs...)
	a.abridged = a.abridged || b.abridged
	if b.abridged {
		// Count the bytes b's abridged text stands for.
		kept := 0
		for _, p := range ps {
			kept += len(p.Text)
		}
		a.size += b.size - kept
	}
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
	a.endElision()
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

// literal returns the text and positions when the value has no holes. An
// abridged value's text is not the value's: read is the number of bytes
// it stands for.
func (a *acc) literal() (text string, pos []token.Pos, read int, ok bool) {
	ps := a.finish()
	switch {
	case a.truncated || len(ps) > 1 || len(ps) == 1 && ps[0].IsHole():
		return "", nil, 0, false
	case len(ps) == 0:
		return "", nil, 0, true
	}
	return ps[0].Text, ps[0].Pos, a.size, true
}

// isHoleOf reports whether the value is exactly one plain hole for e.
func (a *acc) isHoleOf(e ast.Expr) bool {
	ps := a.finish()
	return len(ps) == 1 && ps[0].Hole == e && ps[0].Verb == "" && ps[0].Stmt == nil
}
