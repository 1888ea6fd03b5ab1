package strval

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHugeLiteralIsAbridged: past maxText, a long line keeps its first
// lineHead and last lineTail bytes (the head is inside the first maxText
// here), the bytes between standing as one byte at the first one's place.
func TestHugeLiteralIsAbridged(t *testing.T) {
	big := strings.Repeat("ab", maxText)
	v, s := eval(t, `func f(q string) { use("`+big+`" + q) }`)
	assert.True(t, v.Truncated)
	assert.True(t, v.Abridged)
	require.Len(t, v.Pieces, 2)
	text := v.Pieces[0].Text
	require.Len(t, text, maxText+1+lineTail)
	assert.Equal(t, big[:maxText], text[:maxText])
	assert.Equal(t, ".", text[maxText:maxText+1])
	assert.Equal(t, big[len(big)-lineTail:], text[maxText+1:])
	assert.Equal(t, "q", s.text(v.Pieces[1].Hole))
	// Every byte kept is at its own place in the literal: byte i of the
	// value at column 25+i (after `func f(q string) { use("`).
	for _, i := range []int{0, maxText - 1} {
		assert.Equal(t, fmt.Sprintf("1:%d", 25+i), s.at(v, 0, i))
	}
	assert.Equal(t, fmt.Sprintf("1:%d", 25+maxText), s.at(v, 0, maxText), "the elision is at its first byte")
	assert.Equal(t, fmt.Sprintf("1:%d", 25+len(big)-1), s.at(v, 0, len(text)-1))
}

// TestAbridgedValueKeepsMarkers: the turn markers and the lines of a value
// far past maxText are all there, at their exact places, whatever
// expressions built it.
func TestAbridgedValueKeepsMarkers(t *testing.T) {
	line := strings.Repeat("lorem ipsum ", 100) // 1200 bytes
	filler := strings.Repeat(line+`\n`, maxText/len(line)+10)
	body := `const intro = "` + filler + `"
func f(q string) {
	p := intro + "\n\nHuman: " + q + "` + filler + `\n\nHuman: again\n\nAssistant:   "
	use(p)
}`
	v, s := eval(t, body)
	assert.True(t, v.Abridged)
	require.Len(t, v.Pieces, 3)
	assert.Equal(t, "q", s.text(v.Pieces[1].Hole))
	last := v.Pieces[2].Text
	assert.True(t, strings.HasSuffix(last, "\n\nHuman: again\n\nAssistant:   "), "%q", last[len(last)-40:])
	i := strings.LastIndex(last, "\n\nAssistant:")
	col := len("\tp := intro + \"\\n\\nHuman: \" + q + \"") + len(filler) + len(`\n\nHuman: again`) + 1
	assert.Equal(t, "3:"+strconv.Itoa(col), s.at(v, 2, i))
	first := v.Pieces[0].Text
	assert.Equal(t, strings.Count(filler, `\n`)+2, strings.Count(first, "\n"), "every newline is kept")
	j := strings.Index(first, "\n\nHuman: ")
	require.GreaterOrEqual(t, j, 0)
	assert.Equal(t, "3:16", s.at(v, 0, j), "the marker after the constant is at its literal")
	for l := range strings.SplitSeq(last, "\n") {
		assert.LessOrEqual(t, len(l), lineHead+1+lineTail)
	}
}

// TestAbridgedValueIsCut: past maxKept bytes kept while abridging, the value
// is cut as before.
func TestAbridgedValueIsCut(t *testing.T) {
	big := strings.Repeat(`a\n`, maxText/2+maxKept/2+1)
	v, s := eval(t, `func f() { use("`+big+`") }`)
	assert.True(t, v.Truncated)
	assert.False(t, v.Abridged)
	require.Len(t, v.Pieces, 2)
	assert.Len(t, v.Pieces[0].Text, maxText+maxKept)
	assert.True(t, strings.HasPrefix(s.text(v.Pieces[1].Hole), `"a\n`), "the hole is the literal that was cut")
}

// TestDeepRightNestingKeepsPositions: a + chain nested to the right through
// parentheses far deeper than maxNest keeps every byte's position.
func TestDeepRightNestingKeepsPositions(t *testing.T) {
	const depth = 4 * maxNest
	var b strings.Builder
	for range depth {
		b.WriteString(`"x" + (`)
	}
	b.WriteString(`"\n\nHuman: hi\n\nAssistant:"`)
	b.WriteString(strings.Repeat(")", depth))
	for _, constant := range []bool{true, false} {
		prefix := `func f(q string) { use(`
		body := prefix + b.String() + ` + q) }`
		if constant {
			prefix = `func f() { use(`
			body = prefix + b.String() + `) }`
		}
		v, s := eval(t, body)
		require.NotEmpty(t, v.Pieces)
		text := v.Pieces[0].Text
		require.Len(t, text, depth+len("\n\nHuman: hi\n\nAssistant:"))
		i := strings.Index(text, "\n\nAssistant:")
		col := len(prefix) + depth*len(`"x" + (`) + len(`"\n\nHuman: hi`) + 1
		assert.Equal(t, "1:"+strconv.Itoa(col), s.at(v, 0, i), "constant %v", constant)
	}
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
