package rewrite

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/request"
)

// maxCalleeDepth bounds how far a result is followed into the functions it
// is passed to.
const maxCalleeDepth = 3

// passResult rewrites a function the result is passed to, at call: the
// parameter's type becomes the Messages result type and its reads inside
// the function are rewritten as the caller's are. That is safe only when
// this call is the function's one call and the function is declared in
// this file (the fix edits no other) and not exported to other packages.
func (f *sdkRewrite) passResult(call *ast.CallExpr, arg *ast.Ident) error {
	escapes := request.NoFix(request.ResultEscapes, f.src(call.Fun), f.place(arg.Pos()))
	fn := typeutil.StaticCallee(f.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() != f.pass.Pkg || f.calleeDepth >= maxCalleeDepth {
		return escapes
	}
	if fn.Exported() && f.pass.Pkg.Name() != "main" {
		return request.NoFix(request.ResultPassedExported, fn.Name(), f.place(arg.Pos()))
	}
	decl := f.funcDecl(fn)
	if decl == nil || decl.Body == nil || decl.Type.TypeParams != nil {
		return request.NoFix(request.ResultPassedElsewhere, fn.Name(), f.place(arg.Pos()))
	}
	if calls := f.defs().Uses(fn); len(calls) != 1 || ast.Unparen(call.Fun) != ast.Expr(calls[0]) && !f.isCalleeSel(calls[0], call) {
		return request.NoFix(request.ResultPassedShared, fn.Name(), f.place(arg.Pos()))
	}
	param, typ, err := f.paramOf(fn, decl, call, arg)
	if err != nil {
		return err
	}
	if err := f.retypeResult(typ, arg); err != nil {
		return err
	}
	if param == nil {
		return nil // an unnamed parameter: nothing reads it
	}
	// Rewrite the parameter's reads inside the function, as the call's.
	fnNode, parents := f.fn, f.parents
	f.fn, f.parents = decl, parentMap(decl)
	f.calleeDepth++
	err = f.rewriteMessage(param)
	f.calleeDepth--
	f.fn, f.parents = fnNode, parents
	return err
}

// isCalleeSel reports whether id is the Sel of call's function x.M.
func (f *sdkRewrite) isCalleeSel(id *ast.Ident, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && sel.Sel == id
}

// funcDecl returns the declaration of fn in the rewrite's file.
func (f *editor) funcDecl(fn *types.Func) *ast.FuncDecl {
	if fileOf(f.pass, fn.Pos()) != f.file {
		return nil
	}
	return f.packageFunc(fn)
}

// paramOf returns the parameter of decl that call passes arg to (nil when
// it has no name or is _) and the type expression that declares it, which
// must declare it alone.
func (f *sdkRewrite) paramOf(fn *types.Func, decl *ast.FuncDecl, call *ast.CallExpr, arg *ast.Ident) (*types.Var, ast.Expr, error) {
	sig := fn.Signature()
	idx := -1
	for i, a := range call.Args {
		if ast.Unparen(a) == ast.Expr(arg) {
			idx = i
		}
	}
	if idx < 0 || call.Ellipsis.IsValid() || sig.Variadic() && idx >= sig.Params().Len()-1 {
		return nil, nil, request.NoFix(request.ResultPassedElsewhere, fn.Name(), f.place(arg.Pos()))
	}
	param := sig.Params().At(idx)
	i := 0
	for _, field := range decl.Type.Params.List {
		n := max(len(field.Names), 1)
		if idx < i+n {
			if n > 1 {
				return nil, nil, request.NoFix(request.ResultPassedElsewhere, fn.Name(), f.place(arg.Pos()))
			}
			if len(field.Names) == 0 || field.Names[0].Name == "_" {
				return nil, field.Type, nil
			}
			return param, field.Type, nil
		}
		i += n
	}
	return nil, nil, request.NoFix(request.ResultPassedElsewhere, fn.Name(), f.place(arg.Pos()))
}

// retypeResult turns the type expression of a variable that holds the
// result, *sdk.Completion, into *sdk.Message.
func (f *sdkRewrite) retypeResult(typ ast.Expr, at ast.Node) error {
	star, ok := typ.(*ast.StarExpr)
	if ok {
		switch t := star.X.(type) {
		case *ast.SelectorExpr:
			if f.pass.TypesInfo.Uses[t.Sel] == f.shape.pkg.Scope().Lookup("Completion") {
				f.replace(t.Sel, "Message")
				return nil
			}
		case *ast.Ident:
			if f.pass.TypesInfo.Uses[t] == f.shape.pkg.Scope().Lookup("Completion") {
				f.replace(t, "Message")
				return nil
			}
		}
	}
	return request.NoFix(request.ResultStoredTyped, f.place(at.Pos()))
}
