package promptcheck

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// holeByte splits fuzz input into pieces: each occurrence is a hole.
const holeByte = 0xff

// fuzzTemplate builds a well-formed template from fuzz bytes: literal runs
// between hole bytes, never two literal pieces in a row, no empty ones.
func fuzzTemplate(data []byte) Template {
	var t Template
	for i, part := range strings.Split(string(data), string([]byte{holeByte})) {
		if i > 0 {
			t = append(t, Piece{Hole: true})
		}
		if part != "" {
			t = append(t, Piece{Text: part})
		}
	}
	return t
}

// splitTemplate is fuzzTemplate with every literal piece also split at its
// first byte, leaving empty and adjacent literal pieces: callers should merge
// them, but a template that is not merged must still parse without panics
// and tile.
func splitTemplate(data []byte) Template {
	var t Template
	for _, p := range fuzzTemplate(data) {
		if p.Hole {
			t = append(t, p)
			continue
		}
		t = append(t, Piece{Text: p.Text[:1]}, Piece{}, Piece{Text: p.Text[1:]})
	}
	return t
}

var seedPrompts = []string{
	"",
	"Hello, world",
	"Hello, world\n\nAssistant:",
	"\n\nHuman: Hello, Claude",
	"\n\nAssistant: Hello, world\n\nHuman: Hello, Claude\n\nAssistant:",
	"\n\nHuman: Hello, Claude\n\nAssistant: Hello, world\n\nHuman: How many toes do dogs have?",
	"\n\nHuman: Hello, Claude \nAssistant:",
	"Human: Hello, Claude\n\nAssistant:",
	"\n\nHuman: Hello, Claude:\n\nAssistant: ",
	"\n\nHuman: \n\nHuman: hi\n\nAssistant:\n\nAssistant:",
	"sys\n\n\nHuman: \xff\n\nAssistant: \xff ",
	"\xffHuman: \xff\nAssistant:\xff",
	"User: hi\n\nAI: \xff\n\nA: x\nhuman :",
	"\n\nHuman:\xff\xff\n\nAssistant:\n",
}

// checkInvariants asserts what must hold for any template.
func checkInvariants(t testing.TB, tmpl Template) {
	c := Parse(tmpl)
	assertTiles(t, tmpl, c)
	for _, turn := range c.Turns {
		assert.False(t, turn.Marker.Empty(), "empty marker")
		assert.Equal(t, turn.Marker.Start.Piece, turn.Marker.End.Piece, "marker straddles pieces")
	}
	for _, f := range Check(tmpl) {
		assert.True(t, f.Category.Valid(), f.Message)
		if !f.Whole {
			assert.True(t, tmpl.Contains(f.At), "finding outside the template: %+v", f)
		}
	}
	if tmpl.Known() || len(tmpl) == 0 {
		return
	}
	onlyHoles := true
	for _, p := range tmpl {
		onlyHoles = onlyHoles && p.Hole
	}
	if onlyHoles {
		assert.Empty(t, Check(tmpl))
	}
}

func TestParseProperties(t *testing.T) {
	// Every combination of a few fragments, as literal text and with holes.
	frags := []string{"\n", "\n\n", "Human:", "Assistant:", " ", "x", "\xff", "User:"}
	var build func(prefix string, depth int)
	build = func(prefix string, depth int) {
		checkInvariants(t, fuzzTemplate([]byte(prefix)))
		checkInvariants(t, splitTemplate([]byte(prefix)))
		if depth == 0 {
			return
		}
		for _, f := range frags {
			build(prefix+f, depth-1)
		}
	}
	build("", 4)
	for _, s := range seedPrompts {
		checkInvariants(t, fuzzTemplate([]byte(s)))
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range seedPrompts {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkInvariants(t, fuzzTemplate(data))
		checkInvariants(t, splitTemplate(data))
	})
}
