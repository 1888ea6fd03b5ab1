package strval

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHugeLiteralIsTruncated(t *testing.T) {
	big := strings.Repeat("ab", maxText)
	v, s := eval(t, `func f(q string) { use("`+big+`" + q) }`)
	assert.True(t, v.Truncated)
	require.Len(t, v.Pieces, 2)
	assert.Equal(t, maxText, len(v.Pieces[0].Text))
	assert.IsType(t, &ast.BasicLit{}, v.Pieces[1].Hole, "the hole is the literal that was cut")
	_ = s
}

func TestLongAppendChainIsCapped(t *testing.T) {
	var body strings.Builder
	body.WriteString("func f(q string) {\n\tp := \"\"\n")
	for range maxPieces + 100 {
		body.WriteString("\tp += q\n")
	}
	body.WriteString("\tuse(p)\n}")
	start := time.Now()
	v, _ := eval(t, body.String())
	assert.Less(t, time.Since(start), 20*time.Second)
	assert.True(t, v.Truncated)
	assert.LessOrEqual(t, len(v.Pieces), maxPieces+1)
}

func TestLongPlusChainNeedsNoDepth(t *testing.T) {
	parts := make([]string, 5000)
	for i := range parts {
		parts[i] = fmt.Sprintf("%q", fmt.Sprint(i%10))
	}
	v, _ := eval(t, `func f(q string) { use(`+strings.Join(parts, "+")+` + q) }`)
	require.Len(t, v.Pieces, 2)
	assert.Len(t, v.Pieces[0].Text, 5000)
	assert.False(t, v.Truncated)
}

func TestDeepConstantChainKeepsText(t *testing.T) {
	var b strings.Builder
	b.WriteString("const c0 = \"x\"\n")
	for i := 1; i <= 2*maxDepth; i++ {
		fmt.Fprintf(&b, "const c%d = c%d + \"x\"\n", i, i-1)
	}
	fmt.Fprintf(&b, "func f() { use(c%d) }", 2*maxDepth)
	v, _ := eval(t, b.String())
	require.Len(t, v.Pieces, 1)
	assert.Equal(t, strings.Repeat("x", 2*maxDepth+1), v.Pieces[0].Text)
}

func TestDeepVariableChainEndsInHole(t *testing.T) {
	var b strings.Builder
	b.WriteString("func f() {\n\tv0 := \"x\"\n")
	n := 2 * maxDepth
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "\tv%d := v%d + \"x\"\n", i, i-1)
	}
	fmt.Fprintf(&b, "\tuse(v%d)\n}", n)
	v, s := eval(t, b.String())
	d := s.describe(v)
	require.Len(t, d, 2)
	assert.Equal(t, fmt.Sprintf("{v%d}", n-maxDepth), d[0])
	assert.Equal(t, fmt.Sprintf("%q", strings.Repeat("x", maxDepth)), d[1])
}

func TestBrokenCode(t *testing.T) {
	for _, body := range []string{
		`const a = b + "x"
const b = a + "y"
func f() { use(a) }`,
		`func f() { use(undefined + "x" + fmt.Sprintf("%s", nope)) }`,
		`func f() { p := p + "x"; use(p) }`,
		`func f() { var b strings.Builder; b.WriteString(1); b.Nope(); use(b.String()) }`,
		`func f() { var b strings.Builder; for { b.WriteString(x) }; use(b.String() + "\z") }`,
		`func f() { use(fmt.Sprintf("%`,
		`func f() { s := "a"; s += ; use(s) }`,
		"func f() { use(`a` + \"\\u12\") }",
	} {
		t.Run(body, func(t *testing.T) {
			s := load(t, body, true)
			args, fns := s.uses()
			for i, e := range args {
				assert.NotPanics(t, func() { New(s.info).Eval(e, fns[i]) })
				assert.NotPanics(t, func() { New(nil).Eval(e, fns[i]) })
				assert.NotPanics(t, func() { New(&types.Info{}).Eval(e, nil) })
			}
		})
	}
}

func TestWithoutTypeInfo(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", "package p\nvar x = \"a\\n\" + `b` + y", 0)
	require.NoError(t, err)
	e := f.Decls[0].(*ast.GenDecl).Specs[0].(*ast.ValueSpec).Values[0]
	v := New(nil).Eval(e, nil)
	require.Len(t, v.Pieces, 2)
	assert.Equal(t, "a\nb", v.Pieces[0].Text)
	assert.Equal(t, "y", v.Pieces[1].Hole.(*ast.Ident).Name)
}
