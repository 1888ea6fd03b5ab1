package strval

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// call appends the value of a call it understands and reports whether it did.
func (ev *Evaluator) call(a *acc, c *ast.CallExpr) bool {
	if tv, ok := ev.info.Types[c.Fun]; ok && tv.IsType() {
		return ev.conversion(a, c)
	}
	if c.Ellipsis.IsValid() {
		return false
	}
	fn, _ := typeutil.Callee(ev.info, c).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch pkgFunc(fn) {
	case "fmt.Sprintf":
		return len(c.Args) >= 1 && ev.sprintf(a, c.Args[0], c.Args[1:])
	case "fmt.Sprint":
		return ev.sprint(a, c.Args)
	case "fmt.Sprintln":
		return ev.sprintln(a, c.Args, c.Rparen)
	case "strings.Join":
		return len(c.Args) == 2 && ev.join(a, c.Args[0], c.Args[1])
	case "strings.Builder.String", "bytes.Buffer.String":
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		id := builderIdent(sel.X)
		if id == nil {
			return false
		}
		v, ok := ev.info.Uses[id].(*types.Var)
		if !ok {
			return false
		}
		ev.variable(a, v, id)
		return true
	}
	return false
}

// pkgFunc names a function "path.Name" or a method "path.Type.Name".
func pkgFunc(fn *types.Func) string {
	name := fn.Pkg().Path() + "."
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := t.(*types.Named)
		if !ok {
			return ""
		}
		name += n.Obj().Name() + "."
	}
	return name + fn.Name()
}

// builderIdent returns the variable in a builder receiver b, (b) or (&b).
func builderIdent(x ast.Expr) *ast.Ident {
	x = ast.Unparen(x)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	id, _ := x.(*ast.Ident)
	return id
}

// conversion follows string(x) and T(x) for string types T, through
// []byte(x) and []rune(x) of strings.
func (ev *Evaluator) conversion(a *acc, c *ast.CallExpr) bool {
	if len(c.Args) != 1 || c.Ellipsis.IsValid() || !ev.maybeString(c) {
		return false
	}
	arg := c.Args[0]
	t := ev.info.TypeOf(arg)
	switch {
	case t == nil:
		return false
	case IsString(t):
		ev.expr(a, arg)
		return true
	case isByteOrRuneSlice(t):
		inner, ok := ast.Unparen(arg).(*ast.CallExpr)
		if !ok || len(inner.Args) != 1 || !ev.isConversion(inner) {
			return false
		}
		if it := ev.info.TypeOf(inner.Args[0]); it == nil || !IsString(it) {
			return false
		}
		ev.expr(a, inner.Args[0])
		return true
	}
	if tv := ev.info.Types[arg]; tv.Value != nil && tv.Value.Kind() == constant.Int {
		if r, ok := constant.Int64Val(tv.Value); ok {
			a.addRune(rune(r), false, runePos(arg))
			return true
		}
	}
	return false
}

func (ev *Evaluator) isConversion(c *ast.CallExpr) bool {
	tv, ok := ev.info.Types[c.Fun]
	return ok && tv.IsType()
}

func isByteOrRuneSlice(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && (b.Kind() == types.Byte || b.Kind() == types.Rune)
}

// sprint follows fmt.Sprint of string operands, which it concatenates.
func (ev *Evaluator) sprint(a *acc, args []ast.Expr) bool {
	if !ev.stringOperands(args) {
		return false
	}
	for _, x := range args {
		ev.expr(a, x)
	}
	return true
}

// sprintln follows fmt.Sprintln of string operands: spaces between them
// and a newline after, placed at the call's closing parenthesis.
func (ev *Evaluator) sprintln(a *acc, args []ast.Expr, end token.Pos) bool {
	if !ev.stringOperands(args) {
		return false
	}
	for i, x := range args {
		if i > 0 {
			a.addString(" ", x.Pos())
		}
		ev.expr(a, x)
	}
	a.addString("\n", end)
	return true
}

// stringOperands reports whether the operands of a fmt print are strings
// that print as themselves.
func (ev *Evaluator) stringOperands(args []ast.Expr) bool {
	for _, x := range args {
		if t := ev.info.TypeOf(x); t == nil || !IsString(t) || HasFormatMethod(t) {
			return false
		}
	}
	return true
}

// join follows strings.Join of a slice literal with a constant separator.
func (ev *Evaluator) join(a *acc, list, sepExpr ast.Expr) bool {
	lit, ok := ast.Unparen(list).(*ast.CompositeLit)
	if !ok {
		return false
	}
	for _, el := range lit.Elts {
		if _, kv := el.(*ast.KeyValueExpr); kv {
			return false
		}
	}
	sepAcc := &acc{}
	ev.expr(sepAcc, sepExpr)
	sep, sepPos, read, ok := sepAcc.literal()
	if !ok || read != len(sep) {
		return false
	}
	for i, el := range lit.Elts {
		if i > 0 {
			for j := 0; j < len(sep); j++ {
				a.addByte(sep[j], sepPos[j])
			}
		}
		ev.expr(a, el)
	}
	a.defs = append(a.defs, sepAcc.defs...)
	return true
}

// HasFormatMethod reports whether fmt would format t through a method
// (String, Error, Format) rather than as its underlying string.
func HasFormatMethod(t types.Type) bool {
	for _, name := range []string{"String", "Error", "Format"} {
		if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name); obj != nil {
			if _, ok := obj.(*types.Func); ok {
				return true
			}
		}
	}
	return false
}
