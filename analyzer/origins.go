package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/types/typeutil"
)

// An origin is a constant a value may come from, found by following the
// value back through locals, flags, cmp.Or, parameters and struct fields:
// the default of flag -model, the argument a caller passes, the value a
// client's constructor stores in its Model field.
type origin struct {
	id  string   // the constant's value
	at  ast.Expr // the expression that spells it, where a fix edits it
	via string   // how it reaches the use, for messages; "" when direct
}

// maxOriginDepth bounds how far origins are followed.
const maxOriginDepth = 4

// origins returns the string constants e may hold at use, inside fn, and
// whether they are all the values it may hold.
func (c *checker) origins(e ast.Expr, fn ast.Node, use token.Pos) ([]origin, bool) {
	return c.originsAt(e, fn, use, maxOriginDepth)
}

func (c *checker) originsAt(e ast.Expr, fn ast.Node, use token.Pos, depth int) ([]origin, bool) {
	if depth == 0 {
		return nil, false
	}
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() != constant.String {
			return nil, false
		}
		return []origin{{id: constant.StringVal(tv.Value), at: c.constantSpelling(e)}}, true
	}
	switch e := e.(type) {
	case *ast.StarExpr: // *model, model := flag.String(...)
		v := c.varOf(e.X)
		if v == nil {
			return nil, false
		}
		def := c.definition(v, fn, use)
		if call, ok := ast.Unparen(def).(*ast.CallExpr); ok {
			if name, value, ok := c.flagDefault(call, false); ok {
				return c.viaFlag(name, value, fn, use, depth)
			}
		}
	case *ast.Ident:
		v := c.varOf(e)
		if v == nil {
			return nil, false
		}
		if k := c.paramOf(fn, v); k >= 0 {
			out, complete := c.fromCallers(fn, k, depth)
			return out, complete && !c.defs().Changed(v, fn)
		}
		var out []origin
		complete := false
		if def := c.definition(v, fn, use); def != nil {
			out, complete = c.originsAt(def, c.funcAt(def), def.Pos(), depth-1)
		}
		// flag.StringVar(&v, "model", "claude-2.1", ...) anywhere in the
		// package sets v too.
		for _, call := range c.flagVarCalls(v) {
			name, value, _ := c.flagDefault(call, true)
			more, ok := c.viaFlag(name, value, c.funcAt(call), call.Pos(), depth)
			out, complete = append(out, more...), complete && ok
		}
		return out, complete && len(out) > 0
	case *ast.SelectorExpr: // c.Model, a field of a struct of this package
		if v := c.modelField(e); v != nil {
			return c.viaField(v, depth)
		}
	case *ast.CallExpr:
		if c.isCall(e, "cmp", "Or") {
			var out []origin
			complete := true
			for _, a := range e.Args {
				more, ok := c.originsAt(a, fn, use, depth-1)
				out, complete = append(out, more...), complete && ok
			}
			return out, complete
		}
		if decl := c.helperDecl(e); decl != nil {
			return c.viaHelper(decl, depth)
		}
	}
	return nil, false
}

// viaHelper returns the origins of what a helper function of this package
// returns (func modelID() string { return defaultModel }): those of each
// of its return statements.
func (c *checker) viaHelper(decl *ast.FuncDecl, depth int) ([]origin, bool) {
	rets := returnedValues(decl)
	if decl.Type.Results.NumFields() != 1 || len(rets) == 0 {
		return nil, false
	}
	var out []origin
	complete := true
	for _, r := range rets {
		more, ok := c.originsAt(r, decl, r.End(), depth-1)
		for i := range more {
			if more[i].via == "" {
				more[i].via = "returned by " + decl.Name.Name
			}
		}
		out, complete = append(out, more...), complete && ok
	}
	return out, complete
}

// helperDecl returns the declaration of the function of this package that
// call calls, when it has a body and takes no part in a method value.
func (c *checker) helperDecl(call *ast.CallExpr) *ast.FuncDecl {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() != c.pass.Pkg {
		return nil
	}
	decl := c.funcDecl(fn)
	if decl == nil || decl.Body == nil {
		return nil
	}
	return decl
}

// returnedValues returns the first result of each return statement of
// decl, closures aside; for return f() of a multi-value f, the call.
func returnedValues(decl *ast.FuncDecl) []ast.Expr {
	var out []ast.Expr
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				out = append(out, n.Results[0])
			}
		}
		return true
	})
	return out
}

// viaFlag returns the origins of a flag's default value.
func (c *checker) viaFlag(name string, value ast.Expr, fn ast.Node, use token.Pos, depth int) ([]origin, bool) {
	out, ok := c.originsAt(value, fn, use, depth-1)
	for i := range out {
		if out[i].via == "" {
			out[i].via = "the default of flag -" + name
		}
	}
	return out, ok
}

// fromCallers returns the origins of parameter k of fn: what every call of
// fn in the package passes. They are complete when fn is called only here
// (it is unexported or in package main) and never used as a value.
func (c *checker) fromCallers(fn ast.Node, k, depth int) ([]origin, bool) {
	decl, ok := fn.(*ast.FuncDecl)
	if !ok {
		return nil, false
	}
	obj, ok := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if !ok {
		return nil, false
	}
	calls, escapes := c.callsOf(obj)
	complete := !escapes && (!obj.Exported() || c.pass.Pkg.Name() == "main") && len(calls) > 0
	var out []origin
	for _, call := range calls {
		if k >= len(call.Args) || call.Ellipsis.IsValid() {
			complete = false
			continue
		}
		more, ok := c.originsAt(call.Args[k], c.funcAt(call), call.Pos(), depth-1)
		for i := range more {
			if more[i].via == "" {
				p := c.pass.Fset.Position(call.Pos())
				more[i].via = fmt.Sprintf("passed to %s at %s:%d", obj.Name(), shortFile(p.Filename), p.Line)
			}
		}
		out, complete = append(out, more...), complete && ok
	}
	return out, complete
}

// callsOf returns the calls of fn in the package, and whether fn is also
// used other than by calling it (a function value may be called anywhere).
func (c *checker) callsOf(fn *types.Func) (calls []*ast.CallExpr, escapes bool) {
	for cur := range c.root.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		if c.pass.TypesInfo.Uses[id] != fn {
			continue
		}
		var fun ast.Expr = id
		parent := cur.Parent()
		if sel, ok := parent.Node().(*ast.SelectorExpr); ok && sel.Sel == id {
			fun, parent = sel, parent.Parent()
		}
		if call, ok := parent.Node().(*ast.CallExpr); ok && ast.Unparen(call.Fun) == fun {
			calls = append(calls, call)
			continue
		}
		escapes = true
	}
	return calls, escapes
}

// paramOf returns the index of v among the parameters of the function
// declared by fn, or -1.
func (c *checker) paramOf(fn ast.Node, v *types.Var) int {
	decl, ok := fn.(*ast.FuncDecl)
	if !ok {
		return -1
	}
	obj, ok := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if !ok {
		return -1
	}
	params := obj.Signature().Params()
	for i := range params.Len() {
		if params.At(i) == v {
			return i
		}
	}
	return -1
}

// definition returns the one value a variable is given: a local's single
// definition before use, or a package-level variable's initial value when
// the package never assigns it otherwise.
func (c *checker) definition(v *types.Var, fn ast.Node, use token.Pos) ast.Expr {
	if v.Parent() == c.pass.Pkg.Scope() {
		if _, init := c.packageVarInit(v); init != nil && !c.defs().Changed(v, nil) {
			return init
		}
		return nil
	}
	if fn == nil {
		return nil
	}
	def, _, ok := c.singleDefinition(v, use)
	if !ok {
		return nil
	}
	return def
}

// flagVarCalls returns the calls flag.StringVar(&v, ...) (and pflag's
// StringVar, StringVarP, and the FlagSet methods) of the package that set v.
func (c *checker) flagVarCalls(v *types.Var) []*ast.CallExpr {
	var out []*ast.CallExpr
	for cur := range c.root.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if _, _, ok := c.flagDefault(call, true); !ok || len(call.Args) == 0 {
			continue
		}
		if u, ok := ast.Unparen(call.Args[0]).(*ast.UnaryExpr); ok && u.Op == token.AND && c.varOf(u.X) == v {
			out = append(out, call)
		}
	}
	return out
}

// flagDefault recognises a string flag definition of the standard flag
// package or of github.com/spf13/pflag (which cobra uses), as a function or
// a FlagSet method: String(name, value, usage), StringP(name, short, value,
// usage), and with toVar their StringVar forms, which take a pointer first.
// It returns the flag's name and default value.
func (c *checker) flagDefault(call *ast.CallExpr, toVar bool) (name string, value ast.Expr, ok bool) {
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return "", nil, false
	}
	switch fn.Pkg().Path() {
	case "flag", "github.com/spf13/pflag":
	default:
		return "", nil, false
	}
	args := call.Args
	switch fn.Name() {
	case "String":
	case "StringP":
		if len(args) == 4 {
			args = []ast.Expr{args[0], args[2], args[3]}
		}
	case "StringVar":
		if !toVar || len(args) != 4 {
			return "", nil, false
		}
		args = args[1:]
	case "StringVarP":
		if !toVar || len(args) != 5 {
			return "", nil, false
		}
		args = []ast.Expr{args[1], args[3], args[4]}
	default:
		return "", nil, false
	}
	if toVar != (fn.Name() == "StringVar" || fn.Name() == "StringVarP") || len(args) != 3 {
		return "", nil, false
	}
	name = "?"
	if tv, ok := c.pass.TypesInfo.Types[args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		name = constant.StringVal(tv.Value)
	}
	return name, args[1], true
}

// varOf returns the variable an identifier expression uses.
func (c *checker) varOf(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := c.pass.TypesInfo.Uses[id].(*types.Var)
	return v
}

// isCall reports whether call calls the function name of package path.
func (c *checker) isCall(call *ast.CallExpr, path, name string) bool {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == path && fn.Name() == name
}

// constantSpelling returns the expression a fix edits to change the value
// of constant expression e: e itself, or the value in the declaration of
// the package's own constant that e names.
func (c *checker) constantSpelling(e ast.Expr) ast.Expr {
	id, ok := e.(*ast.Ident)
	if !ok {
		return e
	}
	k, ok := c.pass.TypesInfo.Uses[id].(*types.Const)
	if !ok || k.Pkg() != c.pass.Pkg {
		return e
	}
	for cur := range c.root.Preorder((*ast.ValueSpec)(nil)) {
		spec := cur.Node().(*ast.ValueSpec)
		for i, name := range spec.Names {
			if c.pass.TypesInfo.Defs[name] == k && i < len(spec.Values) {
				if _, lit := ast.Unparen(spec.Values[i]).(*ast.BasicLit); lit {
					return spec.Values[i]
				}
			}
		}
	}
	return e
}

// shortFile is the base name of a file, for messages.
func shortFile(name string) string {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '/' || name[i] == '\\' {
			return name[i+1:]
		}
	}
	return name
}

// quoteID spells a model id as a Go string literal.
func quoteID(id string) string { return strconv.Quote(id) }
