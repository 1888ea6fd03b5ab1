package strval

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestConstants(t *testing.T) {
	v, s := eval(t, `
const human = "\n\nHuman:"
const turn = human + " hi"

func f() {
	const local = turn + "\n\nAssistant:"
	use(local)
}`)
	assert.Equal(t, []string{`"\n\nHuman: hi\n\nAssistant:"`}, s.describe(v))
	assert.Equal(t, "2:16", s.at(v, 0, 0), "into human's literal")
	assert.Equal(t, "3:24", s.at(v, 0, 9), "into turn's literal")
	assert.Equal(t, "6:26", s.at(v, 0, 12), "into local's literal")
	assert.Empty(t, v.Defs)
}

func TestConstantFromOtherPackage(t *testing.T) {
	v, s := eval(t, `
import "example.com/dep"

func f(q string) { use(dep.HumanPrompt + " " + q) }`)
	assert.Equal(t, []string{`"\n\nHuman: "`, "{q}"}, s.describe(v))
	for i := range 8 {
		assert.Equal(t, "4:24", s.at(v, 0, i), "byte %d maps to the selector", i)
	}
	assert.Equal(t, "4:43", s.at(v, 0, 8))
}

func TestNamedStringTypesAndConversions(t *testing.T) {
	v, s := eval(t, `
import "example.com/dep"

type prompt string

func f(m dep.Model) { use(string(dep.ModelClaude2) + string(prompt("x"+string(m)))) }`)
	assert.Equal(t, []string{`"claude-2x"`, "{m}"}, s.describe(v))
	assert.Equal(t, "6:69", s.at(v, 0, 8))
}

func TestPlusChainsAndParens(t *testing.T) {
	v, s := eval(t, `func f(a, b string) { use(("x" + a) + (b + "y" + "z")) }`)
	assert.Equal(t, []string{`"x"`, "{a}", "{b}", `"yz"`}, s.describe(v))
	assert.Equal(t, "1:51", s.at(v, 3, 1))
}

func TestHoles(t *testing.T) {
	v, s := eval(t, `
type req struct{ p string }

func g() string { return "" }

func f(r req, m map[string]string, xs []string) { use(r.p + g() + m["k"] + xs[0]) }`)
	assert.Equal(t, []string{"{r.p}", "{g()}", `{m["k"]}`, "{xs[0]}"}, s.describe(v))
}

func TestSprintf(t *testing.T) {
	tests := []struct{ call, want []string }{
		{[]string{`fmt.Sprintf("\n\nHuman: %s%%\n\nAssistant:", q)`}, []string{`"\n\nHuman: "`, "{q %s}", `"%\n\nAssistant:"`}},
		{[]string{`fmt.Sprintf("%s:%v|%d", "a", human, n)`}, []string{`"a:H|"`, "{n %d}"}},
		{[]string{`fmt.Sprintf("n=%5.2f %-10s %q", x, q, q)`}, []string{`"n="`, "{x %5.2f}", `" "`, "{q %-10s}", `" "`, "{q %q}"}},
		{[]string{`fmt.Sprintf("%d/%q/%t", 42, "a", true)`}, []string{`"42/\"a\"/true"`}},
		{[]string{`fmt.Sprintf("%[1]s", q)`}, []string{`{fmt.Sprintf("%[1]s", q)}`}},
		{[]string{`fmt.Sprintf("%*d", n, n)`}, []string{`{fmt.Sprintf("%*d", n, n)}`}},
		{[]string{`fmt.Sprintf("%s %s", q)`}, []string{`{fmt.Sprintf("%s %s", q)}`}},
		{[]string{`fmt.Sprintf(q, n)`}, []string{`{fmt.Sprintf(q, n)}`}},
		{[]string{`fmt.Sprintf("%s", local)`}, []string{`"L"`, "{q}"}},
		{[]string{`fmt.Sprint("a", q)`}, []string{`"a"`, "{q}"}},
	}
	for _, tt := range tests {
		t.Run(tt.call[0], func(t *testing.T) {
			v, s := eval(t, `
const human = "H"

func f(q string, n int, x float64) {
	local := "L" + q
	_ = local
	use(`+tt.call[0]+`)
}`)
			assert.Equal(t, tt.want, s.describe(v))
		})
	}
}

func TestSprintfPositions(t *testing.T) {
	v, s := eval(t, `func f(q string) { use(fmt.Sprintf("a%%\t%s", "b")) }`)
	assert.Equal(t, []string{`"a%\tb"`}, s.describe(v))
	assert.Equal(t, "1:37", s.at(v, 0, 0))
	assert.Equal(t, "1:38", s.at(v, 0, 1), "%% maps to its first %")
	assert.Equal(t, "1:40", s.at(v, 0, 2), `\t`)
	assert.Equal(t, "1:48", s.at(v, 0, 3), "the argument's literal")
}

func TestJoin(t *testing.T) {
	v, s := eval(t, `func f(q string) { use(strings.Join([]string{"\n\nHuman: " + q, "\n\nAssistant:"}, "")) }`)
	assert.Equal(t, []string{`"\n\nHuman: "`, "{q}", `"\n\nAssistant:"`}, s.describe(v))
	assert.Equal(t, "1:66", s.at(v, 2, 0))

	v, s = eval(t, `func f(q string, xs []string) { use(strings.Join([]string{"a", q}, "--") + strings.Join(xs, "")) }`)
	assert.Equal(t, []string{`"a--"`, "{q}", `{strings.Join(xs, "")}`}, s.describe(v))
	assert.Equal(t, "1:69", s.at(v, 0, 1), "separator bytes map to its literal")
}

func TestPackageVariables(t *testing.T) {
	v, s := eval(t, `
var human = "\n\nHuman: "
var changed = "a"
var Exported = "b"

func init() { changed = "c" }

func f(q string) { use(human + q + changed + Exported) }`)
	assert.Equal(t, []string{`"\n\nHuman: "`, "{q}", "{changed}", "{Exported}"}, s.describe(v))
	assert.Equal(t, "2:14", s.at(v, 0, 0))
	assert.Empty(t, v.Defs)
}
