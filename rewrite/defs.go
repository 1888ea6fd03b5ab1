package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/completelint/completelint/internal/defuse"

	"github.com/completelint/completelint/internal/request"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/strval"
)

// inlineDefs handles a prompt built by statements before the request (the
// value's Defs), for modes that rebuild the prompt at the request only:
// see inlineDefsAt; a prompt that must be built where it was gets no
// rewrite.
func (f *fixer) inlineDefs(v strval.Value, value ast.Expr) error {
	site, err := f.inlineDefsAt(v, value)
	if site != nil {
		return site.reason
	}
	return err
}

// inlineDefsAt handles a prompt built by statements before the request
// (the value's Defs: `prompt := ...`, `prompt += ...`, builder writes).
// When the holes of those statements are free of effects and mean the
// same at the request, the prompt is rebuilt at the request from their
// pieces, and the statements are deleted unless their variables are read
// elsewhere. Otherwise, when one statement declares the prompt variable,
// the conversation can be built there instead, where the prompt was
// (defSite), and the request read it from a variable: the returned site
// says where; nothing is edited yet.
func (f *fixer) inlineDefsAt(v strval.Value, value ast.Expr) (*promptSite, error) {
	if len(v.Defs) == 0 {
		return nil, nil
	}
	across := request.NoFix(request.PromptAcrossStatements, f.place(v.Defs[0].Pos()))
	built := map[types.Object]bool{}
	var order []types.Object
	for _, def := range v.Defs {
		vars := f.builtVars(def)
		if len(vars) == 0 || !f.inStmtList(def) {
			return nil, across
		}
		for _, obj := range vars {
			if !built[obj] {
				built[obj] = true
				order = append(order, obj)
			}
		}
	}
	inDefs := func(n ast.Node) bool { return containsAny(v.Defs, n) }
	var alsoUsed *ast.Ident
	for _, obj := range order {
		for _, id := range f.refs(obj) {
			if !inDefs(id) && !containsPos(value, id.Pos()) && alsoUsed == nil {
				alsoUsed = id
			}
		}
	}
	if alsoUsed != nil && f.writtenOutside(order, inDefs) {
		// changed where the evaluator does not follow (by address, say):
		// only the variable itself holds the prompt sent
		return nil, request.NoFix(request.PromptVariableAlsoUsed, alsoUsed.Name, f.place(alsoUsed.Pos()))
	}
	var moved error
	for _, p := range v.Pieces {
		if !p.IsHole() {
			continue
		}
		if id := f.refersTo(p.Hole, built); id != nil {
			return nil, request.NoFix(request.PromptVariableUsed, id.Name, f.place(id.Pos()))
		}
		if moved == nil && inDefs(p.Hole) && !f.unchanged(p.Hole, p.Hole.Pos()) {
			if _, isCall := ast.Unparen(p.Hole).(*ast.CallExpr); isCall {
				moved = request.NoFix(request.PromptPartCallReordered, f.src(p.Hole), f.place(p.Hole.Pos()))
			} else {
				moved = request.NoFix(request.PromptPartChanges, f.src(p.Hole), f.place(p.Hole.Pos()))
			}
		}
	}
	if moved == nil {
		if alsoUsed == nil {
			for _, def := range v.Defs {
				f.deleteStmt(def)
			}
		}
		return nil, nil
	}
	if alsoUsed != nil {
		moved = request.NoFix(request.PromptVariableAlsoUsed, alsoUsed.Name, f.place(alsoUsed.Pos()))
	}
	if site := f.defSite(v, value, alsoUsed != nil); site != nil {
		site.reason = moved
		return site, nil
	}
	return nil, moved
}

// writtenOutside reports whether one of vars is written, or has its
// address taken, other than by the statements that build the prompt.
func (f *fixer) writtenOutside(vars []types.Object, inDefs func(ast.Node) bool) bool {
	for _, obj := range vars {
		v, ok := obj.(*types.Var)
		if !ok {
			return true
		}
		for _, w := range f.defs().Writes(v) {
			if w.Kind == defuse.Address || !inDefs(w.Node) {
				return true
			}
		}
	}
	return false
}

// A promptSite is where the conversation is built when it cannot be built
// at the request: the statement that declares the prompt variable.
type promptSite struct {
	def ast.Stmt
	// keep is set when the prompt variable is also read elsewhere: the
	// statement stays and the conversation is built right after it.
	keep bool
	// reason is why the prompt cannot be rebuilt at the request instead.
	reason error
}

// declareAtSite declares the system text (when system is not empty) and
// the messages (decl spells their declaration under a name) where the
// prompt variable was built, and returns the names the request reads.
func (f *fixer) declareAtSite(site *promptSite, system string, decl func(name string) (string, error)) (string, string, error) {
	at := []token.Pos{site.def.Pos(), f.sendNode().Pos()}
	msgName := f.freeLocal(at, "messages", "msgs", "conversation")
	sysName := f.freeLocal(at, "system", "systemText", "sys")
	if msgName == "" || system != "" && sysName == "" {
		return "", "", request.NoFix(request.PromptNamesTaken, f.place(site.def.Pos()))
	}
	text, err := decl(msgName)
	if err != nil {
		return "", "", err
	}
	if system != "" {
		text = sysName + " := " + system + "\n" + text
	} else {
		sysName = ""
	}
	if site.keep {
		f.insert(site.def.End(), "\n"+text)
	} else {
		f.replace(site.def, text)
	}
	return sysName, msgName, nil
}

// defSite returns the statement the conversation can be built at, in place
// of the prompt: the one statement that declares the prompt variable from
// the whole prompt (`prompt := ...`, `var prompt = ...`), which the request
// reads as is. Built there, every part of the prompt is evaluated where and
// as often as it was. When the statement stays (keep), the parts are
// evaluated twice, so they must be free of effects.
func (f *fixer) defSite(v strval.Value, value ast.Expr, keep bool) *promptSite {
	if len(v.Defs) != 1 {
		return nil
	}
	def := v.Defs[0]
	vars := f.builtVars(def)
	if len(vars) != 1 || f.pass.TypesInfo.Uses[identOf(f.unwrap(value))] != vars[0] || !f.declares(def) {
		return nil
	}
	for _, p := range v.Pieces {
		if p.IsHole() && (!containsPos(def, p.Hole.Pos()) || keep && !f.effectFree(p.Hole)) {
			return nil
		}
	}
	return &promptSite{def: def, keep: keep}
}

// declares reports whether s declares one variable from one value:
// `x := e` or `var x = e`.
func (f *fixer) declares(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.AssignStmt:
		return s.Tok == token.DEFINE && len(s.Lhs) == 1 && len(s.Rhs) == 1
	case *ast.DeclStmt:
		gen, ok := s.Decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.VAR || len(gen.Specs) != 1 {
			return false
		}
		vs, ok := gen.Specs[0].(*ast.ValueSpec)
		return ok && len(vs.Names) == 1 && len(vs.Values) == 1
	}
	return false
}

// effectFree reports whether evaluating e has no effect and reads only
// variables: a constant, a variable, a field of one, len, a conversion or a
// pure standard-library call of such operands. Evaluated twice in a row, it
// gives the same value.
func (f *editor) effectFree(e ast.Expr) bool {
	e = ast.Unparen(e)
	if tv, ok := f.pass.TypesInfo.Types[e]; ok && tv.Value != nil {
		return true
	}
	switch e := e.(type) {
	case *ast.Ident:
		_, ok := f.pass.TypesInfo.Uses[e].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		if sel, ok := f.pass.TypesInfo.Selections[e]; ok {
			return sel.Kind() == types.FieldVal && f.effectFree(e.X)
		}
		_, ok := f.pass.TypesInfo.Uses[e.Sel].(*types.Var) // pkg.Var
		return ok
	case *ast.CallExpr:
		if !f.isBuiltin(e.Fun, "len") && !f.isConversion(e) && !f.isPure(e) {
			return false
		}
		for _, a := range e.Args {
			if !f.effectFree(a) {
				return false
			}
		}
		return len(e.Args) > 0
	case *ast.BinaryExpr:
		return f.effectFree(e.X) && f.effectFree(e.Y)
	}
	return false
}

// freeLocal returns the first candidate name that the function does not
// use and that nothing declares around the positions.
func (f *editor) freeLocal(at []token.Pos, candidates ...string) string {
	used := map[string]bool{}
	ast.Inspect(f.fn, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			used[id.Name] = true
		}
		return true
	})
next:
	for _, c := range candidates {
		if used[c] {
			continue
		}
		for _, pos := range at {
			if scope := f.pass.Pkg.Scope().Innermost(pos); scope != nil {
				if _, obj := scope.LookupParent(c, pos); obj != nil {
					continue next
				}
			}
		}
		return c
	}
	return ""
}

// builtVars returns the local variables a prompt-building statement sets:
// the names it declares or assigns, or the builder it writes to. It returns
// nil for any other statement.
func (f *fixer) builtVars(def ast.Stmt) []types.Object {
	var ids []*ast.Ident
	switch s := def.(type) {
	case *ast.AssignStmt:
		for _, l := range s.Lhs {
			ids = append(ids, identOf(l))
		}
	case *ast.DeclStmt:
		gen, ok := s.Decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.VAR {
			return nil
		}
		for _, spec := range gen.Specs {
			vs, ok := spec.(*ast.ValueSpec)
			if !ok {
				return nil
			}
			ids = append(ids, vs.Names...)
		}
	case *ast.ExprStmt:
		ids = append(ids, f.writtenBuilder(s.X))
	default:
		return nil
	}
	var vars []types.Object
	for _, id := range ids {
		if id == nil || id.Name == "_" {
			return nil
		}
		obj, ok := f.pass.TypesInfo.ObjectOf(id).(*types.Var)
		if !ok || !f.isLocal(obj) {
			return nil
		}
		vars = append(vars, obj)
	}
	return vars
}

// writtenBuilder returns the variable a call writes to: b in b.WriteString(s)
// or in fmt.Fprintf(&b, ...).
func (f *fixer) writtenBuilder(e ast.Expr) *ast.Ident {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if _, isMethod := f.pass.TypesInfo.Selections[sel]; isMethod {
			return identOf(sel.X)
		}
	}
	if f.isFmtFunc(call, "Fprint", "Fprintf", "Fprintln") && len(call.Args) > 0 {
		if u, ok := ast.Unparen(call.Args[0]).(*ast.UnaryExpr); ok && u.Op == token.AND {
			return identOf(u.X)
		}
	}
	return nil
}

// inStmtList reports whether s is an element of a block or clause body, so
// that deleting it leaves valid code.
func (f *editor) inStmtList(s ast.Stmt) bool { return containsAny(f.stmtList(s), s) }

// stmtList returns the block or clause body s is in, if any.
func (f *editor) stmtList(s ast.Stmt) []ast.Stmt {
	switch p := f.parents[s].(type) {
	case *ast.BlockStmt:
		return p.List
	case *ast.CaseClause:
		return p.Body
	case *ast.CommClause:
		return p.Body
	}
	return nil
}

// refersTo returns an identifier of e that refers to one of vars.
func (f *fixer) refersTo(e ast.Expr, vars map[types.Object]bool) *ast.Ident {
	var found *ast.Ident
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && vars[f.pass.TypesInfo.Uses[id]] {
			found = id
		}
		return found == nil
	})
	return found
}

// unchanged reports whether e, evaluated at from, has no effects and the
// same value at the call: a constant, or a local variable (or a field of
// one, reached without a pointer, or its len) that nothing assigns from
// there on, whose address is never taken and that no closure assigns.
func (f *fixer) unchanged(e ast.Expr, from token.Pos) bool {
	e = ast.Unparen(e)
	if tv, ok := f.pass.TypesInfo.Types[e]; ok && tv.Value != nil {
		return true
	}
	switch e := e.(type) {
	case *ast.SelectorExpr:
		sel, ok := f.pass.TypesInfo.Selections[e]
		return ok && sel.Kind() == types.FieldVal && !sel.Indirect() && f.unchanged(e.X, from)
	case *ast.CallExpr:
		if f.isBuiltin(e.Fun, "len") || f.isConversion(e) || f.isPure(e) {
			for _, a := range e.Args {
				if !f.unchanged(a, from) {
					return false
				}
			}
			return len(e.Args) > 0
		}
		return false
	case *ast.Ident:
		obj, ok := f.pass.TypesInfo.Uses[e].(*types.Var)
		if !ok || !f.isLocal(obj) || f.mayChange(obj, from) {
			return false
		}
		return f.visibleAtCall(e.Name, obj)
	}
	return false
}

// pureStdPackages hold functions without side effects whose result depends
// only on their arguments: a call of one reads the same wherever it moves.
var pureStdPackages = map[string]bool{
	"strings": true, "strconv": true, "unicode": true, "unicode/utf8": true, "path": true,
}

// isPure reports whether call is a package-level function of a pure
// standard library package (strings.TrimSpace, strconv.Itoa, ...).
func (f *editor) isPure(call *ast.CallExpr) bool {
	fn := typeutil.StaticCallee(f.pass.TypesInfo, call)
	return fn != nil && fn.Pkg() != nil && pureStdPackages[fn.Pkg().Path()] && fn.Signature().Recv() == nil
}

// isConversion reports whether call converts a value to another type.
func (f *editor) isConversion(call *ast.CallExpr) bool {
	tv, ok := f.pass.TypesInfo.Types[call.Fun]
	return ok && tv.IsType()
}

func (f *editor) isBuiltin(fun ast.Expr, name string) bool {
	id := identOf(fun)
	b, ok := f.pass.TypesInfo.Uses[id].(*types.Builtin)
	return id != nil && ok && b.Name() == name
}

// isLocal reports whether v is declared inside the enclosing function
// (parameters included).
func (f *fixer) isLocal(v *types.Var) bool {
	return !v.IsField() && containsPos(f.fn, v.Pos())
}

// visibleAtCall reports whether name means obj at the call (or the body
// literal of a request sent elsewhere).
func (f *fixer) visibleAtCall(name string, obj types.Object) bool {
	at := f.sendNode().Pos()
	scope := f.pass.Pkg.Scope().Innermost(at)
	if scope == nil {
		return false
	}
	_, found := scope.LookupParent(name, at)
	return found == obj
}

// mayChange reports whether the local variable obj may change between from
// and the call: assigned (whole or in part) there, assigned by a closure, or
// given away by address (explicitly or by a pointer-receiver method call).
func (f *fixer) mayChange(obj types.Object, from token.Pos) bool {
	v, ok := obj.(*types.Var)
	if !ok {
		return false
	}
	for _, w := range f.defs().Writes(v) {
		if !containsPos(f.fn, w.Pos()) {
			continue
		}
		if w.Kind == defuse.Address || f.runsBefore(w.Pos(), from) || f.inClosure(w.Pos()) {
			return true
		}
	}
	return false
}

// uses returns the identifiers that use obj inside the enclosing function.
func (f *fixer) uses(obj types.Object) []*ast.Ident {
	var ids []*ast.Ident
	for _, id := range f.defs().Uses(obj) {
		if containsPos(f.fn, id.Pos()) {
			ids = append(ids, id)
		}
	}
	return ids
}

// defs returns the package's def-use index.
func (f *fixer) defs() *defuse.Index {
	if f.models.Defs == nil {
		f.models.Defs = defuse.New(f.pass.TypesInfo, f.pass.Files)
	}
	return f.models.Defs
}

// runsBefore reports whether code at pos may run after from and before the
// call: it lies between them, or in a loop around the call that from is
// outside of.
func (f *fixer) runsBefore(pos, from token.Pos) bool {
	send := f.sendNode()
	if from <= pos && pos < send.End() {
		return true
	}
	for n := f.parents[send]; n != nil; n = f.parents[n] {
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if containsPos(n, pos) && !containsPos(n, from) {
				return true
			}
		}
	}
	return false
}

// inClosure reports whether pos is inside a function literal nested in the
// enclosing function.
func (f *editor) inClosure(pos token.Pos) bool {
	inside := false
	ast.Inspect(f.fn, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok && n != f.fn && containsPos(lit, pos) {
			inside = true
		}
		return !inside
	})
	return inside
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// refs returns the identifiers that declare or use obj in the function.
func (f *editor) refs(obj types.Object) []*ast.Ident {
	var ids []*ast.Ident
	ast.Inspect(f.fn, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && f.pass.TypesInfo.ObjectOf(id) == obj {
			ids = append(ids, id)
		}
		return true
	})
	return ids
}

func containsPos(n ast.Node, pos token.Pos) bool {
	return n != nil && n.Pos() <= pos && pos < n.End()
}

// containsAny reports whether n lies within one of the statements.
func containsAny(stmts []ast.Stmt, n ast.Node) bool {
	for _, s := range stmts {
		if s.Pos() <= n.Pos() && n.End() <= s.End() {
			return true
		}
	}
	return false
}

// deleteStmt deletes a statement of a statement list: its whole lines (with
// a comment that ends the last one) when nothing else is on them, so that no
// blank line is left behind.
func (f *editor) deleteStmt(s ast.Stmt) {
	tf := f.pass.Fset.File(s.Pos())
	if tf == nil || !f.aloneOnLines(s) {
		f.delete(s.Pos(), s.End())
		return
	}
	start := tf.LineStart(tf.Line(s.Pos()))
	end := s.End()
	if next := tf.Line(s.End()) + 1; next <= tf.LineCount() {
		end = tf.LineStart(next)
	}
	f.delete(start, end)
}

// aloneOnLines reports whether no other statement nor brace shares a line
// with s.
func (f *editor) aloneOnLines(s ast.Stmt) bool {
	line := func(p token.Pos) int { return f.pass.Fset.Position(p).Line }
	first, last := line(s.Pos()), line(s.End())
	switch p := f.parents[s].(type) {
	case *ast.BlockStmt:
		if line(p.Lbrace) == first || line(p.Rbrace) == last {
			return false
		}
	case *ast.CaseClause:
		if line(p.Colon) == first {
			return false
		}
	case *ast.CommClause:
		if line(p.Colon) == first {
			return false
		}
	}
	for _, other := range f.stmtList(s) {
		if other != s && line(other.End()) >= first && line(other.Pos()) <= last {
			return false
		}
	}
	return true
}
