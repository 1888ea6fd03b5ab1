package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// An accumulation is a prompt variable that statements the rewrite cannot
// rebuild (a loop, a branch, a call that writes to a builder) add text to
// between a leading "\n\nHuman: " and a trailing "\n\nAssistant:". The
// variable stays and keeps its statements; the rewrite cuts the two
// markers from the literals that write them, so that the variable holds
// the Human turn's text, and sends it as the one user message.
type accumulation struct {
	// cuts are the source ranges of the markers to delete; stmts the
	// statements that write nothing but a marker, deleted whole.
	cuts  []span
	stmts []ast.Stmt
}

// accumulated reads a prompt built by such statements as one user message
// whose text is the prompt variable itself, as the request reads it. ok is
// false when the prompt is not of that shape.
func (f *fixer) accumulated(v strval.Value, conv promptcheck.Conversation) (strval.Value, promptcheck.Conversation, bool) {
	if v.Truncated || !hasStmtHole(v) || len(conv.Turns) != 2 {
		return v, conv, false
	}
	field, ok := f.req.Field(promptcheck.ParamPrompt)
	if !ok || field.Value == nil {
		return v, conv, false
	}
	value := ast.Unparen(field.Value)
	obj := f.accumulator(value)
	human, assistant := conv.Turns[0], conv.Turns[1]
	if obj == nil || human.Role != promptcheck.Human || assistant.Role != promptcheck.Assistant ||
		human.Kind != promptcheck.Canonical || assistant.Kind != promptcheck.Canonical ||
		human.Marker.Start != (promptcheck.Pos{}) || !blank(f.segments(v, assistant.Body)) {
		return v, conv, false
	}
	// Every hole is in the Human turn, and no statement writes a turn.
	for i, p := range v.Pieces {
		if p.IsHole() && (i < human.Body.Start.Piece || i > human.Body.End.Piece) {
			return v, conv, false
		}
		if p.Stmt != nil && f.writesTurns(p.Stmt, 2) {
			return v, conv, false
		}
	}
	acc := &accumulation{}
	if !f.cutMarker(v, acc, human.Marker.Start, human.Body.Start, nil) ||
		!f.cutMarker(v, acc, assistant.Marker.Start, promptcheck.Pos{Piece: len(v.Pieces)}, obj) {
		return v, conv, false
	}
	for _, id := range f.refs(obj) {
		if !containsAny(v.Defs, id) && !containsPos(value, id.Pos()) {
			return v, conv, false // the variable is read as the whole prompt elsewhere
		}
	}
	if hasLiteralText(f.segments(v, human.Body)) {
		f.nonBlank = append(f.nonBlank, value)
	}
	f.accum = acc
	at := []token.Pos{value.Pos()}
	sv := strval.Value{Pieces: []strval.Piece{
		{Text: "\n\nHuman: ", Pos: repeatPos(at, len("\n\nHuman: "))},
		{Hole: value},
		{Text: "\n\nAssistant:", Pos: repeatPos(at, len("\n\nAssistant:"))},
	}}
	t := sv.Template()
	return sv, promptcheck.Parse(t), true
}

func repeatPos(at []token.Pos, n int) []token.Pos {
	out := make([]token.Pos, n)
	for i := range out {
		out[i] = at[0]
	}
	return out
}

// accumulator returns the local variable whose value the request reads
// as its prompt: `prompt`, or `b.String()` of a builder.
func (f *fixer) accumulator(value ast.Expr) *types.Var {
	if call, ok := value.(*ast.CallExpr); ok && len(call.Args) == 0 {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "String" {
			value = ast.Unparen(sel.X)
		}
	}
	id, ok := value.(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := f.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !f.isLocal(v) {
		return nil
	}
	return v
}

// cutMarker records the deletion of the marker text from..to of v (to
// past the last piece: the end): literal bytes of one string literal that
// a statement building the prompt writes. When whole is set and that
// statement writes nothing but the marker to whole, the statement goes.
func (f *fixer) cutMarker(v strval.Value, acc *accumulation, from, to promptcheck.Pos, whole *types.Var) bool {
	if from.Piece >= len(v.Pieces) || v.Pieces[from.Piece].IsHole() {
		return false
	}
	p := v.Pieces[from.Piece]
	end := len(p.Text)
	switch {
	case to.Piece == from.Piece:
		end = to.Offset
	case to.Piece != from.Piece+1 || to.Offset != 0:
		if to.Piece != len(v.Pieces) || from.Piece != len(v.Pieces)-1 {
			return false
		}
	}
	if from.Offset >= end || end > len(p.Pos) {
		return false
	}
	lit := f.stringLit(p.Pos[from.Offset])
	if lit == nil || !containsAny(v.Defs, lit) {
		return false
	}
	for _, pos := range p.Pos[from.Offset:end] {
		if !containsPos(lit, pos) {
			return false
		}
	}
	stop := lit.End() - 1 // the closing quote
	if end < len(p.Text) && containsPos(lit, p.Pos[end]) {
		stop = p.Pos[end]
	} else if end < len(p.Text) {
		return false
	}
	if whole != nil && p.Pos[from.Offset] == lit.Pos()+1 && stop == lit.End()-1 {
		if s := f.writesOnly(lit, whole); s != nil {
			acc.stmts = append(acc.stmts, s)
			return true
		}
	}
	acc.cuts = append(acc.cuts, span{p.Pos[from.Offset], stop})
	return true
}

// stringLit returns the string literal of the function at pos.
func (f *fixer) stringLit(pos token.Pos) *ast.BasicLit {
	path, _ := astutil.PathEnclosingInterval(f.file, pos, pos)
	for _, n := range path {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			return lit
		}
	}
	return nil
}

// writesOnly returns the statement that adds lit, and nothing else, to v:
// `v += lit` or `v.WriteString(lit)`, in a statement list.
func (f *fixer) writesOnly(lit *ast.BasicLit, v *types.Var) ast.Stmt {
	for n := f.parents[lit]; n != nil; n = f.parents[n] {
		s, isStmt := n.(ast.Stmt)
		if !isStmt {
			continue
		}
		if !f.inStmtList(s) {
			return nil
		}
		switch s := s.(type) {
		case *ast.AssignStmt:
			if s.Tok == token.ADD_ASSIGN && len(s.Lhs) == 1 && ast.Unparen(s.Rhs[0]) == ast.Expr(lit) &&
				f.pass.TypesInfo.Uses[identOf(s.Lhs[0])] == v {
				return s
			}
		case *ast.ExprStmt:
			call, isCall := ast.Unparen(s.X).(*ast.CallExpr)
			if isCall && len(call.Args) == 1 && ast.Unparen(call.Args[0]) == ast.Expr(lit) &&
				strings.HasSuffix(f.src(call.Fun), ".WriteString") && f.pass.TypesInfo.Uses[f.writtenBuilder(call)] == v {
				return s
			}
		}
		return nil
	}
	return nil
}

// applyAccumulation deletes the markers an accumulated prompt's literals
// write.
func (f *fixer) applyAccumulation() {
	if f.accum == nil {
		return
	}
	for _, c := range f.accum.cuts {
		f.delete(c.pos, c.end)
	}
	for _, s := range f.accum.stmts {
		f.deleteStmt(s)
	}
}

// writesTurns reports whether n holds a string constant with a role word
// after a newline: a statement that may add turns to the prompt, not text
// to one. Calls of the package's functions are looked into, depth deep.
func (f *fixer) writesTurns(n ast.Node, depth int) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if found {
			return false
		}
		e, ok := m.(ast.Expr)
		if !ok {
			return true
		}
		if c := f.constValue(e); c != nil {
			found = strings.Contains(*c, "\nHuman:") || strings.Contains(*c, "\nAssistant:")
			return false
		}
		if call, ok := e.(*ast.CallExpr); ok && depth > 0 {
			if fn, ok := typeutil.Callee(f.pass.TypesInfo, call).(*types.Func); ok && fn.Pkg() == f.pass.Pkg {
				if decl := f.packageFunc(fn); decl != nil && decl.Body != nil {
					found = f.writesTurns(decl.Body, depth-1)
				}
			}
		}
		return !found
	})
	return found
}
