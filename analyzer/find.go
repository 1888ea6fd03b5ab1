package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/defuse"
	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/sdk"
	"github.com/completelint/completelint/promptcheck"
)

// maxHops bounds how far a request value is followed through variables and
// helper functions.
const maxHops = 4

// findCalls reports every call that sends a legacy request: direct calls of
// an entry point, calls through a local variable holding a method value, and
// method values that escape (reported where they are taken).
func (c *checker) findCalls(root inspector.Cursor) {
	boundVars := c.methodValues(root)
	for cur := range root.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if c.rep.skipped(call.Pos()) {
			continue
		}
		ref, ok := c.calleeEntry(call, boundVars)
		if !ok {
			continue
		}
		switch {
		case ref.lib.ModelOnly:
			c.checkModel(c.buildRequest(cur, call, ref), nil)
			continue
		case ref.lib.Invoke:
			c.checkBedrock(cur, call, ref)
			continue
		}
		c.checkRequest(c.buildRequest(cur, call, ref))
	}
	c.findClients(root)
}

// calleeEntry resolves the entry point a call invokes, by object identity.
func (c *checker) calleeEntry(call *ast.CallExpr, boundVars map[*types.Var]entryRef) (entryRef, bool) {
	switch obj := typeutil.Callee(c.pass.TypesInfo, call).(type) {
	case *types.Func:
		ref, ok := c.entries[obj.Origin()]
		return ref, ok
	case *types.Var:
		ref, ok := boundVars[obj]
		return ref, ok
	}
	return entryRef{}, false
}

// methodValues finds method values of entry points (client.Completions.New
// used without calling it). One bound to a local variable that is only ever
// called is followed to those calls; any other is reported where it is taken,
// since the request it will send cannot be seen.
func (c *checker) methodValues(root inspector.Cursor) map[*types.Var]entryRef {
	var bound map[*types.Var]entryRef
	for cur := range root.Preorder((*ast.SelectorExpr)(nil)) {
		sel := cur.Node().(*ast.SelectorExpr)
		s, ok := c.pass.TypesInfo.Selections[sel]
		if !ok || (s.Kind() != types.MethodVal && s.Kind() != types.MethodExpr) {
			continue
		}
		fn, _ := s.Obj().(*types.Func)
		ref, ok := c.entries[fn]
		if !ok || c.rep.skipped(sel.Pos()) {
			continue
		}
		if call, ok := cur.Parent().Node().(*ast.CallExpr); ok && call.Fun == sel && s.Kind() == types.MethodVal {
			continue // an ordinary call, handled by findCalls
		}
		// A method expression takes the receiver as its first argument, so
		// its calls do not have the entry's argument layout: report it here.
		if v := c.boundLocal(cur, sel); v != nil && s.Kind() == types.MethodVal {
			if bound == nil {
				bound = make(map[*types.Var]entryRef)
			}
			bound[v] = ref
			continue
		}
		c.rep.legacyAPI(sel, ref, nil, request.NoFix(request.MethodValueEscapes))
	}
	return bound
}

// boundLocal returns the local variable that sel is assigned to when that
// variable is used only as the function of calls.
func (c *checker) boundLocal(cur inspector.Cursor, sel *ast.SelectorExpr) *types.Var {
	assign, ok := cur.Parent().Node().(*ast.AssignStmt)
	if !ok || len(assign.Lhs) != len(assign.Rhs) {
		return nil
	}
	for i, rhs := range assign.Rhs {
		if rhs != sel {
			continue
		}
		id, ok := assign.Lhs[i].(*ast.Ident)
		if !ok {
			return nil
		}
		v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
		if !ok || v.Parent() == nil || v.Parent() == c.pass.Pkg.Scope() {
			return nil
		}
		fn := enclosingFunc(cur)
		if fn == nil || !onlyCalled(c.pass.TypesInfo, fn, v, id) {
			return nil
		}
		return v
	}
	return nil
}

// onlyCalled reports whether every use of v in fn (other than its
// definition def) is the function of a call.
func onlyCalled(info *types.Info, fn ast.Node, v *types.Var, def *ast.Ident) bool {
	ok := true
	ast.Inspect(fn, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if id, isID := ast.Unparen(n.Fun).(*ast.Ident); isID && info.Uses[id] == v {
				for _, a := range n.Args {
					ast.Inspect(a, func(m ast.Node) bool {
						if id, isID := m.(*ast.Ident); isID && info.Uses[id] == v {
							ok = false
						}
						return ok
					})
				}
				return false
			}
		case *ast.Ident:
			if n != def && info.ObjectOf(n) == v {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// buildRequest collects what the call sends: the request literal and the
// value of each parameter.
func (c *checker) buildRequest(cur inspector.Cursor, call *ast.CallExpr, ref entryRef) *request.Request {
	req := &request.Request{Lib: ref.lib, Entry: ref.entry, Call: call}
	if ref.entry.Arg >= len(call.Args) {
		return req
	}
	req.Arg = call.Args[ref.entry.Arg]
	if ref.entry.Prompt {
		// The argument is the prompt; the library sets the rest.
		req.Fields = []request.Field{{Param: promptcheck.ParamPrompt, Node: req.Arg, Value: req.Arg}}
		return req
	}
	c.locate(req, req.Arg, enclosingFunc(cur), call.Pos(), maxHops)
	if req.Complete && c.bodyOptionsApply(req, call) {
		// The body sent is not (only) the parameters seen.
		req.Complete = false
	}
	return req
}

// bodyOptionsApply reports whether the request options of call, or options
// given elsewhere in the package (to the client), may replace or edit the
// body that the parameters build: option.WithRequestBody,
// option.WithJSONSet, an option the analysis cannot see (a variable, a
// spread slice, a helper's result).
func (c *checker) bodyOptionsApply(req *request.Request, call *ast.CallExpr) bool {
	lib := req.Lib
	if len(lib.BodyOptions) == 0 {
		return false
	}
	if c.bodyOptionFound(lib) {
		return true
	}
	for _, arg := range call.Args[req.Entry.Arg+1:] {
		opt, ok := ast.Unparen(arg).(*ast.CallExpr)
		if call.Ellipsis.IsValid() || !ok {
			return true // a spread list or a variable: any option
		}
		fn, ok := typeutil.Callee(c.pass.TypesInfo, opt).(*types.Func)
		if !ok || fn.Pkg() == nil || slices.Contains(lib.BodyOptions, fn.Pkg().Path()+"."+fn.Name()) {
			return true
		}
		if !slices.ContainsFunc(lib.BodyOptions, func(o string) bool { return strings.HasPrefix(o, fn.Pkg().Path()+".") }) {
			return true // a helper of the program's own: any option
		}
	}
	return false
}

// bodyOptionFound reports whether the package calls one of lib's body
// options anywhere: given to a client, it applies to every request.
func (c *checker) bodyOptionFound(lib *sdk.Library) bool {
	if found, ok := c.bodyOptions[lib]; ok {
		return found
	}
	found := false
	for cur := range c.root.Preorder((*ast.CallExpr)(nil)) {
		fn, ok := typeutil.Callee(c.pass.TypesInfo, cur.Node().(*ast.CallExpr)).(*types.Func)
		if ok && fn.Pkg() != nil && slices.Contains(lib.BodyOptions, fn.Pkg().Path()+"."+fn.Name()) {
			found = true
			break
		}
	}
	if c.bodyOptions == nil {
		c.bodyOptions = make(map[*sdk.Library]bool)
	}
	c.bodyOptions[lib] = found
	return found
}

// locate follows e, which evaluates to the request, to the literal or zero
// value that builds it, collecting fields set on the way. Assignments count
// only when they come before the position use.
func (c *checker) locate(req *request.Request, e ast.Expr, fn ast.Node, use token.Pos, hops int) {
	if hops == 0 {
		return
	}
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			c.locate(req, e.X, fn, use, hops)
		}

	case *ast.CompositeLit:
		if !c.isRequestType(req, info.TypeOf(e)) {
			return
		}
		fields, known := c.literalFields(req.Lib, e, "")
		req.Lit, req.LitFn, req.Complete = e, fn, known
		req.Fields = append(req.Fields, fields...)

	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok {
			return
		}
		if v.Parent() == c.pass.Pkg.Scope() {
			if spec, rhs := c.packageVarInit(v); spec != nil {
				if rhs != nil {
					c.locate(req, rhs, nil, use, hops-1)
				}
			}
			return
		}
		if fn == nil {
			return
		}
		def, zero, ok := c.singleDefinition(v, use)
		if !ok {
			return
		}
		if zero {
			req.Complete, req.LitFn = c.isRequestType(req, v.Type()), fn
		} else {
			c.locate(req, def, fn, use, hops-1)
		}
		fields, known := c.assignedFields(req.Lib, fn, v, use, "")
		req.Fields = append(req.Fields, fields...)
		req.Fields = append(req.Fields, c.setterFields(req.Lib, fn, v, use)...)
		if !known || c.changedUnseen(req.Lib, v, fn, use) {
			req.Complete = false
		}

	case *ast.CallExpr:
		callee, ok := typeutil.Callee(info, e).(*types.Func)
		if ok && c.constructorRequest(req, callee, e) {
			return
		}
		if !ok || callee.Pkg() != c.pass.Pkg {
			return
		}
		decl := c.funcDecl(callee)
		if decl == nil || decl.Body == nil {
			return
		}
		if ret := singleReturn(decl); ret != nil {
			c.locate(req, ret, decl, ret.End(), hops-1)
		}
	}
}

// isRequestType reports whether t is the request struct of req's entry.
func (c *checker) isRequestType(req *request.Request, t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	name := req.Lib.Request
	if req.Entry != nil && req.Entry.Request != "" {
		name = req.Entry.Request
	}
	obj := named.Obj()
	return obj.Pkg() != nil && obj.Pkg().Path() == req.Lib.RequestPkg() && obj.Name() == name
}

// literalFields returns the parameters set in a request literal, and
// whether they are all the parameters it sets: a nested struct given as a
// value that cannot be followed hides its own. prefix is the Go path of a
// nested literal ("Metadata.").
func (c *checker) literalFields(lib *sdk.Library, lit *ast.CompositeLit, prefix string) ([]request.Field, bool) {
	var fields []request.Field
	known := true
	if lib.Kind == sdk.HTTP {
		if st, ok := derefStruct(c.pass.TypesInfo.TypeOf(lit)); ok && unkeyed(lit) && st.NumFields() == len(lit.Elts) {
			// A hand-written body's values in the order of its fields.
			for i, elt := range lit.Elts {
				more, ok := c.fieldValue(lib, prefix+st.Field(i).Name(), elt, elt)
				fields, known = append(fields, more...), known && ok
			}
			return fields, known
		}
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		more, ok := c.fieldValue(lib, prefix+key.Name, kv, kv.Value)
		fields, known = append(fields, more...), known && ok
	}
	return fields, known
}

// unkeyed reports whether lit lists its values without keys.
func unkeyed(lit *ast.CompositeLit) bool {
	if len(lit.Elts) == 0 {
		return false
	}
	_, keyed := lit.Elts[0].(*ast.KeyValueExpr)
	return !keyed
}

// fieldValue returns the parameters that setting the field at Go path path
// to e sets, with node where the field is set: the field's own parameter,
// and those of a nested struct (CompleteRequest, Metadata), followed to the
// literal that builds it. ok is false when such a nested struct cannot be
// followed.
func (c *checker) fieldValue(lib *sdk.Library, path string, node ast.Node, e ast.Expr) ([]request.Field, bool) {
	param, isParam := lib.Fields[path]
	if !isParam && !hasNested(lib, path) {
		return nil, true
	}
	val := c.unwrap(lib, e)
	var fields []request.Field
	if param != "" { // "" is a container such as an embedded struct
		fields = append(fields, request.Field{Param: param, Node: node, Value: val})
	}
	if !hasNested(lib, path) {
		return fields, true
	}
	more, ok := c.nestedFields(lib, val, path, maxHops)
	return append(fields, more...), ok
}

// hasNested reports whether the library maps fields under the Go path
// path ("Metadata" has "Metadata.UserID").
func hasNested(lib *sdk.Library, path string) bool {
	for k := range lib.Fields {
		if strings.HasPrefix(k, path+".") {
			return true
		}
	}
	return false
}

// nestedFields returns the parameters that a struct value nested in a
// request at Go path path sets, following it as locate follows the request:
// a literal, a local defined once and the fields assigned to it before its
// use, or what a helper function of this package returns. ok is false when
// the value cannot be followed, and its parameters are unknown.
func (c *checker) nestedFields(lib *sdk.Library, e ast.Expr, path string, hops int) ([]request.Field, bool) {
	if hops == 0 {
		return nil, false
	}
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return c.literalFields(lib, e, path+".")
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return c.nestedFields(lib, e.X, path, hops)
		}
	case *ast.Ident:
		if tv, ok := info.Types[e]; ok && tv.IsNil() {
			return nil, true // a nil pointer sets nothing
		}
		v, ok := info.Uses[e].(*types.Var)
		fn := c.funcAt(e)
		if !ok || fn == nil || v.Parent() == c.pass.Pkg.Scope() {
			return nil, false
		}
		def, zero, ok := c.singleDefinition(v, e.Pos())
		if !ok || c.changedUnseen(lib, v, fn, e.Pos()) {
			return nil, false
		}
		var fields []request.Field
		known := true
		if !zero {
			fields, known = c.nestedFields(lib, def, path, hops-1)
		}
		more, ok := c.assignedFields(lib, fn, v, e.Pos(), path+".")
		fields = append(fields, more...)
		return append(fields, c.setterFields(lib, fn, v, e.Pos())...), known && ok
	case *ast.CallExpr:
		callee, ok := typeutil.Callee(info, e).(*types.Func)
		if !ok || callee.Pkg() != c.pass.Pkg {
			return nil, false
		}
		if decl := c.funcDecl(callee); decl != nil && decl.Body != nil {
			if ret := singleReturn(decl); ret != nil {
				return c.nestedFields(lib, ret, path, hops-1)
			}
		}
	}
	return nil, false
}

// assignedFields returns the parameters set by assignments such as
// p.Temperature = anthropic.Float(0.2) in fn before use, to the request
// variable v, or, with prefix "CompleteRequest.", to a struct v nested in a
// request at that path. ok is false when a nested struct assigned cannot be
// followed.
func (c *checker) assignedFields(lib *sdk.Library, fn ast.Node, v *types.Var, use token.Pos, prefix string) ([]request.Field, bool) {
	var fields []request.Field
	known := true
	for as, i := range assignmentsBefore(fn, use) {
		path, ok := c.fieldPath(as.Lhs[i], v)
		if !ok {
			continue
		}
		more, ok := c.fieldValue(lib, prefix+path, as, as.Rhs[i])
		fields, known = append(fields, more...), known && ok
	}
	return fields, known
}

// changedUnseen reports whether the request struct v may be changed in fn
// before use in a way the finders do not read: its address taken (other
// than to call a setter of the library), or a field that is, or holds, a
// parameter written other than by a plain assignment. A request so changed
// may set parameters that are not seen.
func (c *checker) changedUnseen(lib *sdk.Library, v *types.Var, fn ast.Node, use token.Pos) bool {
	for _, w := range c.defs().Writes(v) {
		if w.Pos() >= use || !within(w.Node, fn) {
			continue
		}
		switch w.Kind {
		case defuse.Address:
			if !c.isSetter(lib, w.Node) {
				return true
			}
		case defuse.Part:
			if c.partUnseen(lib, v, w.Node) {
				return true
			}
		}
	}
	return false
}

// isSetter reports whether n, a method value taken on the request, is one
// of the library's setters (req.SetTemperature).
func (c *checker) isSetter(lib *sdk.Library, n ast.Node) bool {
	sel, ok := n.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != lib.RequestPkg() {
		return false
	}
	_, ok = lib.Options[fn.Name()]
	return ok
}

// partUnseen reports whether statement s, which writes a part of v, may
// set a parameter that assignedFields does not read: anything but a plain
// one-to-one assignment, unless it writes a field unrelated to the
// parameters.
func (c *checker) partUnseen(lib *sdk.Library, v *types.Var, s ast.Node) bool {
	as, ok := s.(*ast.AssignStmt)
	plain := ok && as.Tok == token.ASSIGN && len(as.Lhs) == len(as.Rhs)
	if plain {
		return false
	}
	var lhs []ast.Expr
	switch s := s.(type) {
	case *ast.AssignStmt:
		lhs = s.Lhs
	case *ast.IncDecStmt:
		lhs = []ast.Expr{s.X}
	case *ast.RangeStmt:
		lhs = []ast.Expr{s.Key, s.Value}
	}
	for _, e := range lhs {
		if e == nil || defuse.Root(c.pass.TypesInfo, e) != v {
			continue
		}
		path, ok := c.fieldPath(e, v)
		if !ok || relatedPath(lib, path) {
			return true
		}
	}
	return false
}

// relatedPath reports whether the Go field path is a parameter, holds
// one, or is inside one.
func relatedPath(lib *sdk.Library, path string) bool {
	for k := range lib.Fields {
		if k == path || strings.HasPrefix(k, path+".") || strings.HasPrefix(path, k+".") {
			return true
		}
	}
	return false
}

// assignmentsBefore yields each one-to-one assignment of fn that comes
// before use, once per assigned operand i (as.Lhs[i] = as.Rhs[i]).
func assignmentsBefore(fn ast.Node, use token.Pos) iter.Seq2[*ast.AssignStmt, int] {
	return func(yield func(*ast.AssignStmt, int) bool) {
		ast.Inspect(fn, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || as.Pos() >= use || len(as.Lhs) != len(as.Rhs) {
				return true
			}
			for i := range as.Lhs {
				if !yield(as, i) {
					return false
				}
			}
			return true
		})
	}
}

// fieldPath returns "A.B" for an expression v.A.B.
func (c *checker) fieldPath(e ast.Expr, v *types.Var) (string, bool) {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
		return sel.Sel.Name, c.pass.TypesInfo.Uses[id] == v
	}
	prefix, ok := c.fieldPath(sel.X, v)
	return prefix + "." + sel.Sel.Name, ok
}

// unwrap removes the library's value wrappers: anthropic.F(x),
// anthropic.Float(x), param.NewOpt(x), ..., and pointers to a value: &x,
// aws.String(x), a local func ptr[T any](v T) *T { return &v }.
func (c *checker) unwrap(lib *sdk.Library, e ast.Expr) ast.Expr {
	for hops := 0; hops < maxHops; hops++ {
		if x, ok := c.addressOf(e); ok {
			e = x
			continue
		}
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return e
		}
		fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
		if !ok || fn.Pkg() == nil || !lib.IsWrapper(fn.Pkg().Path()+"."+fn.Origin().Name()) && !c.isPointerHelper(fn) {
			return e
		}
		e = call.Args[0]
	}
	return e
}
