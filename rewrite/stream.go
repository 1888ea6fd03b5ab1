package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/completelint/completelint/internal/request"
)

// A guarded statement runs for text deltas only: every legacy completion
// event carried text, while most Messages events carry none, and a statement
// such as appending a chunk must not run for those.
type guarded struct {
	stmt  ast.Stmt
	event string // the event expression the guard reads
	// inner is set when stmt declares the event variable the fragments
	// select from, so the guard reads the event from the stream itself.
	inner bool
	frags []*ast.SelectorExpr
}

// rewriteStream rewrites the uses of a stream of completions. When every
// read of an event is inside one `for stream.Next()` loop, the loop's whole
// body runs for text deltas only (and, when the loop reads the stop reason,
// for the message_delta event that carries it, as the legacy stream's last
// event did); otherwise each statement that reads the text is guarded.
func (f *sdkRewrite) rewriteStream(stream types.Object) error {
	svc := f.shape.messagesField(f.pass.TypesInfo.TypeOf(f.receiverClient()))
	if svc == nil {
		return request.NoFix(request.ClientNoMessages, "client")
	}
	if err := f.shape.streamShape(svc); err != nil {
		return err
	}
	var frags []*ast.SelectorExpr
	currents := map[*ast.SelectorExpr]*ast.CallExpr{}
	for _, id := range f.uses(stream) {
		sel, ok := f.parents[id].(*ast.SelectorExpr)
		call, _ := f.parents[sel].(*ast.CallExpr)
		if !ok || call == nil || call.Fun != sel {
			return request.NoFix(request.StreamUsed, f.place(id.Pos()))
		}
		switch sel.Sel.Name {
		case "Next", "Err", "Close":
			continue
		case "Current":
		default:
			return request.NoFix(request.StreamMethodUsed, sel.Sel.Name, f.place(sel.Pos()))
		}
		fs, err := f.fragments(call)
		if err != nil {
			return err
		}
		for _, frag := range fs {
			currents[frag] = call
		}
		frags = append(frags, fs...)
	}
	if loop := f.streamLoop(stream, frags); loop != nil {
		return f.guardLoop(loop, frags)
	}
	var guards []*guarded
	for _, frag := range frags {
		if frag.Sel.Name != "Completion" {
			return request.NoFix(request.StreamStopReasonOutsideLoop, f.place(frag.Pos()))
		}
		stmt, err := f.guardedStmt(frag)
		if err != nil {
			return err
		}
		guards = f.addGuarded(guards, stmt, frag, currents[frag])
	}
	for _, g := range guards {
		if f.shape.deltaAssert {
			f.assertDelta(g)
		} else {
			f.guardDelta(g)
		}
	}
	return nil
}

// streamLoop returns the `for stream.Next() { ... }` loop whose body holds
// every fragment, or nil.
func (f *sdkRewrite) streamLoop(stream types.Object, frags []*ast.SelectorExpr) *ast.ForStmt {
	var loop *ast.ForStmt
	for _, frag := range frags {
		var found *ast.ForStmt
		for n := f.parents[frag]; n != nil && found == nil; n = f.parents[n] {
			if fs, ok := n.(*ast.ForStmt); ok && f.isNextOf(fs.Cond, stream) && containsPos(fs.Body, frag.Pos()) {
				found = fs
			}
		}
		if found == nil || loop != nil && found != loop {
			return nil
		}
		loop = found
	}
	return loop
}

// isNextOf reports whether e is stream.Next().
func (f *sdkRewrite) isNextOf(e ast.Expr, stream types.Object) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Next" && f.pass.TypesInfo.Uses[identOf(sel.X)] == stream
}

// guardLoop makes the whole body of a stream loop run for text deltas
// only, as each legacy event carried text: statements that do not read the
// text (counting events, say) would otherwise run for every Messages event.
// A loop that reads the stop reason also runs for the message_delta event,
// which carries it with no text, like the legacy stream's last event.
func (f *sdkRewrite) guardLoop(loop *ast.ForStmt, frags []*ast.SelectorExpr) error {
	current := f.src(identOf(loop.Cond.(*ast.CallExpr).Fun.(*ast.SelectorExpr).X)) + ".Current()"
	stops := false
	for _, frag := range frags {
		stops = stops || frag.Sel.Name == "StopReason"
	}
	if !f.shape.deltaAssert {
		cond := current + `.Delta.Type != "text_delta"`
		if stops {
			cond += " && " + current + `.Type != "message_delta"`
		}
		f.insert(loop.Body.Lbrace+1, "\nif "+cond+" {\ncontinue\n}")
		for _, frag := range frags {
			if frag.Sel.Name == "StopReason" {
				delta := f.shape.unionDelta
				if err := f.mapStopReason(frag, f.src(frag.X)+".Delta.StopReason", fieldType(structOfType(delta), "StopReason")); err != nil {
					return err
				}
				continue
			}
			f.replace(frag.Sel, "Delta.Text")
		}
		return nil
	}
	if stops {
		return request.NoFix(request.StreamStopReasonShape, f.place(frags[0].Pos()))
	}
	textDelta := f.qual("ContentBlockDeltaEventDelta")
	delta := "_"
	for _, frag := range frags {
		if _, direct := ast.Unparen(frag.X).(*ast.CallExpr); direct {
			delta = f.freeName(loop.Body, "delta", "textDelta", "contentDelta")
		}
	}
	ok := f.freeName(loop.Body, "ok", "isText")
	f.insert(loop.Body.Lbrace+1, "\n"+delta+", "+ok+" := "+current+".Delta.("+textDelta+")\nif !"+ok+" {\ncontinue\n}")
	for _, frag := range frags {
		if _, direct := ast.Unparen(frag.X).(*ast.CallExpr); direct {
			f.replace(frag, delta+".Text")
		} else {
			// an event variable: read through it, so that it stays used
			f.replace(frag.Sel, "Delta.("+textDelta+").Text")
		}
	}
	return nil
}

// addGuarded records that frag, read from the event of current, is used in
// stmt. A statement inside another guarded statement needs no guard of its
// own. The guard reads the event through the variable the fragment selects
// from, unless stmt declares it (`if ev := s.Current(); ...`).
func (f *sdkRewrite) addGuarded(guards []*guarded, stmt ast.Stmt, frag *ast.SelectorExpr, current *ast.CallExpr) []*guarded {
	g := &guarded{stmt: stmt, event: f.src(frag.X), frags: []*ast.SelectorExpr{frag}}
	if obj := f.pass.TypesInfo.ObjectOf(identOf(frag.X)); obj != nil && containsPos(stmt, obj.Pos()) {
		g.event, g.inner = f.src(current), true
	}
	var kept []*guarded
	for _, other := range guards {
		switch {
		case containsPos(other.stmt, stmt.Pos()):
			other.frags = append(other.frags, frag)
			return guards
		case containsPos(stmt, other.stmt.Pos()):
			g.frags = append(g.frags, other.frags...)
		default:
			kept = append(kept, other)
		}
	}
	return append(kept, g)
}

// guardDelta wraps a statement in a check that the event is a text delta.
func (f *sdkRewrite) guardDelta(g *guarded) {
	f.insert(g.stmt.Pos(), "if "+g.event+`.Delta.Type == "text_delta" {`+"\n")
	for _, frag := range g.frags {
		f.replace(frag.Sel, "Delta.Text")
	}
	f.insert(g.stmt.End(), "\n}")
}

// assertDelta wraps a statement in an assertion that the event's delta is a
// text delta, reading the text from the asserted delta. When the statement
// declares the event variable, the text is read through that variable (which
// stays in use) with an assertion the guard makes safe.
func (f *sdkRewrite) assertDelta(g *guarded) {
	textDelta := f.qual("ContentBlockDeltaEventDelta")
	name := f.freeName(g.stmt, "delta", "textDelta", "contentDelta")
	if g.inner {
		name = "_"
	}
	f.insert(g.stmt.Pos(), "if "+name+", ok := "+g.event+".Delta.("+textDelta+"); ok {\n")
	for _, frag := range g.frags {
		if g.inner {
			f.replace(frag.Sel, "Delta.("+textDelta+").Text")
		} else {
			f.replace(frag, name+".Text")
		}
	}
	f.insert(g.stmt.End(), "\n}")
}

// fragments returns the `.Completion` and `.StopReason` selections of a
// stream.Current() call, directly or through `ev := stream.Current()`.
func (f *sdkRewrite) fragments(current *ast.CallExpr) ([]*ast.SelectorExpr, error) {
	if sel, ok := f.parents[current].(*ast.SelectorExpr); ok && isEventRead(sel) && !f.isWrite(sel) {
		return []*ast.SelectorExpr{sel}, nil
	}
	assign, ok := f.parents[current].(*ast.AssignStmt)
	if !ok || assign.Tok != token.DEFINE || len(assign.Lhs) != 1 {
		return nil, request.NoFix(request.StreamEventUsed, f.place(current.Pos()))
	}
	ev := f.pass.TypesInfo.Defs[identOf(assign.Lhs[0])]
	if ev == nil {
		return nil, request.NoFix(request.StreamEventUsed, f.place(current.Pos()))
	}
	var frags []*ast.SelectorExpr
	for _, id := range f.uses(ev) {
		sel, ok := f.parents[id].(*ast.SelectorExpr)
		if !ok || !isEventRead(sel) || f.isWrite(sel) {
			return nil, request.NoFix(request.StreamEventVarUsed, id.Name, f.place(id.Pos()))
		}
		frags = append(frags, sel)
	}
	return frags, nil
}

// isEventRead reports whether sel reads a field of a legacy stream event
// that the rewrite carries over: its text or its stop reason.
func isEventRead(sel *ast.SelectorExpr) bool {
	return sel.Sel.Name == "Completion" || sel.Sel.Name == "StopReason"
}

// guardedStmt returns the statement to guard for a fragment: the simple
// statement that uses it or, for a use in the init, condition or tag of an
// if or switch, that whole statement, so that declarations in its init keep
// their scope. The statement must be an element of a statement list.
func (f *sdkRewrite) guardedStmt(frag ast.Expr) (ast.Stmt, error) {
	unsupported := request.NoFix(request.StreamedTextUsed, f.place(frag.Pos()))
	var stmt ast.Stmt
	for n := f.parents[frag]; n != nil && stmt == nil; n = f.parents[n] {
		switch s := n.(type) {
		case *ast.ExprStmt, *ast.IfStmt, *ast.SwitchStmt:
			stmt = n.(ast.Stmt)
		case *ast.AssignStmt:
			stmt = s
			if s.Tok == token.DEFINE && !f.isInit(s) {
				return nil, unsupported
			}
		case *ast.CaseClause:
			sw, ok := f.parents[f.parents[s]].(*ast.SwitchStmt)
			if !ok {
				return nil, unsupported
			}
			stmt = sw
		case ast.Stmt:
			return nil, unsupported
		}
	}
	if stmt != nil && f.isInit(stmt) {
		stmt, _ = f.parents[stmt].(ast.Stmt)
	}
	if stmt == nil || !f.inStmtList(stmt) {
		return nil, unsupported
	}
	return stmt, nil
}

// isInit reports whether s is the init statement of an if or switch.
func (f *editor) isInit(s ast.Stmt) bool {
	switch p := f.parents[s].(type) {
	case *ast.IfStmt:
		return p.Init == s
	case *ast.SwitchStmt:
		return p.Init == s
	}
	return false
}

// freeName returns the first candidate not declared at stmt nor used in it.
func (f *editor) freeName(stmt ast.Stmt, candidates ...string) string {
	used := map[string]bool{}
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
func (f *sdkRewrite) receiverClient() ast.Expr {
	sel := ast.Unparen(f.req.Call.Fun).(*ast.SelectorExpr)
	return ast.Unparen(sel.X).(*ast.SelectorExpr).X
}
