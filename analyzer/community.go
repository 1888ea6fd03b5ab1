package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/completelint/completelint/internal/request"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/sdk"
)

// constructorRequest collects the fields of a request built by one of the
// library's constructors, NewCompletionRequest(prompt, WithModel(m), ...).
// The constructor fills defaults we do not see, so the request stays
// incomplete: an absent parameter may well be set.
func (c *checker) constructorRequest(req *request.Request, callee *types.Func, call *ast.CallExpr) bool {
	lib := req.Lib
	if callee.Pkg() == nil || callee.Pkg().Path() != lib.RequestPkg() {
		return false
	}
	ctor, ok := lib.Constructor(callee.Name())
	if !ok {
		return false
	}
	for i, arg := range call.Args {
		if i < len(ctor.Args) {
			req.Fields = append(req.Fields, request.Field{Param: ctor.Args[i], Node: arg, Value: c.unwrap(lib, arg)})
			continue
		}
		if f, ok := c.optionField(lib, arg); ok {
			req.Fields = append(req.Fields, f)
		}
	}
	return true
}

// optionField returns the parameter an option call such as
// anthropic.WithModel[anthropic.CompletionRequest](m) sets.
func (c *checker) optionField(lib *sdk.Library, e ast.Expr) (request.Field, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return request.Field{}, false
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != lib.RequestPkg() {
		return request.Field{}, false
	}
	param, ok := lib.Options[fn.Origin().Name()]
	if !ok {
		return request.Field{}, false
	}
	return request.Field{Param: param, Node: call, Value: c.unwrap(lib, call.Args[0])}, true
}

// setterFields returns the parameters set by setter methods such as
// req.SetTemperature(0.5) on v in fn before use.
func (c *checker) setterFields(lib *sdk.Library, fn ast.Node, v *types.Var, use token.Pos) []request.Field {
	if len(lib.Options) == 0 {
		return nil
	}
	var fields []request.Field
	ast.Inspect(fn, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Pos() >= use {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); !ok || c.pass.TypesInfo.Uses[id] != v {
			return true
		}
		if f, ok := c.optionField(lib, call); ok {
			fields = append(fields, f)
		}
		return true
	})
	return fields
}

// addressOf returns x for &x, following a local x to its one definition so
// that the value of t := float32(0.5); ... &t is seen.
func (c *checker) addressOf(e ast.Expr) (ast.Expr, bool) {
	u, ok := ast.Unparen(e).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return nil, false
	}
	id, ok := ast.Unparen(u.X).(*ast.Ident)
	if !ok {
		return u.X, true
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return u.X, true
	}
	if fn := c.funcAt(id); fn != nil {
		if def, _, ok := singleDefinition(c.pass.TypesInfo, fn, v, id.Pos()); ok && def != nil {
			return def, true
		}
	}
	return u.X, true
}

// isPointerHelper reports whether fn is a function of this package that
// only returns the address of its one parameter: func ptr[T any](v T) *T.
func (c *checker) isPointerHelper(fn *types.Func) bool {
	if fn.Pkg() != c.pass.Pkg {
		return false
	}
	decl := c.funcDecl(fn)
	if decl == nil || decl.Body == nil || len(decl.Body.List) != 1 || decl.Type.Params.NumFields() != 1 {
		return false
	}
	ret, ok := decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	u, ok := ret.Results[0].(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return false
	}
	id, ok := u.X.(*ast.Ident)
	return ok && len(decl.Type.Params.List[0].Names) == 1 && id.Name == decl.Type.Params.List[0].Names[0].Name
}
