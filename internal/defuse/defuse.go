// Package defuse indexes, once per package, where each variable is given a
// value and where it is read, so that the checks and the rewrite ask "is
// this variable changed?" of one index with one set of rules instead of
// walking the syntax tree each time.
package defuse

import (
	"go/ast"
	"go/token"
	"go/types"
)

// WriteKind says how a write changes a variable.
type WriteKind uint8

// The ways a variable changes.
const (
	// Declare gives a variable its first value: v := x, var v = x, or var v
	// with no value (Value nil).
	Declare WriteKind = iota + 1
	// Assign replaces the value: v = x, and v op= x (Value nil).
	Assign
	// IncDec is v++ or v--.
	IncDec
	// Range assigns v as a key or value of a range loop.
	Range
	// Address takes v's address, explicitly or by calling a method with a
	// pointer receiver on it: anything may change it afterwards.
	Address
	// Part assigns a field or element of v: v.f = x, v[i] = x.
	Part
)

// A Write is one place that may change a variable.
type Write struct {
	Kind WriteKind
	Node ast.Node // the statement, or the expression that takes the address
	// Value is the value given, for a Declare or Assign of one value from
	// one expression; nil otherwise.
	Value ast.Expr
}

// Pos is where the write happens.
func (w Write) Pos() token.Pos { return w.Node.Pos() }

// An Index maps variables to their writes and reads in a package.
type Index struct {
	info   *types.Info
	writes map[*types.Var][]Write
	uses   map[types.Object][]*ast.Ident
}

// New indexes the files of a package.
func New(info *types.Info, files []*ast.File) *Index {
	x := &Index{info: info, writes: map[*types.Var][]Write{}, uses: map[types.Object][]*ast.Ident{}}
	for _, f := range files {
		ast.Inspect(f, x.visit)
	}
	return x
}

// Writes returns the writes of v, in source order.
func (x *Index) Writes(v *types.Var) []Write { return x.writes[v] }

// Uses returns the identifiers that refer to obj (not the one that
// declares it), in source order.
func (x *Index) Uses(obj types.Object) []*ast.Ident { return x.uses[obj] }

// Changed reports whether v may change inside n after its declaration: a
// write other than Declare, or its address taken.
func (x *Index) Changed(v *types.Var, n ast.Node) bool {
	for _, w := range x.writes[v] {
		if w.Kind != Declare && within(w.Node, n) {
			return true
		}
	}
	return false
}

// SingleDefinition returns the one value v is given, when it is declared or
// assigned exactly once, before use, from one expression, and never
// reassigned otherwise (a write of a field or its address taken does not
// count: they change its contents, which callers follow themselves). zero
// is set for a declaration without a value.
func (x *Index) SingleDefinition(v *types.Var, use token.Pos) (def ast.Expr, zero, ok bool) {
	var ws []Write
	for _, w := range x.writes[v] {
		if w.Kind != Part && w.Kind != Address {
			ws = append(ws, w)
		}
	}
	if len(ws) != 1 || ws[0].Pos() >= use {
		return nil, false, false
	}
	w := ws[0]
	switch {
	case w.Kind == Declare && w.Value == nil:
		if _, isSpec := w.Node.(*ast.ValueSpec); isSpec {
			return nil, true, true
		}
		return nil, false, false // declared by a multi-value expression
	case (w.Kind == Declare || w.Kind == Assign) && w.Value != nil:
		return w.Value, false, true
	}
	return nil, false, false
}

func within(n, outer ast.Node) bool {
	return outer == nil || outer.Pos() <= n.Pos() && n.End() <= outer.End()
}

func (x *Index) visit(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.Ident:
		if obj := x.info.Uses[n]; obj != nil {
			x.uses[obj] = append(x.uses[obj], n)
		}
	case *ast.AssignStmt:
		kind := Assign
		if n.Tok == token.DEFINE {
			kind = Declare
		}
		oneToOne := len(n.Lhs) == len(n.Rhs) && (n.Tok == token.DEFINE || n.Tok == token.ASSIGN)
		for i, lhs := range n.Lhs {
			var value ast.Expr
			if oneToOne {
				value = n.Rhs[i]
			}
			x.write(lhs, kind, n, value)
		}
	case *ast.ValueSpec:
		for i, name := range n.Names {
			v, ok := x.info.Defs[name].(*types.Var)
			if !ok {
				continue
			}
			var value ast.Expr
			if len(n.Values) == len(n.Names) {
				value = n.Values[i]
			}
			x.writes[v] = append(x.writes[v], Write{Kind: Declare, Node: n, Value: value})
		}
	case *ast.IncDecStmt:
		x.write(n.X, IncDec, n, nil)
	case *ast.RangeStmt:
		if n.Tok == token.ASSIGN {
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if e != nil {
					x.write(e, Range, n, nil)
				}
			}
		}
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			if v := x.root(n.X); v != nil {
				x.writes[v] = append(x.writes[v], Write{Kind: Address, Node: n})
			}
		}
	case *ast.SelectorExpr:
		// v.M() with a pointer receiver takes v's address.
		if sel, ok := x.info.Selections[n]; ok && sel.Kind() == types.MethodVal {
			if v := x.root(n.X); v != nil {
				if recv := sel.Obj().Type().(*types.Signature).Recv(); recv != nil {
					_, ptrRecv := recv.Type().(*types.Pointer)
					_, ptrVar := v.Type().Underlying().(*types.Pointer)
					if ptrRecv && !ptrVar {
						x.writes[v] = append(x.writes[v], Write{Kind: Address, Node: n})
					}
				}
			}
		}
	}
	return true
}

// write records a write of the variable e is, or of the variable whose
// field or element e is.
func (x *Index) write(e ast.Expr, kind WriteKind, stmt ast.Node, value ast.Expr) {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		v, ok := x.info.ObjectOf(id).(*types.Var)
		if ok && id.Name != "_" {
			x.writes[v] = append(x.writes[v], Write{Kind: kind, Node: stmt, Value: value})
		}
		return
	}
	if v := x.root(e); v != nil {
		x.writes[v] = append(x.writes[v], Write{Kind: Part, Node: stmt})
	}
}

// root returns the variable of x, x.f.g, x[i] or (*x).f, or nil.
func (x *Index) root(e ast.Expr) *types.Var { return Root(x.info, e) }

// Root returns the variable whose field or element e is: x for x, x.f.g,
// x[i] or (*x).f; nil for anything else (a method value, a call).
func Root(info *types.Info, e ast.Expr) *types.Var {
	for {
		switch t := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := info.ObjectOf(t).(*types.Var)
			return v
		case *ast.SelectorExpr:
			if sel, ok := info.Selections[t]; !ok || sel.Kind() != types.FieldVal {
				return nil
			}
			e = t.X
		case *ast.IndexExpr:
			e = t.X
		case *ast.StarExpr:
			e = t.X
		default:
			return nil
		}
	}
}
