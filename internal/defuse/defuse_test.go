package defuse

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const src = `package p

type req struct{ prompt string }

func (rr *req) set(s string) { rr.prompt = s }

var global = "g"

func f(param string) string {
	once := "a"
	twice := "b"
	twice = "c"
	var zero string
	var pair, other = "x", "y"
	n := 0
	n++
	r := req{}
	r.prompt = "p"
	taken := "t"
	_ = &taken
	called := req{}
	called.set("q")
	m, ok := map[string]int{}["k"]
	_, _ = m, ok
	return once + twice + zero + pair + other + param + global + taken
}
`

func load(t *testing.T) (*Index, map[string]*types.Var, *ast.File) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	require.NoError(t, err)
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	_, err = (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info)
	require.NoError(t, err)
	vars := map[string]*types.Var{}
	for id, obj := range info.Defs {
		if v, ok := obj.(*types.Var); ok && !v.IsField() {
			vars[id.Name] = v
		}
	}
	return New(info, []*ast.File{f}), vars, f
}

func TestSingleDefinition(t *testing.T) {
	x, vars, f := load(t)
	end := f.End()
	for name, want := range map[string]bool{"once": true, "twice": false, "pair": true, "n": false, "r": true, "taken": true, "param": false, "m": false} {
		_, _, ok := x.SingleDefinition(vars[name], end)
		assert.Equal(t, want, ok, name)
	}
	_, zero, ok := x.SingleDefinition(vars["zero"], end)
	assert.True(t, ok && zero, "a declaration without a value")
	_, _, ok = x.SingleDefinition(vars["once"], vars["once"].Pos())
	assert.False(t, ok, "not defined before the use")
}

func TestChanged(t *testing.T) {
	x, vars, _ := load(t)
	for name, want := range map[string]bool{
		"once": false, "twice": true, "n": true, "r": true, // a field written
		"taken": true, "called": true, // address taken, pointer method
		"param": false, "global": false,
	} {
		assert.Equal(t, want, x.Changed(vars[name], nil), name)
	}
}

func TestUses(t *testing.T) {
	x, vars, _ := load(t)
	assert.Len(t, x.Uses(vars["once"]), 1)
	assert.Len(t, x.Uses(vars["twice"]), 2, "the assignment's operand and the read")
}
