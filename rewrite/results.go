package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// rewriteResults follows the call's result through the function and rewrites
// each use to its Messages API counterpart.
func (f *fixer) rewriteResults() error {
	parents := parentMap(f.fn)
	result, err := f.resultVar(parents)
	if err != nil || result == nil {
		return err
	}
	if f.req.Entry.Streaming {
		return f.rewriteStream(result, parents)
	}
	return f.rewriteMessage(result, parents)
}

// resultVar returns the variable the call's (first) result is declared into,
// nil when it is discarded.
func (f *fixer) resultVar(parents map[ast.Node]ast.Node) (types.Object, error) {
	call := f.req.Call
	var lhs ast.Expr
	switch p := parents[call].(type) {
	case *ast.ExprStmt:
		return nil, nil
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 || len(p.Lhs) == 0 {
			return nil, reasonf("result used at %s", f.position(call.Pos()))
		}
		lhs = p.Lhs[0]
		if id := identOf(lhs); id != nil && id.Name == "_" {
			return nil, nil
		}
		if p.Tok != token.DEFINE || f.pass.TypesInfo.Defs[identOf(lhs)] == nil {
			return nil, reasonf("result stored in %s at %s", f.src(lhs), f.position(lhs.Pos()))
		}
	case *ast.ValueSpec:
		if p.Type != nil || len(p.Values) != 1 {
			return nil, reasonf("result stored in a typed variable at %s", f.position(p.Pos()))
		}
		lhs = p.Names[0]
		if lhs.(*ast.Ident).Name == "_" {
			return nil, nil
		}
	default:
		return nil, f.escape(call, parents)
	}
	return f.pass.TypesInfo.Defs[identOf(lhs)], nil
}

// escape says where a value the rewrite cannot follow goes.
func (f *fixer) escape(e ast.Expr, parents map[ast.Node]ast.Node) error {
	switch p := parents[e].(type) {
	case *ast.CallExpr:
		return reasonf("result escapes to %s at %s", f.src(p.Fun), f.position(e.Pos()))
	case *ast.ReturnStmt:
		return reasonf("result is returned at %s", f.position(e.Pos()))
	}
	return reasonf("result used at %s", f.position(e.Pos()))
}

// rewriteMessage rewrites the uses of a *Completion result.
func (f *fixer) rewriteMessage(result types.Object, parents map[ast.Node]ast.Node) error {
	for _, id := range f.uses(result) {
		sel, ok := parents[id].(*ast.SelectorExpr)
		if !ok {
			if bin, ok := parents[id].(*ast.BinaryExpr); ok && isNil(f.pass.TypesInfo, bin) {
				continue
			}
			return f.escape(id, parents)
		}
		if isWrite(sel, parents) {
			return reasonf("result field %s written at %s", sel.Sel.Name, f.position(sel.Pos()))
		}
		switch sel.Sel.Name {
		case "ID", "Model":
		case "Completion":
			if err := f.completionText(sel, id); err != nil {
				return err
			}
		case "StopReason":
			if err := f.stopReason(sel, parents); err != nil {
				return err
			}
		default:
			return reasonf("result field %s used at %s", sel.Sel.Name, f.position(sel.Pos()))
		}
	}
	return nil
}

// completionText replaces resp.Completion by the text of the response's text
// blocks, safe on an empty content list.
func (f *fixer) completionText(sel *ast.SelectorExpr, resp *ast.Ident) error {
	content := sliceElem(fieldType(structOf(f.shape.pkg, "Message"), "Content"))
	if content == nil || !hasTextField(content) {
		return reasonf("result field Completion used at %s", f.position(sel.Pos()))
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
// "stop_sequence" also covered the natural stop, now "end_turn".
func (f *fixer) stopReason(sel *ast.SelectorExpr, parents map[ast.Node]ast.Node) error {
	bin, ok := parents[sel].(*ast.BinaryExpr)
	if !ok || bin.Op != token.EQL && bin.Op != token.NEQ {
		return reasonf("result field StopReason used at %s", f.position(sel.Pos()))
	}
	other := bin.Y
	if other == ast.Expr(sel) {
		other = bin.X
	}
	switch f.constString(other) {
	case "max_tokens":
		return nil
	case "stop_sequence":
	default:
		return reasonf("result field StopReason used at %s", f.position(sel.Pos()))
	}
	x := f.src(sel)
	text := x + ` == "end_turn" || ` + x + ` == "stop_sequence"`
	if bin.Op == token.NEQ {
		text = x + ` != "end_turn" && ` + x + ` != "stop_sequence"`
	}
	switch parents[bin].(type) {
	case *ast.BinaryExpr, *ast.UnaryExpr, *ast.SelectorExpr, *ast.CallExpr:
		text = "(" + text + ")"
	}
	f.replace(bin, text)
	return nil
}

// rewriteStream rewrites the uses of a stream of completions.
func (f *fixer) rewriteStream(stream types.Object, parents map[ast.Node]ast.Node) error {
	svc := f.shape.messagesField(f.pass.TypesInfo.TypeOf(f.receiverClient()))
	if svc == nil {
		return noFix("client has no Messages service")
	}
	if err := f.shape.streamShape(svc); err != nil {
		return err
	}
	wrapped := map[ast.Stmt][]*ast.SelectorExpr{}
	var order []ast.Stmt
	for _, id := range f.uses(stream) {
		sel, ok := parents[id].(*ast.SelectorExpr)
		call, _ := parents[sel].(*ast.CallExpr)
		if !ok || call == nil || call.Fun != sel {
			return reasonf("stream used at %s", f.position(id.Pos()))
		}
		switch sel.Sel.Name {
		case "Next", "Err", "Close":
			continue
		case "Current":
		default:
			return reasonf("stream method %s used at %s", sel.Sel.Name, f.position(sel.Pos()))
		}
		frags, err := f.fragments(call, parents)
		if err != nil {
			return err
		}
		for _, frag := range frags {
			stmt, err := f.plainStmt(frag, parents)
			if err != nil {
				return err
			}
			if _, seen := wrapped[stmt]; !seen {
				order = append(order, stmt)
			}
			wrapped[stmt] = append(wrapped[stmt], frag)
		}
	}
	for _, stmt := range order {
		if f.shape.deltaAssert {
			f.assertDelta(stmt, wrapped[stmt])
		} else {
			f.guardDelta(stmt, wrapped[stmt])
		}
	}
	return nil
}

// guardDelta wraps stmt so that it runs for text deltas only: every legacy
// completion event carried text, while most Messages events carry none, and
// a statement such as appending a chunk must not run for those.
func (f *fixer) guardDelta(stmt ast.Stmt, frags []*ast.SelectorExpr) {
	f.insert(stmt.Pos(), "if "+f.src(frags[0].X)+`.Delta.Type == "text_delta" {`+"\n")
	for _, frag := range frags {
		f.replace(frag.Sel, "Delta.Text")
	}
	f.insert(stmt.End(), "\n}")
}

// fragments returns the `.Completion` selections of a stream.Current() call,
// directly or through `ev := stream.Current()`.
func (f *fixer) fragments(current *ast.CallExpr, parents map[ast.Node]ast.Node) ([]*ast.SelectorExpr, error) {
	if sel, ok := parents[current].(*ast.SelectorExpr); ok && sel.Sel.Name == "Completion" && !isWrite(sel, parents) {
		return []*ast.SelectorExpr{sel}, nil
	}
	assign, ok := parents[current].(*ast.AssignStmt)
	if !ok || assign.Tok != token.DEFINE || len(assign.Lhs) != 1 {
		return nil, reasonf("stream event used at %s", f.position(current.Pos()))
	}
	ev := f.pass.TypesInfo.Defs[identOf(assign.Lhs[0])]
	if ev == nil {
		return nil, reasonf("stream event used at %s", f.position(current.Pos()))
	}
	var frags []*ast.SelectorExpr
	for _, id := range f.uses(ev) {
		sel, ok := parents[id].(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Completion" || isWrite(sel, parents) {
			return nil, reasonf("stream event %s used at %s", id.Name, f.position(id.Pos()))
		}
		frags = append(frags, sel)
	}
	return frags, nil
}

// plainStmt returns the statement that uses a fragment, when it can be
// wrapped in an if without changing the scope of a declaration.
func (f *fixer) plainStmt(frag ast.Expr, parents map[ast.Node]ast.Node) (ast.Stmt, error) {
	for n := ast.Node(frag); n != nil; n = parents[n] {
		stmt, ok := n.(ast.Stmt)
		if !ok {
			continue
		}
		switch s := stmt.(type) {
		case *ast.ExprStmt:
			return s, nil
		case *ast.AssignStmt:
			if s.Tok != token.DEFINE {
				return s, nil
			}
		}
		return nil, reasonf("streamed text used at %s", f.position(frag.Pos()))
	}
	return nil, reasonf("streamed text used at %s", f.position(frag.Pos()))
}

// assertDelta wraps stmt so that it runs for text deltas only, reading the
// text from the asserted delta.
func (f *fixer) assertDelta(stmt ast.Stmt, frags []*ast.SelectorExpr) {
	name := f.freeName(stmt, "delta", "textDelta", "contentDelta")
	f.insert(stmt.Pos(), "if "+name+", ok := "+f.src(frags[0].X)+".Delta.("+f.qual("ContentBlockDeltaEventDelta")+"); ok {\n")
	for _, frag := range frags {
		f.replace(frag, name+".Text")
	}
	f.insert(stmt.End(), "\n}")
}

// freeName returns the first candidate not declared at stmt nor used in it.
func (f *fixer) freeName(stmt ast.Stmt, candidates ...string) string {
	used := map[string]bool{"ok": true}
	ast.Inspect(stmt, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			used[id.Name] = true
		}
		return true
	})
	scope := f.pass.Pkg.Scope().Innermost(stmt.Pos())
	for _, c := range candidates {
		if used[c] {
			continue
		}
		if scope != nil {
			if _, obj := scope.LookupParent(c, stmt.Pos()); obj != nil {
				continue
			}
		}
		return c
	}
	return candidates[len(candidates)-1] + strconv.Itoa(len(used))
}

// receiverClient returns the client expression of client.Completions.X.
func (f *fixer) receiverClient() ast.Expr {
	sel := ast.Unparen(f.req.Call.Fun).(*ast.SelectorExpr)
	return ast.Unparen(sel.X).(*ast.SelectorExpr).X
}

func isWrite(sel *ast.SelectorExpr, parents map[ast.Node]ast.Node) bool {
	switch p := parents[sel].(type) {
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
