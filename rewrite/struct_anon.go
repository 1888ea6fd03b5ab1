package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/completelint/completelint/internal/request"
)

// Anonymous struct types: a response decoded into var out struct{...}, a
// body marshalled from struct{...}{...}. Such a type is its spelling: the
// rewrite edits the struct expression in place, and a value of it may only
// be read through its fields or handed to code that takes any value
// (encoding/json), since an identical type spelled elsewhere would no
// longer match.

// anonCompletionTypes returns the anonymous struct types of the file's
// variables declared var out struct{...}, one name and no value, in a
// function, with a string field tagged "completion". They are local:
// their reads are rewritten inline.
func (r *responses) anonCompletionTypes() []*responseType {
	var out []*responseType
	ast.Inspect(r.file, func(n ast.Node) bool {
		ds, ok := n.(*ast.DeclStmt)
		if !ok {
			return true
		}
		gen, ok := ds.Decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.VAR || len(gen.Specs) != 1 {
			return true
		}
		spec := gen.Specs[0].(*ast.ValueSpec)
		st, ok := spec.Type.(*ast.StructType)
		if !ok || len(spec.Names) != 1 || len(spec.Values) != 0 {
			return true
		}
		v, ok := r.pass.TypesInfo.Defs[spec.Names[0]].(*types.Var)
		if !ok {
			return true
		}
		t, ok := r.pass.TypesInfo.TypeOf(st).(*types.Struct)
		if !ok || !types.Identical(t, v.Type()) {
			return true
		}
		d := typeDecl{st: st, decl: ds, local: true, typ: t, anon: v}
		if rt := newResponseType(d, t); rt != nil {
			out = append(out, rt)
		}
		return true
	})
	return out
}

// anonUsesStay refuses a variable of an anonymous struct type whose value
// may reach code that spells the type again: each use must read or write
// one of its fields, or give it, or its address, to a parameter of
// interface type (json.Unmarshal, Decode, fmt.Println).
func (f *fixer) anonUsesStay(v *types.Var) error {
	parents := f.parents
	for _, id := range f.defs().Uses(v) {
		if !f.anonUseStays(parents, id) {
			return request.NoFix(request.StructAnonymousUsed, f.place(v.Pos()), f.place(id.Pos()))
		}
	}
	return nil
}

// anonUseStays reports whether e, a value of an anonymous struct type,
// is used only through a field or given to a parameter of interface type.
func (f *fixer) anonUseStays(parents map[ast.Node]ast.Node, e ast.Expr) bool {
	p := parents[e]
	for {
		paren, ok := p.(*ast.ParenExpr)
		if !ok {
			break
		}
		e, p = paren, parents[paren]
	}
	switch p := p.(type) {
	case *ast.SelectorExpr:
		return p.X == e
	case *ast.UnaryExpr:
		if p.Op == token.AND {
			return f.toInterfaceParam(parents, p)
		}
	case *ast.CallExpr:
		return f.toInterfaceParam(parents, e)
	}
	return false
}

// toInterfaceParam reports whether e is an argument of a call whose
// parameter is of interface type, not spread from a slice.
func (f *fixer) toInterfaceParam(parents map[ast.Node]ast.Node, e ast.Expr) bool {
	call, ok := parents[e].(*ast.CallExpr)
	if !ok || call.Ellipsis.IsValid() {
		return false
	}
	ft := f.pass.TypesInfo.TypeOf(call.Fun)
	if ft == nil {
		return false
	}
	sig, ok := ft.Underlying().(*types.Signature)
	if !ok {
		return false
	}
	for i, arg := range call.Args {
		if arg != e {
			continue
		}
		params := sig.Params()
		var t types.Type
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			t = params.At(params.Len() - 1).Type().(*types.Slice).Elem()
		case i < params.Len():
			t = params.At(i).Type()
		default:
			return false
		}
		return types.IsInterface(t)
	}
	return false
}
