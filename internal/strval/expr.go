package strval

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
)

// expr appends the value of e to a.
func (ev *Evaluator) expr(a *acc, e ast.Expr) {
	if e == nil || a.truncated {
		return
	}
	if ev.nest >= maxNest {
		a.addHole(e, "", nil)
		return
	}
	ev.nest++
	prev := a.at
	a.at = e
	defer func() { ev.nest--; a.at = prev }()

	if tv, ok := ev.info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() == constant.String {
			ev.constExpr(a, e, constant.StringVal(tv.Value))
		} else {
			a.addHole(e, "", nil)
		}
		return
	}
	ev.structural(a, e)
}

// constExpr appends the constant value val of e, with positions from its
// literals when they can be followed, else at e.
func (ev *Evaluator) constExpr(a *acc, e ast.Expr, val string) {
	switch u := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		if u.Kind == token.STRING && a.addLit(u) {
			return
		}
	case *ast.Ident:
		if c, ok := ev.info.Uses[u].(*types.Const); ok {
			ev.constObj(a, c, e, val)
			return
		}
	case *ast.SelectorExpr:
		if c, ok := ev.info.Uses[u.Sel].(*types.Const); ok {
			ev.constObj(a, c, e, val)
			return
		}
	default:
		sub := &acc{}
		ev.structural(sub, u)
		if ev.addIfLiteral(a, sub, val) {
			return
		}
	}
	a.addString(val, e.Pos())
}

// addIfLiteral appends sub to a when sub is exactly the literal text val,
// or val abridged (a value past maxText).
func (ev *Evaluator) addIfLiteral(a, sub *acc, val string) bool {
	text, pos, read, ok := sub.literal()
	if !ok || read != len(val) || read == len(text) && text != val {
		return false
	}
	a.abridged = a.abridged || sub.abridged
	for i := 0; i < len(text) && !a.truncated; i++ {
		a.addByte(text[i], pos[i])
	}
	a.size += read - len(text) // the bytes the abridged text stands for
	return true
}

// constObj appends the value val of constant c used by expression use: from
// its declaration when that is in this package's syntax, else at use.
func (ev *Evaluator) constObj(a *acc, c *types.Const, use ast.Expr, val string) {
	key := activeKey{c, token.NoPos}
	if ev.active[key] || ev.depth >= maxDepth {
		a.addString(val, use.Pos())
		return
	}
	spec, i := ev.valueSpec(c)
	if spec == nil || i >= len(spec.Values) {
		a.addString(val, use.Pos())
		return
	}
	ev.active[key] = true
	ev.depth++
	sub := &acc{}
	ev.expr(sub, spec.Values[i])
	ev.depth--
	delete(ev.active, key)
	if !ev.addIfLiteral(a, sub, val) {
		a.addString(val, use.Pos())
	}
}

// structural appends the value of e following its syntax.
func (ev *Evaluator) structural(a *acc, e ast.Expr) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			if _, err := strconv.Unquote(e.Value); err == nil && a.addLit(e) {
				return
			}
		}
	case *ast.ParenExpr:
		ev.expr(a, ast.Unparen(e))
		return
	case *ast.BinaryExpr:
		if e.Op == token.ADD && ev.maybeString(e) {
			for _, x := range flattenAdd(e) {
				ev.expr(a, x)
			}
			return
		}
	case *ast.Ident:
		switch obj := ev.info.Uses[e].(type) {
		case *types.Const:
			if obj.Val().Kind() == constant.String {
				ev.constObj(a, obj, e, constant.StringVal(obj.Val()))
				return
			}
		case *types.Var:
			if ev.maybeString(e) {
				ev.variable(a, obj, e)
				return
			}
		}
	case *ast.CallExpr:
		if ev.call(a, e) {
			return
		}
	}
	a.addHole(e, "", nil)
}

// flattenAdd returns the operands of a + chain in order, however its
// operands nest (left, or right through parentheses: a + (b + (c + d))),
// without recursion, so that no chain is too deep to follow and the
// positions of its bytes stay exact.
func flattenAdd(e *ast.BinaryExpr) []ast.Expr {
	var ops []ast.Expr
	stack := []ast.Expr{e}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if b, ok := ast.Unparen(x).(*ast.BinaryExpr); ok && b.Op == token.ADD {
			stack = append(stack, b.Y, b.X)
			continue
		}
		ops = append(ops, x)
	}
	return ops
}

// maybeString reports whether e is string-typed, or of unknown type.
func (ev *Evaluator) maybeString(e ast.Expr) bool {
	t := ev.info.TypeOf(e)
	return t == nil || IsString(t)
}

// IsString reports whether t is a string type, named or not.
func IsString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
