package strval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLocals(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
		defs       []string
	}{
		{"define and append", `
	p := "\n\nHuman: "
	p += q
	p += "\n\nAssistant:"
	use(p)`, []string{`"\n\nHuman: "`, "{q}", `"\n\nAssistant:"`}, []string{`p := "\n\nHuman: "`, "p += q", `p += "\n\nAssistant:"`}},
		{"var forms", `
	var a = "a"
	var b string = a + "b"
	var c string
	c = b + c
	use(c)`, []string{`"ab"`}, []string{`var a = "a"`, `var b string = a + "b"`, "var c string", "c = b + c"}},
		{"reassignment replaces", `
	p := q
	p = "x"
	p = p + p
	use(p)`, []string{`"xx"`}, []string{"p := q", `p = "x"`, "p = p + p"}},
		{"loop appends become one hole", `
	p := "\n\nHuman:"
	for _, x := range xs {
		p += "\n\nHuman: " + x
	}
	p += "\n\nAssistant:"
	use(p)`, []string{`"\n\nHuman:"`, "{stmt: p}", `"\n\nAssistant:"`}, nil},
		{"branch assignment replaces", `
	p := "a"
	if q != "" {
		p = q
	}
	p += "b"
	use(p)`, []string{"{stmt: p}", `"b"`}, nil},
		{"use inside the loop", `
	p := "a"
	for range xs {
		p += "b"
		use(p)
	}`, []string{`"a"`, "{stmt: p}", `"b"`}, nil},
		{"declared in the loop", `
	for _, x := range xs {
		p := "a" + x
		use(p)
	}`, []string{`"a"`, "{x}"}, []string{`p := "a" + x`}},
		{"if init and branch body", `
	p := "a"
	if p += "b"; q != "" {
		p += "c"
		use(p)
	}`, []string{`"abc"`}, nil},
		{"address taken", `
	p := "a"
	g(&p)
	p += "b"
	use(p)`, []string{"{stmt: p}"}, nil},
		{"multi-value assignment", `
	p, err := two()
	_ = err
	p += "b"
	use(p)`, []string{"{stmt: p}", `"b"`}, nil},
		{"assigned in a closure", `
	p := "a"
	h := func() { p += "x" }
	h()
	use(p)`, []string{"{stmt: p}"}, nil},
		{"used in a closure, never reassigned", `
	p := "a" + q
	h := func() { use(p) }
	h()`, []string{`"a"`, "{q}"}, nil},
		{"used in a closure, reassigned", `
	p := "a"
	p += "b"
	h := func() { use(p) }
	h()`, []string{"{p}"}, nil},
		{"goto", `
	p := "a"
L:
	p += "b"
	if q == "" {
		goto L
	}
	use(p)`, []string{"{p}"}, nil},
		{"after the use does not count", `
	p := "a"
	use(p)
	p += "b"`, []string{`"a"`}, nil},
		{"switch clause", `
	p := "a"
	switch q {
	case "x":
		p += "b"
	default:
		p += "c"
		use(p)
	}`, []string{`"ac"`}, nil},
		{"range variable", `
	for _, x := range xs {
		use(x)
	}`, []string{"{x}"}, nil},
		{"parameter", `
	use(q)`, []string{"{q}"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, s := eval(t, `
func g(*string) {}

func two() (string, error) { return "", nil }

func f(q string, xs []string) {`+tt.body+`
}`)
			assert.Equal(t, tt.want, s.describe(v))
			if tt.defs != nil {
				assert.Equal(t, tt.defs, s.defs(v))
			}
		})
	}
}

func TestLocalPositions(t *testing.T) {
	v, s := eval(t, `
func f(q string) {
	p := "\n\nHuman: "
	p += q + "\n\nAssistant:"
	use(p)
}`)
	assert.Equal(t, []string{`"\n\nHuman: "`, "{q}", `"\n\nAssistant:"`}, s.describe(v))
	assert.Equal(t, "3:8", s.at(v, 0, 0))
	assert.Equal(t, "4:12", s.at(v, 2, 0))
}

func TestStatementHoleNamesTheLoop(t *testing.T) {
	v, s := eval(t, `
func f(xs []string) {
	p := ""
	for _, x := range xs {
		p += x
	}
	use(p)
}`)
	if assert.Len(t, v.Pieces, 1) {
		assert.Equal(t, "for _, x := range xs {\n\t\tp += x\n\t}", s.text(v.Pieces[0].Stmt))
		assert.Equal(t, "5:3", relPos(s, v.Pieces[0].Hole.Pos()))
	}
	assert.Equal(t, []string{`p := ""`, "for _, x := range xs {\n\t\tp += x\n\t}"}, s.defs(v))
}

// TestReassignedParameter: a parameter changed before its use keeps its own
// value as a hole where it is read, marked Entry ({=p}), inside the text the
// statements build around it, on every path the walker follows.
func TestReassignedParameter(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{`func f(p string) { p = "a" + p + "b"; use(p) }`, `"a" {=p} "b"`},
		{`func f(p string) { p += "b"; use(p) }`, `{=p} "b"`},
		{`func f(p string) { p = "a" + p; p += "b"; use(p) }`, `"a" {=p} "b"`},
		{`func f(p string) { use(p) }`, `{=p}`},
		{`func f(p string) { use(p); p = "x" + p }`, `{=p}`},
		{`func f(p string) { for range 3 { p = "x" + p }; use(p + "!") }`, `{stmt: p} "!"`},
		{`func f(p string) { for i := range 3 { use(p + "!"); p = "x" + p; _ = i } }`, `{stmt: p} "!"`},
		{`func f(p string) { if len(p) > 3 { p = "long " + p }; use(p) }`, `{stmt: p}`},
		{`func f(p string) { q := p; p = "a" + p; use(q + p) }`, `{=p} "a" {=p}`},
		{`func f(p string) { func() { p = "z" }(); use(p) }`, `{stmt: p}`},
		{`func f(p string) { p = "a" + p; func() { use(p) }() }`, `{p}`},
		{`func f(n int, p string) { p = fmt.Sprintf("%d: %s", n, p); use(p) }`, `{n %d} ": " {=p %s}`},
	} {
		t.Run(c.body, func(t *testing.T) {
			v, s := eval(t, c.body)
			got := s.describe(v)
			for i, p := range v.Pieces {
				if p.Entry {
					got[i] = "{=" + got[i][1:]
				}
			}
			assert.Equal(t, c.want, strings.Join(got, " "))
		})
	}
}
