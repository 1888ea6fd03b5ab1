package rewrite

import (
	"go/ast"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// TestSegmentsRoundTrip: for random well-formed prompts of literals and
// holes, the rewrite's system text and messages joined back with turn
// markers reproduce the prompt.
func TestSegmentsRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"hi", "a b", "x\ny", "100%", "\"q\"", "é", "tab\there"}
	for iter := range 500 {
		var b builder
		if rng.IntN(2) == 0 {
			b.body(rng, words)
		}
		turns := 2 * (1 + rng.IntN(3))
		for i := range turns {
			role := "Human"
			if i%2 == 1 {
				role = "Assistant"
			}
			b.text("\n\n" + role + ":")
			if i == turns-1 && rng.IntN(3) == 0 {
				break // empty final Assistant turn
			}
			b.text(" ")
			b.body(rng, words)
		}
		conv := promptcheck.Parse(b.v.Template())
		require.Len(t, conv.Turns, turns, "prompt %d: %q", iter, b.want.String())
		f := &fixer{}
		got := render(f.segments(b.v, conv.System))
		for i, turn := range conv.Turns {
			segs := f.segments(b.v, turn.Body)
			if i == len(conv.Turns)-1 {
				segs = trimRight(segs)
			}
			got += "\n\n" + turn.Role.String() + ":"
			if len(segs) > 0 {
				got += " " + render(segs)
			}
		}
		assert.Equal(t, b.want.String(), got, "prompt %d", iter)
	}
}

// builder makes a prompt value and its rendering, holes shown as {name}.
type builder struct {
	v     strval.Value
	want  strings.Builder
	holes int
}

func (b *builder) text(s string) {
	b.want.WriteString(s)
	if n := len(b.v.Pieces); n > 0 && !b.v.Pieces[n-1].IsHole() {
		b.v.Pieces[n-1].Text += s
		return
	}
	b.v.Pieces = append(b.v.Pieces, strval.Piece{Text: s})
}

func (b *builder) hole() {
	b.holes++
	name := "h" + strconv.Itoa(b.holes)
	b.want.WriteString("{" + name + "}")
	b.v.Pieces = append(b.v.Pieces, strval.Piece{Hole: ast.NewIdent(name)})
}

// body writes one to three words or holes, separated by spaces.
func (b *builder) body(rng *rand.Rand, words []string) {
	for i := range 1 + rng.IntN(3) {
		if i > 0 {
			b.text(" ")
		}
		if rng.IntN(3) == 0 {
			b.hole()
		} else {
			b.text(words[rng.IntN(len(words))])
		}
	}
}

func render(segs []segment) string {
	var s strings.Builder
	for _, seg := range segs {
		if seg.hole != nil {
			s.WriteString("{" + seg.hole.Hole.(*ast.Ident).Name + "}")
		} else {
			s.WriteString(seg.text)
		}
	}
	return s.String()
}

func TestQuote(t *testing.T) {
	assert.Equal(t, "`a\nb`", quote("a\nb", true))
	assert.Equal(t, `"a\nb"`, quote("a\nb", false))
	assert.Equal(t, `"a\n`+"`"+`"`, quote("a\n`", true))
	assert.Equal(t, `"plain"`, quote("plain", true))
}

func TestTrimRight(t *testing.T) {
	segs := trimRight([]segment{{text: "{"}, {text: " \n "}})
	require.Len(t, segs, 1)
	assert.Equal(t, "{", segs[0].text)
	hole := &strval.Piece{Hole: ast.NewIdent("x")}
	segs = trimRight([]segment{{text: "a "}, {hole: hole}})
	assert.Len(t, segs, 2)
}
