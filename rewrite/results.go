package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/completelint/completelint/internal/request"
)

// rewriteResults follows the call's result through the function and rewrites
// each use to its Messages API counterpart.
func (f *sdkRewrite) rewriteResults() error {
	result, err := f.resultVar()
	if err != nil || result == nil {
		return err
	}
	if f.req.Entry.Streaming {
		return f.rewriteStream(result)
	}
	return f.rewriteMessage(result)
}

// resultVar returns the variable the call's (first) result is declared into,
// nil when it is discarded.
func (f *sdkRewrite) resultVar() (types.Object, error) {
	call := f.req.Call
	var lhs ast.Expr
	switch p := f.parents[call].(type) {
	case *ast.ExprStmt:
		return nil, nil
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 || len(p.Lhs) == 0 {
			return nil, request.NoFix(request.ResultUsed, f.place(call.Pos()))
		}
		lhs = p.Lhs[0]
		if id := identOf(lhs); id != nil && id.Name == "_" {
			return nil, nil
		}
		if p.Tok != token.DEFINE || f.pass.TypesInfo.Defs[identOf(lhs)] == nil {
			return nil, request.NoFix(request.ResultStored, f.src(lhs), f.place(lhs.Pos()))
		}
	case *ast.ValueSpec:
		if p.Type != nil || len(p.Values) != 1 {
			return nil, request.NoFix(request.ResultStoredTyped, f.place(p.Pos()))
		}
		lhs = p.Names[0]
		if lhs.(*ast.Ident).Name == "_" {
			return nil, nil
		}
	default:
		return nil, f.escape(call)
	}
	return f.pass.TypesInfo.Defs[identOf(lhs)], nil
}

// escape says where a value the rewrite cannot follow goes.
func (f *sdkRewrite) escape(e ast.Expr) error {
	switch p := f.parents[e].(type) {
	case *ast.CallExpr:
		return request.NoFix(request.ResultEscapes, f.src(p.Fun), f.place(e.Pos()))
	case *ast.ReturnStmt:
		return request.NoFix(request.ResultReturned, f.place(e.Pos()))
	}
	return request.NoFix(request.ResultUsed, f.place(e.Pos()))
}

// rewriteMessage rewrites the uses of a *Completion result.
func (f *sdkRewrite) rewriteMessage(result types.Object) error {
	for _, id := range f.uses(result) {
		sel, ok := f.parents[id].(*ast.SelectorExpr)
		if !ok {
			if bin, ok := f.parents[id].(*ast.BinaryExpr); ok && isNil(f.pass.TypesInfo, bin) {
				continue
			}
			return f.escape(id)
		}
		if f.isWrite(sel) {
			return request.NoFix(request.ResultFieldWritten, sel.Sel.Name, f.place(sel.Pos()))
		}
		switch sel.Sel.Name {
		case "ID", "Model":
		case "Completion":
			if err := f.completionText(sel, id); err != nil {
				return err
			}
		case "StopReason":
			if err := f.stopReason(sel); err != nil {
				return err
			}
		default:
			return request.NoFix(request.ResultFieldUsed, sel.Sel.Name, f.place(sel.Pos()))
		}
	}
	return nil
}

// completionText replaces resp.Completion by the text of the response's text
// blocks, safe on an empty content list.
func (f *sdkRewrite) completionText(sel *ast.SelectorExpr, resp *ast.Ident) error {
	content := sliceElem(fieldType(structOf(f.shape.pkg, "Message"), "Content"))
	if content == nil || !hasTextField(content) {
		return request.NoFix(request.ResultCompletionUsed, f.place(sel.Pos()))
	}
	text, block := "text", "block"
	if resp.Name == text || resp.Name == block {
		text, block = "messageText", "contentBlock"
	}
	f.replace(sel, "func() ("+text+" string) {\nfor _, "+block+" := range "+resp.Name+".Content {\n"+
		text+" += "+block+".Text\n}\nreturn "+text+"\n}()")
	return nil
}

// stopReason keeps the meaning of comparisons with the legacy stop reasons:
// "stop_sequence" also covered the natural stop, now "end_turn";
// "max_tokens" means the same.
func (f *sdkRewrite) stopReason(sel *ast.SelectorExpr) error {
	switch p := f.parents[sel].(type) {
	case *ast.BinaryExpr:
		if p.Op == token.EQL || p.Op == token.NEQ {
			return f.stopComparison(sel, p)
		}
	case *ast.SwitchStmt:
		if p.Tag == ast.Expr(sel) {
			return f.stopSwitch(sel, p)
		}
	}
	return request.NoFix(request.ResultStopReasonUsed, f.place(sel.Pos()))
}

func (f *sdkRewrite) stopComparison(sel *ast.SelectorExpr, bin *ast.BinaryExpr) error {
	other := bin.Y
	if other == ast.Expr(sel) {
		other = bin.X
	}
	switch f.constString(other) {
	case "max_tokens":
		f.untypeStopReason(other)
		return nil
	case "stop_sequence":
	default:
		return request.NoFix(request.ResultStopReasonCompared, f.src(other), f.place(sel.Pos()))
	}
	// The legacy stop reason told a truncated answer ("max_tokens") from
	// any other stop ("stop_sequence"), which the Messages API splits into
	// end_turn, stop_sequence, refusal, ...: the comparison keeps its
	// meaning as one with "max_tokens" turned around.
	op := "!="
	if bin.Op == token.NEQ {
		op = "=="
	}
	f.replace(bin, f.src(sel)+" "+op+` "max_tokens"`)
	return nil
}

// stopSwitch rewrites the cases of `switch resp.StopReason`: a case for
// "stop_sequence" also lists "end_turn".
func (f *sdkRewrite) stopSwitch(sel *ast.SelectorExpr, sw *ast.SwitchStmt) error {
	for _, stmt := range sw.Body.List {
		clause, ok := stmt.(*ast.CaseClause)
		if !ok {
			return request.NoFix(request.ResultStopReasonUsed, f.place(sel.Pos()))
		}
		for _, e := range clause.List {
			switch f.constString(e) {
			case "stop_sequence":
				f.replace(e, `"end_turn", `+f.stopLiteral(e))
			case "max_tokens":
				f.untypeStopReason(e)
			default:
				return request.NoFix(request.ResultStopReasonCompared, f.src(e), f.place(e.Pos()))
			}
		}
	}
	return nil
}

// untypeStopReason spells a typed string constant compared with a stop
// reason as an untyped literal: the Messages stop reason has its own type.
func (f *sdkRewrite) untypeStopReason(e ast.Expr) {
	if lit := f.stopLiteral(e); lit != f.src(e) {
		f.replace(e, lit)
	}
}

// stopLiteral spells a constant compared with a stop reason: as written when
// untyped, else as a literal.
func (f *sdkRewrite) stopLiteral(e ast.Expr) string {
	if t, ok := f.pass.TypesInfo.TypeOf(e).(*types.Basic); ok && t.Info()&types.IsUntyped != 0 {
		return f.src(e)
	}
	return strconv.Quote(f.constString(e))
}

func (f *editor) isWrite(sel *ast.SelectorExpr) bool {
	switch p := f.parents[sel].(type) {
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			if l == ast.Expr(sel) {
				return true
			}
		}
	case *ast.UnaryExpr:
		return p.Op == token.AND
	case *ast.IncDecStmt:
		return true
	}
	return false
}

func isNil(info *types.Info, bin *ast.BinaryExpr) bool {
	return (bin.Op == token.EQL || bin.Op == token.NEQ) && (info.Types[bin.X].IsNil() || info.Types[bin.Y].IsNil())
}

// parentMap maps each node under root to its parent.
func parentMap(root ast.Node) map[ast.Node]ast.Node {
	parents := map[ast.Node]ast.Node{}
	var stack []ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if len(stack) > 0 {
			parents[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		return true
	})
	return parents
}
