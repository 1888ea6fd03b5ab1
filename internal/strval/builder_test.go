package strval

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBuilders(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"strings.Builder writes", `
	var b strings.Builder
	b.WriteString("\n\nHuman: ")
	b.WriteString(q)
	b.WriteByte('\n')
	b.WriteRune('é')
	fmt.Fprintf(&b, "%s\n\nAssistant:%d", "!", n)
	b.Write([]byte("x"))
	use(b.String())`, []string{`"\n\nHuman: "`, "{q}", `"\né!\n\nAssistant:"`, "{n %d}", `"x"`}},
		{"fmt.Fprint and fmt.Fprintln", `
	var pb bytes.Buffer
	fmt.Fprintf(&pb, "\n\nHuman: Review:\n%s", q)
	fmt.Fprintln(&pb, "", "end")
	fmt.Fprint(&pb, "\n\nAssistant:", "")
	use(pb.String())`, []string{`"\n\nHuman: Review:\n"`, "{q %s}", `" end\n\n\nAssistant:"`}},
		{"fmt.Fprint of a number is a hole", `
	var pb bytes.Buffer
	fmt.Fprint(&pb, "\n\nHuman: ", n)
	use(p.String())`, []string{"{p}"}},
		{"pointer bytes.Buffer", `
	b := new(bytes.Buffer)
	b.WriteString("a")
	_, _ = b.WriteString("b")
	if _, err := b.WriteString("c"); err != nil {
		return
	}
	io.WriteString(b, "d")
	use(b.String())`, []string{`"abcd"`}},
		{"composite literal and Reset", `
	b := &strings.Builder{}
	b.WriteString("a")
	b.Reset()
	b.WriteString("b")
	use(b.String())`, []string{`"b"`}},
		{"NewBufferString", `
	b := bytes.NewBufferString("a" + q)
	b.WriteByte(c)
	use(b.String())`, []string{`"a"`, "{q}", "{c %c}"}},
		{"loop writes", `
	var b strings.Builder
	b.WriteString("\n\nHuman:")
	for _, x := range xs {
		b.WriteString(x)
	}
	b.WriteString("\n\nAssistant:")
	use(b.String())`, []string{`"\n\nHuman:"`, "{stmt: b}", `"\n\nAssistant:"`}},
		{"call that writes", `
	var b bytes.Buffer
	b.WriteString("a")
	_ = json.NewEncoder(io.Discard).Encode(q)
	if err := fill(&b); err != nil {
		return
	}
	b.WriteString("z")
	use(b.String())`, []string{`"a"`, "{stmt: b}", `"z"`}},
		{"escaping pointer", `
	var b bytes.Buffer
	b.WriteString("a")
	enc := json.NewEncoder(&b)
	b.WriteString("b")
	_ = enc.Encode(q)
	use(b.String())`, []string{"{stmt: b}"}},
		{"truncate", `
	var b bytes.Buffer
	b.WriteString("abc")
	b.Truncate(1)
	b.WriteString("z")
	use(b.String())`, []string{"{stmt: b}", `"z"`}},
		{"builder parameter", `
	use(p.String())`, []string{"{p}"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, s := eval(t, `
func fill(*bytes.Buffer) error { return nil }

func f(q string, n int, c byte, xs []string, p *strings.Builder) {`+tt.body+`
}`)
			assert.Equal(t, tt.want, s.describe(v))
		})
	}
}

func TestBuilderPositionsAndDefs(t *testing.T) {
	v, s := eval(t, `
func f() {
	var b strings.Builder
	b.WriteString("ab")
	b.WriteByte('\n')
	fmt.Fprintf(&b, "%s", "c")
	use(b.String())
}`)
	assert.Equal(t, []string{`"ab\nc"`}, s.describe(v))
	assert.Equal(t, "4:18", s.at(v, 0, 1))
	assert.Equal(t, "5:15", s.at(v, 0, 2), "backslash of the rune literal")
	assert.Equal(t, "6:25", s.at(v, 0, 3))
	assert.Equal(t, []string{"var b strings.Builder", `b.WriteString("ab")`, `b.WriteByte('\n')`, `fmt.Fprintf(&b, "%s", "c")`}, s.defs(v))
}
