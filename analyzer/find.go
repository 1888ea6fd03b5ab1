package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/sdk"
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
	c.locate(req, req.Arg, enclosingFunc(cur), call.Pos(), maxHops)
	return req
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
		req.Lit, req.LitFn, req.Complete = e, fn, true
		req.Fields = append(req.Fields, c.literalFields(req.Lib, e, "")...)

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
		def, zero, ok := singleDefinition(info, fn, v, use)
		if !ok {
			return
		}
		if zero {
			req.Complete, req.LitFn = c.isRequestType(req, v.Type()), fn
		} else {
			c.locate(req, def, fn, use, hops-1)
		}
		req.Fields = append(req.Fields, c.assignedFields(req.Lib, fn, v, use)...)
		req.Fields = append(req.Fields, c.setterFields(req.Lib, fn, v, use)...)

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

// literalFields returns the parameters set in a request literal. prefix is
// the Go path of a nested literal ("Metadata.").
func (c *checker) literalFields(lib *sdk.Library, lit *ast.CompositeLit, prefix string) []request.Field {
	var fields []request.Field
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		param, ok := lib.Fields[prefix+key.Name]
		if !ok {
			continue
		}
		val := c.unwrap(lib, kv.Value)
		if param != "" { // "" is a container such as an embedded struct
			fields = append(fields, request.Field{Param: param, Node: kv, Value: val})
		}
		if nested, ok := ast.Unparen(val).(*ast.CompositeLit); ok {
			fields = append(fields, c.literalFields(lib, nested, prefix+key.Name+".")...)
		}
	}
	return fields
}

// assignedFields returns the parameters set by assignments such as
// p.Temperature = anthropic.Float(0.2) in fn before use.
func (c *checker) assignedFields(lib *sdk.Library, fn ast.Node, v *types.Var, use token.Pos) []request.Field {
	var fields []request.Field
	for as, i := range assignmentsBefore(fn, use) {
		path, ok := c.fieldPath(as.Lhs[i], v)
		if !ok {
			continue
		}
		param, ok := lib.Fields[path]
		if !ok {
			continue
		}
		val := c.unwrap(lib, as.Rhs[i])
		fields = append(fields, request.Field{Param: param, Node: as, Value: val})
		if nested, ok := ast.Unparen(val).(*ast.CompositeLit); ok {
			fields = append(fields, c.literalFields(lib, nested, path+".")...)
		}
	}
	return fields
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
