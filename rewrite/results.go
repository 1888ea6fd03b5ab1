package rewrite

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"

	"github.com/completelint/completelint/internal/defuse"
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
		if p.Tok == token.ASSIGN {
			return f.storedResult(lhs)
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

// storedResult follows a result assigned to a local variable declared
// before the call, `var resp *sdk.Completion`, and assigned nothing else:
// its declaration takes the Messages type.
func (f *sdkRewrite) storedResult(lhs ast.Expr) (types.Object, error) {
	stored := request.NoFix(request.ResultStored, f.src(lhs), f.place(lhs.Pos()))
	id := identOf(lhs)
	v, ok := f.pass.TypesInfo.Uses[id].(*types.Var)
	if id == nil || !ok || !f.isLocal(v) {
		return nil, stored
	}
	var spec *ast.ValueSpec
	for _, w := range f.defs().Writes(v) {
		switch {
		case w.Kind == defuse.Declare:
			spec, _ = w.Node.(*ast.ValueSpec)
		case w.Node != f.parents[f.req.Call]:
			return nil, stored
		}
	}
	if spec == nil || spec.Type == nil || len(spec.Names) != 1 || len(spec.Values) != 0 {
		return nil, stored
	}
	if err := f.retypeResult(spec.Type, lhs); err != nil {
		return nil, err
	}
	return v, nil
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
		if as, ok := f.parents[id].(*ast.AssignStmt); ok && as == f.parents[f.req.Call] {
			continue // resp, err = client.Completions.New(...)
		}
		sel, ok := f.parents[id].(*ast.SelectorExpr)
		if !ok {
			if bin, ok := f.parents[id].(*ast.BinaryExpr); ok && isNil(f.pass.TypesInfo, bin) {
				continue
			}
			if call, ok := f.parents[id].(*ast.CallExpr); ok && call.Fun != ast.Expr(id) {
				if err := f.passResult(call, id); err != nil {
					return err
				}
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

// stopReason keeps the legacy meaning of a read of the stop reason:
// "stop_sequence" covered every stop but a cut one, which the Messages API
// splits into end_turn, stop_sequence, refusal, ... A comparison with a
// legacy constant is rewritten in place; any other read (a switch, a
// return, an argument, a comparison with another value) goes through the
// stop reason helper (stophelper.go).
func (f *sdkRewrite) stopReason(sel *ast.SelectorExpr) error {
	if bin, ok := f.parents[sel].(*ast.BinaryExpr); ok && (bin.Op == token.EQL || bin.Op == token.NEQ) {
		other := bin.Y
		if other == ast.Expr(sel) {
			other = bin.X
		}
		if isLegacyStop(f.constValue(other)) {
			f.stopComparison(sel, bin, other)
			return nil
		}
	}
	if f.shape == nil {
		return f.stopWithoutHelper(sel)
	}
	f.noteDeadStops(sel)
	return f.mapStopReason(sel, f.src(sel), f.messageStopType())
}

// stopWithoutHelper keeps the meaning of a stop reason switched on, in a
// rewrite with no SDK shape to write the helper in (a community library's):
// a case for "stop_sequence" also lists "end_turn". Any other read gets no
// rewrite.
func (f *sdkRewrite) stopWithoutHelper(sel *ast.SelectorExpr) error {
	sw, ok := f.parents[sel].(*ast.SwitchStmt)
	if !ok || sw.Tag != ast.Expr(sel) {
		if bin, ok := f.parents[sel].(*ast.BinaryExpr); ok {
			other := bin.Y
			if other == ast.Expr(sel) {
				other = bin.X
			}
			return request.NoFix(request.ResultStopReasonCompared, f.src(other), f.place(sel.Pos()))
		}
		return request.NoFix(request.ResultStopReasonUsed, f.place(sel.Pos()))
	}
	for _, stmt := range sw.Body.List {
		for _, e := range stmt.(*ast.CaseClause).List {
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

// noteDeadStops says when a stop reason is compared with, or switched on,
// a constant the legacy API never returned: it still never matches.
func (f *sdkRewrite) noteDeadStops(sel ast.Expr) {
	var consts []ast.Expr
	switch p := f.parents[sel].(type) {
	case *ast.BinaryExpr:
		if p.Op == token.EQL || p.Op == token.NEQ {
			consts = append(consts, p.X, p.Y)
		}
	case *ast.SwitchStmt:
		if p.Tag == sel {
			for _, stmt := range p.Body.List {
				if cc, ok := stmt.(*ast.CaseClause); ok {
					consts = append(consts, cc.List...)
				}
			}
		}
	}
	for _, e := range consts {
		if c := f.constValue(e); c != nil && !isLegacyStop(c) {
			note := fmt.Sprintf("%q is no legacy stop reason: the %s still never matches, as before", *c, map[bool]string{true: "case", false: "comparison"}[f.parents[sel] != f.parents[e]])
			if !slices.Contains(f.notes, note) {
				f.notes = append(f.notes, note)
			}
		}
	}
}

// isLegacyStop reports whether a constant compared with a stop reason
// keeps its meaning in place: "max_tokens", "stop_sequence" (turned around)
// or "", which the helper alone maps to itself.
func isLegacyStop(c *string) bool {
	return c != nil && (*c == "max_tokens" || *c == "stop_sequence" || *c == "")
}

// constValue returns the value of a string constant, nil if e is not one.
func (f *editor) constValue(e ast.Expr) *string {
	tv, ok := f.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil
	}
	s := constant.StringVal(tv.Value)
	return &s
}

// stopComparison rewrites a comparison of the stop reason with a legacy
// constant: "max_tokens" means the same; a comparison with "stop_sequence"
// becomes one with "max_tokens" turned around, so that every other stop
// still counts as "stop_sequence".
func (f *sdkRewrite) stopComparison(sel *ast.SelectorExpr, bin *ast.BinaryExpr, other ast.Expr) {
	if c := f.constString(other); c == "max_tokens" || c == "" {
		f.untypeStopReason(other)
		return
	}
	op := "!="
	if bin.Op == token.NEQ {
		op = "=="
	}
	f.replace(bin, f.src(sel)+" "+op+` "max_tokens"`)
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
