// Package strval evaluates Go string expressions statically into templates of
// literal pieces and holes, keeping for each literal byte the source position
// it came from, so that a finding can point at the exact byte inside a string
// literal and a rewrite can rebuild the text from the original expressions.
//
// Followed: string literals (escapes map to their backslash, raw strings
// one to one), constants (into their declaration when it is in this package,
// else at the using expression), + chains, conversions to string types,
// fmt.Sprintf with a constant format and in-order verbs, fmt.Sprint and
// fmt.Sprintln of strings (and their Fprint forms writing to a builder),
// strings.Join of a slice literal with a constant separator,
// unexported package-level variables that nothing reassigns, and local
// string variables and strings.Builder/bytes.Buffer values along the
// straight-line path to their use (see walker). Everything else is a hole.
package strval

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/completelint/completelint/promptcheck"
)

// A Piece is literal text or a hole.
type Piece struct {
	// Text is the literal value (after unquoting); empty for a hole.
	Text string
	// Pos[i] is the source position of Text[i]: inside a string literal, the
	// position of the byte (for an escape such as \n, its backslash). Bytes
	// that come from a constant declared in another package, or from a value
	// with no literal of its own, map to the position of the expression that
	// used it.
	Pos []token.Pos
	// Hole is the expression whose text is unknown; nil for literal text.
	Hole ast.Expr
	// Verb is the fmt verb that formats the hole ("%d", "%q", "%5.2f"), or ""
	// when the hole is a string operand used as is.
	Verb string
	// Stmt is set when the hole stands for what a statement added to a
	// variable (a loop that appends to it, a call that writes into a
	// builder, a multi-value assignment): Hole is then an occurrence of the
	// variable inside Stmt, and its text is NOT the hole's value, so a
	// rewrite cannot reuse it.
	Stmt ast.Stmt
	// Entry is set when Hole is a parameter read where its value is still
	// the one its function was called with, though the function may change
	// it elsewhere (p = "x" + p): a caller's argument is its text.
	Entry bool
}

// IsHole reports whether p is a hole.
func (p Piece) IsHole() bool { return p.Hole != nil }

// A Value is the static view of a string expression.
type Value struct {
	// Pieces are in order; adjacent literal pieces are merged.
	Pieces []Piece
	// Defs are the statements outside the evaluated expression that
	// contributed to the value (a variable's declaration, += statements,
	// builder writes), in source order. Empty when the expression alone
	// built the value.
	Defs []ast.Stmt
	// Truncated reports that the value's text is not all there: it hit a
	// size limit. Unless Abridged is set, the last piece is a hole for the
	// expression where it was cut and the rest is missing.
	Truncated bool
	// Abridged reports that the value is longer than 1 MiB and was kept
	// whole up to there; past it, of each line only the first 256 and the
	// last 16 bytes are kept, the bytes between standing as one byte (a
	// space when they are all white space, else '.') at the position of the
	// first of them. Every newline, and so every turn marker, is there, with
	// its exact position. Truncated is set too: the text is not the value.
	Abridged bool
}

// Template returns the value as a promptcheck template.
func (v Value) Template() promptcheck.Template {
	t := make(promptcheck.Template, len(v.Pieces))
	for i, p := range v.Pieces {
		t[i] = promptcheck.Piece{Text: p.Text, Hole: p.IsHole()}
	}
	return t
}

// PosOf maps a template position back to the source. ok is false when the
// position is inside a hole or has no source byte.
func (v Value) PosOf(p promptcheck.Pos) (token.Pos, bool) {
	if p.Piece < 0 || p.Piece >= len(v.Pieces) {
		return token.NoPos, false
	}
	pc := v.Pieces[p.Piece]
	if pc.IsHole() {
		return pc.Hole.Pos(), true
	}
	if p.Offset < 0 || p.Offset >= len(pc.Pos) {
		return token.NoPos, false
	}
	return pc.Pos[p.Offset], pc.Pos[p.Offset].IsValid()
}

// WholeText is how many literal bytes of a value are kept whole; past it
// the value is abridged (Value.Abridged).
const WholeText = maxText

// An Evaluator evaluates string expressions of one package. It caches what
// it learns about declarations; it is not safe for concurrent use.
type Evaluator struct {
	info  *types.Info
	files []*ast.File // the package's files, sorted by position; from info.Scopes

	filesDone bool
	funcs     map[ast.Node]*funcInfo
	declFunc  map[*types.Var]ast.Node // function declaring a local, nil if none
	changed   map[types.Object]bool   // package-level variables changed somewhere

	// State of one Eval call.
	fn     ast.Node
	depth  int
	nest   int
	active map[activeKey]bool
	binds  []binding
}

// New returns an evaluator that resolves identifiers with info. Declarations
// of constants and variables are found in the files recorded in info.Scopes
// (go/packages, unitchecker and the analysis checkers fill it).
func New(info *types.Info) *Evaluator {
	if info == nil {
		info = &types.Info{}
	}
	return &Evaluator{info: info, funcs: map[ast.Node]*funcInfo{}, declFunc: map[*types.Var]ast.Node{}, active: map[activeKey]bool{}}
}

// Eval evaluates e. fn is the innermost *ast.FuncDecl or *ast.FuncLit that
// contains e (nil when e is at package level); local variables are found
// through it, or through the package's files when declared outside it.
func (ev *Evaluator) Eval(e ast.Expr, fn ast.Node) (v Value) {
	if e == nil {
		return Value{}
	}
	ev.fn, ev.depth, ev.nest, ev.binds = fn, 0, 0, nil
	clear(ev.active)
	defer func() {
		// Last line of defence: bad code must never crash the analysis.
		if r := recover(); r != nil {
			v = Value{Pieces: []Piece{{Hole: e}}}
		}
	}()
	a := &acc{}
	ev.expr(a, e)
	ps := a.finish()
	return Value{Pieces: ps, Defs: sortStmts(a.defs), Truncated: a.truncated || a.abridged, Abridged: a.abridged && !a.truncated}
}
