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

// typeObj is what names the type in the code: the type name, or the one
// variable of an anonymous struct type (nil for a literal marshalled
// where it is built).
func (d typeDecl) typeObj() types.Object {
	if d.obj != nil {
		return d.obj
	}
	if d.anon != nil {
		return d.anon
	}
	return nil
}

// namePrefix starts the names the rewrite derives from the type: its
// name, or for an anonymous struct the function that spells it.
func (d typeDecl) namePrefix() string {
	if d.obj != nil {
		return d.obj.Name()
	}
	if fd, ok := d.decl.(*ast.FuncDecl); ok {
		return fd.Name.Name
	}
	return "request"
}

// anonRequestDecl reads an anonymous request struct: the type of the
// body's literal, struct{...}{...}, or of its zero value, var body
// struct{...}. Its value may only be marshalled (or its fields set): it is
// the literal given to json.Marshal, or the one variable it initialises.
// The message type the rewrite may declare goes after the function.
func (f *structRewrite) anonRequestDecl(t types.Type) (typeDecl, error) {
	st, ok := t.(*types.Struct)
	if !ok {
		return typeDecl{}, request.NoFix(request.BodyNotMapWithType)
	}
	d := typeDecl{typ: st}
	var expr ast.Expr
	if f.b.Lit != nil {
		expr = f.b.Lit.Type
	} else if len(f.b.Zero.Values) == 0 {
		expr = f.b.Zero.Type
	}
	d.st, _ = expr.(*ast.StructType)
	if d.st == nil || !types.Identical(f.pass.TypesInfo.TypeOf(d.st), st) {
		return d, request.NoFix(request.BodyNotMapWithType)
	}
	for _, decl := range f.file.Decls {
		if fd, ok := decl.(*ast.FuncDecl); ok && containsPos(fd, d.st.Pos()) {
			d.decl = fd
		}
	}
	if d.decl == nil {
		return d, request.NoFix(request.BodyNotMapWithType)
	}
	if f.b.Zero != nil {
		d.anon, _ = f.pass.TypesInfo.Defs[f.b.Zero.Names[0]].(*types.Var)
	} else {
		d.anon = f.litVar(f.b.Lit)
		if d.anon == nil {
			var at ast.Expr = f.b.Lit
			if u, ok := f.parents[at].(*ast.UnaryExpr); ok && u.Op == token.AND {
				at = u
			}
			if !f.toInterfaceParam(f.parents, at) {
				return d, request.NoFix(request.StructAnonymousUsed, f.place(d.st.Pos()), f.place(at.Pos()))
			}
		}
	}
	if d.anon != nil {
		if err := f.anonUsesStay(d.anon); err != nil {
			return d, err
		}
	}
	return d, nil
}

// litVar returns the variable lit initialises: v := struct{...}{...}, or
// var v = struct{...}{...}.
func (f *structRewrite) litVar(lit *ast.CompositeLit) *types.Var {
	var id *ast.Ident
	switch p := f.parents[lit].(type) {
	case *ast.AssignStmt:
		if p.Tok == token.DEFINE && len(p.Lhs) == len(p.Rhs) {
			for i, rhs := range p.Rhs {
				if rhs == ast.Expr(lit) {
					id, _ = p.Lhs[i].(*ast.Ident)
				}
			}
		}
	case *ast.ValueSpec:
		if p.Type == nil && len(p.Names) == len(p.Values) {
			for i, v := range p.Values {
				if v == ast.Expr(lit) {
					id = p.Names[i]
				}
			}
		}
	}
	if id == nil {
		return nil
	}
	v, _ := f.pass.TypesInfo.Defs[id].(*types.Var)
	return v
}

// unkeyed reports whether the body's literal lists its values without
// field names, in the order of the fields.
func (f *structRewrite) unkeyed() bool {
	if f.b.Lit == nil || len(f.b.Lit.Elts) == 0 {
		return false
	}
	_, keyed := f.b.Lit.Elts[0].(*ast.KeyValueExpr)
	return !keyed
}

// unkeyedValue returns the value an unkeyed literal gives field v.
func (f *structRewrite) unkeyedValue(v *types.Var) []ast.Expr {
	if !f.unkeyed() {
		return nil
	}
	st, ok := derefStruct(f.pass.TypesInfo.TypeOf(f.b.Lit))
	if !ok || st.NumFields() != len(f.b.Lit.Elts) {
		return nil
	}
	for i := range st.NumFields() {
		if st.Field(i) == v {
			return []ast.Expr{f.b.Lit.Elts[i]}
		}
	}
	return nil
}

// keyElements names the fields of an unkeyed literal, whose fields the
// rewrite changes: each value the rewrite keeps gets its field's (new)
// name; the prompt's replacement names its own.
func (f *structRewrite) keyElements() error {
	if !f.unkeyed() {
		return nil
	}
	st, ok := derefStruct(f.pass.TypesInfo.TypeOf(f.b.Lit))
	if !ok || st.NumFields() != len(f.b.Lit.Elts) {
		return request.NoFix(request.BodyNotMapWithType)
	}
	for i, elt := range f.b.Lit.Elts {
		if ast.Node(elt) == f.promptAt || f.dropped[elt] {
			continue
		}
		name := st.Field(i).Name()
		for _, rf := range f.rt.fields {
			if rf.v == st.Field(i) && f.renamed(rf) != "" {
				name = f.renamed(rf)
			}
		}
		f.insert(elt.Pos(), name+": ")
	}
	return nil
}
