package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/completelint/completelint/rewrite"

	"github.com/completelint/completelint/internal/defuse"
)

// defs returns the package's def-use index, built on first use.
func (c *checker) defs() *defuse.Index {
	if c.index == nil {
		c.index = defuse.New(c.pass.TypesInfo, c.pass.Files)
	}
	return c.index
}

// env is what the rewrite needs from the package.
func (c *checker) env() rewrite.Env {
	e := c.models
	e.Defs = c.defs()
	return e
}

// singleDefinition finds the one value the local v is given before use. zero
// is set for a declaration without a value. ok is false when v is a
// parameter, is assigned more than once, or from a multi-value expression.
func (c *checker) singleDefinition(v *types.Var, use token.Pos) (def ast.Expr, zero, ok bool) {
	return c.defs().SingleDefinition(v, use)
}

// packageVarInit returns the declaration of a package-level variable and
// its initial value (nil without one).
func (c *checker) packageVarInit(v *types.Var) (*ast.ValueSpec, ast.Expr) {
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, s := range gd.Specs {
				spec := s.(*ast.ValueSpec)
				for i, id := range spec.Names {
					if c.pass.TypesInfo.Defs[id] != v {
						continue
					}
					if len(spec.Values) == len(spec.Names) {
						return spec, spec.Values[i]
					}
					return spec, nil
				}
			}
		}
	}
	return nil, nil
}

// funcDecl returns the declaration of a function of this package.
func (c *checker) funcDecl(fn *types.Func) *ast.FuncDecl {
	if c.decls == nil {
		c.decls = make(map[*types.Func]*ast.FuncDecl)
		for _, f := range c.pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					if obj, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
						c.decls[obj] = fd
					}
				}
			}
		}
	}
	return c.decls[fn.Origin()]
}

// singleReturn returns the result of a function whose body has exactly one
// return statement with one result.
func singleReturn(decl *ast.FuncDecl) ast.Expr {
	var rets []*ast.ReturnStmt
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			rets = append(rets, n)
		}
		return true
	})
	if len(rets) != 1 || len(rets[0].Results) != 1 {
		return nil
	}
	return rets[0].Results[0]
}

// resultOf returns the call whose first result gives the local read by e
// its value, as in body, err := json.Marshal(x) or u, err :=
// url.JoinPath(...): the variable's only definition in fn, before use.
func (c *checker) resultOf(e ast.Expr, fn ast.Node, use token.Pos) *ast.CallExpr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || fn == nil {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	var call *ast.CallExpr
	defs := 0
	ast.Inspect(fn, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, lhs := range as.Lhs {
			if lid, ok := lhs.(*ast.Ident); ok && c.pass.TypesInfo.ObjectOf(lid) == v {
				defs++
				if i == 0 && len(as.Rhs) == 1 && as.Pos() < use {
					call, _ = ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
				}
			}
		}
		return true
	})
	if defs != 1 {
		return nil
	}
	return call
}
