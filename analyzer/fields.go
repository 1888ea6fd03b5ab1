package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
)

// A fieldWrite is one place the package gives a struct field a value: the
// value of a composite literal's element or of an assignment, or the
// default of a flag.StringVar(&x.F, ...) call (flag set).
type fieldWrite struct {
	value ast.Expr
	flag  *ast.CallExpr
}

// fieldWrites are the writes of one field, and whether they are all the
// values the package may give it.
type fieldWrites struct {
	writes   []fieldWrite
	complete bool
}

// modelField returns the field that selector e reads, when it is a string
// field of a struct type declared in this package (c.Model of a
// hand-written client), or nil.
func (c *checker) modelField(e *ast.SelectorExpr) *types.Var {
	sel, ok := c.pass.TypesInfo.Selections[e]
	if !ok || sel.Kind() != types.FieldVal {
		return nil
	}
	v, ok := sel.Obj().(*types.Var)
	if !ok || v.Pkg() != c.pass.Pkg {
		return nil
	}
	if b, ok := v.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return nil
	}
	return v.Origin()
}

// viaField returns the origins of a struct field of this package: those of
// every value the package writes to it, in composite literals (keyed or
// not), assignments and flag.StringVar(&x.F, ...). They are complete when
// no write is unknown and no other package can write the field: it is
// unexported, or it belongs to package main and has no struct tag (a
// tagged field is filled by a decoder). The zero value of a literal or
// variable that never sets the field is not an origin: an empty model is no
// model to judge.
func (c *checker) viaField(v *types.Var, depth int) ([]origin, bool) {
	fw := c.writesOf(v)
	complete := fw.complete && len(fw.writes) > 0
	var out []origin
	for _, w := range fw.writes {
		var more []origin
		var ok bool
		if w.flag != nil {
			name, value, _ := c.flagDefault(w.flag, true)
			more, ok = c.viaFlag(name, value, c.funcAt(w.flag), w.flag.Pos(), depth)
		} else {
			more, ok = c.originsAt(w.value, c.funcAt(w.value), w.value.Pos(), depth-1)
		}
		for i := range more {
			if more[i].via == "" {
				more[i].via = "stored in " + c.fieldName(v)
			}
		}
		out, complete = append(out, more...), complete && ok
	}
	return out, complete
}

// writesOf returns the writes of field v in the package, computed once.
func (c *checker) writesOf(v *types.Var) fieldWrites {
	if fw, ok := c.fields[v]; ok {
		return fw
	}
	fw := fieldWrites{complete: !v.Exported() || c.pass.Pkg.Name() == "main" && !c.tagged(v)}
	info := c.pass.TypesInfo
	for cur := range c.root.Preorder((*ast.Ident)(nil), (*ast.CompositeLit)(nil)) {
		if lit, ok := cur.Node().(*ast.CompositeLit); ok {
			// Unkeyed: T{"https://...", "claude-2.1"}.
			st, ok := typeOf(info, lit).(*types.Struct)
			if !ok || len(lit.Elts) == 0 {
				continue
			}
			if _, keyed := lit.Elts[0].(*ast.KeyValueExpr); keyed {
				continue
			}
			for i, elt := range lit.Elts {
				if i < st.NumFields() && st.Field(i).Origin() == v {
					fw.writes = append(fw.writes, fieldWrite{value: elt})
				}
			}
			continue
		}
		id := cur.Node().(*ast.Ident)
		if u, ok := info.Uses[id].(*types.Var); !ok || u.Origin() != v {
			continue
		}
		parent := cur.Parent()
		switch p := parent.Node().(type) {
		case *ast.KeyValueExpr: // T{F: value}
			if p.Key == id {
				fw.writes = append(fw.writes, fieldWrite{value: p.Value})
			}
			continue
		case *ast.SelectorExpr:
			if p.Sel != id {
				continue
			}
		default:
			continue
		}
		sel := parent.Node().(ast.Expr)
		outer := parent.Parent()
		for {
			if _, ok := outer.Node().(*ast.ParenExpr); !ok {
				break
			}
			sel, outer = outer.Node().(ast.Expr), outer.Parent()
		}
		switch p := outer.Node().(type) {
		case *ast.AssignStmt:
			for i, lhs := range p.Lhs {
				if lhs != sel {
					continue
				}
				if p.Tok == token.ASSIGN && len(p.Lhs) == len(p.Rhs) {
					fw.writes = append(fw.writes, fieldWrite{value: p.Rhs[i]})
				} else {
					fw.complete = false // x.F += s, x.F, err = f()
				}
			}
		case *ast.RangeStmt:
			if p.Key == sel || p.Value == sel {
				fw.complete = false
			}
		case *ast.UnaryExpr:
			if p.Op != token.AND {
				continue
			}
			if call, ok := outer.Parent().Node().(*ast.CallExpr); ok && len(call.Args) > 0 && call.Args[0] == p {
				if _, _, ok := c.flagDefault(call, true); ok {
					fw.writes = append(fw.writes, fieldWrite{flag: call})
					continue
				}
			}
			fw.complete = false // &x.F: anything may write it
		}
	}
	if c.fields == nil {
		c.fields = make(map[*types.Var]fieldWrites)
	}
	c.fields[v] = fw
	return fw
}

// typeOf returns the underlying type of a composite literal.
func typeOf(info *types.Info, lit *ast.CompositeLit) types.Type {
	tv, ok := info.Types[lit]
	if !ok || tv.Type == nil {
		return nil
	}
	return tv.Type.Underlying()
}

// tagged reports whether field v has a struct tag (json, yaml, env...):
// a decoder may fill it from outside the source.
func (c *checker) tagged(v *types.Var) bool {
	st, _ := c.fieldOwner(v)
	if st == nil {
		return true // not found: assume the worst
	}
	for i := range st.NumFields() {
		if st.Field(i) == v {
			return reflect.StructTag(st.Tag(i)) != ""
		}
	}
	return true
}

// fieldOwner returns the struct type that declares field v, and the name
// of the type declared with it ("" for an anonymous struct).
func (c *checker) fieldOwner(v *types.Var) (*types.Struct, string) {
	var found *types.Struct
	name := ""
	for cur := range c.root.Preorder((*ast.StructType)(nil)) {
		st, ok := c.pass.TypesInfo.TypeOf(cur.Node().(*ast.StructType)).(*types.Struct)
		if !ok {
			continue
		}
		for i := range st.NumFields() {
			if st.Field(i) != v {
				continue
			}
			found = st
			if spec, ok := cur.Parent().Node().(*ast.TypeSpec); ok {
				name = spec.Name.Name
			}
			return found, name
		}
	}
	return found, name
}

// fieldName names field v for messages: Client.Model.
func (c *checker) fieldName(v *types.Var) string {
	if _, owner := c.fieldOwner(v); owner != "" {
		return owner + "." + v.Name()
	}
	return "field " + v.Name()
}
