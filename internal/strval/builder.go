package strval

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// builderInit appends the initial content of a strings.Builder or
// bytes.Buffer built by e and reports whether it is known.
func (ev *Evaluator) builderInit(a *acc, e ast.Expr) bool {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		return len(e.Elts) == 0 && isBuilder(ev.info.TypeOf(e))
	case *ast.CallExpr:
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok {
			if _, builtin := ev.info.Uses[id].(*types.Builtin); builtin && id.Name == "new" {
				return len(e.Args) == 1 && isBuilder(ev.info.TypeOf(e))
			}
		}
		fn, _ := typeutil.Callee(ev.info, e).(*types.Func)
		if fn == nil || fn.Pkg() == nil || len(e.Args) != 1 {
			return false
		}
		switch pkgFunc(fn) {
		case "bytes.NewBufferString":
			ev.expr(a, e.Args[0])
			return true
		case "bytes.NewBuffer":
			if tv := ev.info.Types[e.Args[0]]; tv.IsNil() {
				return true
			}
			ev.writeBytes(a, e.Args[0])
			return true
		}
	}
	return false
}

// writeBytes appends a []byte value: []byte(s) of a string s is followed,
// anything else is a hole formatted with %s.
func (ev *Evaluator) writeBytes(a *acc, e ast.Expr) {
	if c, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(c.Args) == 1 && ev.isConversion(c) {
		if t := ev.info.TypeOf(c.Args[0]); t != nil && IsString(t) {
			ev.expr(a, c.Args[0])
			return
		}
	}
	a.addHole(e, "%s", nil)
}
