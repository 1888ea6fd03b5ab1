package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/completelint/completelint/internal/strval"
)

// inlineDefs handles a prompt built by statements outside the request: the
// single declaration `prompt := ...` used only by the request is deleted, its
// holes moving to the call, when they are pure and unchanged in between.
func (f *fixer) inlineDefs(v strval.Value, value ast.Expr) error {
	if len(v.Defs) == 0 {
		return nil
	}
	across := reasonf("prompt is built across statements at %s", f.position(v.Defs[0].Pos()))
	if len(v.Defs) != 1 {
		return across
	}
	def := v.Defs[0]
	id, ok := ast.Unparen(value).(*ast.Ident)
	if !ok {
		return across
	}
	obj := f.pass.TypesInfo.Uses[id]
	decl := f.definingIdent(obj)
	if decl == nil || !declares(def, decl) {
		return across
	}
	if uses := f.uses(obj); len(uses) != 1 {
		return across
	}
	for _, p := range v.Pieces {
		if p.IsHole() && !f.stable(p.Hole, def.End(), f.req.Call.Pos()) {
			return across
		}
	}
	f.deleteStmt(def)
	return nil
}

// declares reports whether def is `id := e` or `var id = e` with one name.
func declares(def ast.Stmt, id *ast.Ident) bool {
	switch s := def.(type) {
	case *ast.AssignStmt:
		return s.Tok == token.DEFINE && len(s.Lhs) == 1 && len(s.Rhs) == 1 && s.Lhs[0] == id
	case *ast.DeclStmt:
		gen, ok := s.Decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.VAR || len(gen.Specs) != 1 {
			return false
		}
		spec, ok := gen.Specs[0].(*ast.ValueSpec)
		return ok && len(spec.Names) == 1 && len(spec.Values) == 1 && spec.Names[0] == id
	}
	return false
}

// stable reports whether e is pure (identifiers, selectors, literals), means
// the same at to as at from, and none of its variables is assigned between.
func (f *fixer) stable(e ast.Expr, from, to token.Pos) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		if _, isPkg := f.pass.TypesInfo.Uses[identOf(e.X)].(*types.PkgName); isPkg {
			_, isConst := f.pass.TypesInfo.Uses[e.Sel].(*types.Const)
			_, isVar := f.pass.TypesInfo.Uses[e.Sel].(*types.Var)
			return isConst || isVar && !f.assigned(f.pass.TypesInfo.Uses[e.Sel], from, to)
		}
		return f.stable(e.X, from, to)
	case *ast.Ident:
		obj := f.pass.TypesInfo.Uses[e]
		switch obj.(type) {
		case *types.Const:
		case *types.Var:
			if f.assigned(obj, from, to) {
				return false
			}
		default:
			return false
		}
		scope := f.pass.Pkg.Scope().Innermost(to)
		if scope == nil {
			return false
		}
		_, at := scope.LookupParent(e.Name, to)
		return at == obj
	}
	return false
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// assigned reports whether obj is assigned, incremented or has its address
// taken in the function between from and to.
func (f *fixer) assigned(obj types.Object, from, to token.Pos) bool {
	found := false
	is := func(e ast.Expr) bool {
		id := identOf(e)
		return id != nil && f.pass.TypesInfo.ObjectOf(id) == obj && from <= id.Pos() && id.Pos() < to
	}
	ast.Inspect(f.fn, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.AssignStmt:
			for _, l := range s.Lhs {
				found = found || is(l)
			}
		case *ast.IncDecStmt:
			found = found || is(s.X)
		case *ast.UnaryExpr:
			found = found || s.Op == token.AND && is(s.X)
		}
		return !found
	})
	return found
}

// deleteStmt deletes the lines of a statement (with a comment that ends its
// last line), so that no blank line is left behind.
func (f *fixer) deleteStmt(s ast.Stmt) {
	tf := f.pass.Fset.File(s.Pos())
	if tf == nil {
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
