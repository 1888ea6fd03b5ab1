package promptcheck

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rendered is a turn as text, for readable expectations.
type rendered struct {
	Role   Role
	Kind   MarkerKind
	Marker string
	Body   string
}

func renderTurns(t Template, c Conversation) []rendered {
	var out []rendered
	for _, turn := range c.Turns {
		out = append(out, rendered{turn.Role, turn.Kind, t.Slice(turn.Marker).String(), t.Slice(turn.Body).String()})
	}
	return out
}

func TestParse(t *testing.T) {
	tests := []struct {
		name   string
		tmpl   Template
		system string
		turns  []rendered
	}{
		{"empty", Literal(""), "", nil},
		{"no markers", Literal("hello"), "hello", nil},
		{"canonical", Literal("\n\nHuman: hi\n\nAssistant:"), "", []rendered{
			{Human, Canonical, "\n\nHuman: ", "hi"},
			{Assistant, Canonical, "\n\nAssistant:", ""},
		}},
		{"system prompt", Literal("Be brief.\n\nHuman: hi\n\nAssistant: Sure"), "Be brief.", []rendered{
			{Human, Canonical, "\n\nHuman: ", "hi"},
			{Assistant, Canonical, "\n\nAssistant: ", "Sure"},
		}},
		{"extra newlines stay with the previous text", Literal("sys\n\n\nHuman: hi\n\n\n\nAssistant:"), "sys\n", []rendered{
			{Human, Canonical, "\n\nHuman: ", "hi\n\n"},
			{Assistant, Canonical, "\n\nAssistant:", ""},
		}},
		{"only one space belongs to the marker", Literal("\n\nHuman:  hi\n\nAssistant:\tx"), "", []rendered{
			{Human, Canonical, "\n\nHuman: ", " hi"},
			{Assistant, Canonical, "\n\nAssistant:", "\tx"},
		}},
		{"single newline is text", Literal("\n\nHuman: hi\nAssistant:"), "", []rendered{
			{Human, Canonical, "\n\nHuman: ", "hi\nAssistant:"},
		}},
		{"CRLF is text", Literal("\r\n\r\nHuman: hi\r\n\r\nAssistant:"), "\r\n\r\nHuman: hi\r\n\r\nAssistant:", nil},
		{"bare at the start", Literal("Human: hi\n\nAssistant:"), "", []rendered{
			{Human, Bare, "Human: ", "hi"},
			{Assistant, Canonical, "\n\nAssistant:", ""},
		}},
		{"not bare after leading space", Literal(" Human: hi\n\nAssistant:"), " Human: hi", []rendered{
			{Assistant, Canonical, "\n\nAssistant:", ""},
		}},
		{"role word inside a line is text", Literal("\n\nHuman: the Human: said\n\nAssistant:"), "", []rendered{
			{Human, Canonical, "\n\nHuman: ", "the Human: said"},
			{Assistant, Canonical, "\n\nAssistant:", ""},
		}},
		{"colon required", Literal("\n\nHuman hi\n\nHumans: x"), "\n\nHuman hi\n\nHumans: x", nil},
		{"holes inside bodies", tp("sys ", hole, "\n\nHuman: ", hole, "\n\nAssistant:"), "sys " + hole, []rendered{
			{Human, Canonical, "\n\nHuman: ", hole},
			{Assistant, Canonical, "\n\nAssistant:", ""},
		}},
		{"role word right after a hole is not a marker", tp(hole, "Human: hi"), hole + "Human: hi", nil},
		{"newlines after a hole still count", tp("\n\nHuman: ", hole, "\n\nAssistant:"), "", []rendered{
			{Human, Canonical, "\n\nHuman: ", hole},
			{Assistant, Canonical, "\n\nAssistant:", ""},
		}},
		{"bare only in the first piece", tp(hole, "\n\nHuman: a", hole, "Assistant:"), hole, []rendered{
			{Human, Canonical, "\n\nHuman: ", "a" + hole + "Assistant:"},
		}},
		{"marker at the end of a piece", tp("\n\nHuman: ", hole, "\n\nAssistant: ", hole), "", []rendered{
			{Human, Canonical, "\n\nHuman: ", hole},
			{Assistant, Canonical, "\n\nAssistant: ", hole},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Parse(tt.tmpl)
			assert.Equal(t, tt.system, tt.tmpl.Slice(c.System).String())
			assert.Equal(t, tt.turns, renderTurns(tt.tmpl, c))
			assertTiles(t, tt.tmpl, c)
		})
	}
}

func TestParseMarkerPositions(t *testing.T) {
	tmpl := tp("a\n\n\nHuman: ", hole, "\nAssistant:")
	c := Repair(tmpl, Parse(tmpl))
	require.Len(t, c.Turns, 2)
	assert.Equal(t, []Turn{c.Turns[1]}, c.Repaired)
	assert.Equal(t, Span{Pos{0, 2}, Pos{0, 11}}, c.Turns[0].Marker)
	assert.Equal(t, Span{Pos{0, 11}, Pos{2, 0}}, c.Turns[0].Body)
	assert.Equal(t, Span{Pos{2, 0}, Pos{2, 11}}, c.Turns[1].Marker)
	assert.Equal(t, Span{Pos{2, 11}, Pos{2, 11}}, c.Turns[1].Body)
	assert.True(t, c.Turns[1].Body.Empty())
	assert.Equal(t, Span{Pos{0, 0}, Pos{0, 2}}, c.System)
}

func TestRepair(t *testing.T) {
	const chatLog = "Summarise the chat:\n<chat>\nHuman: my order is late\nAssistant: sorry, let me check\n</chat>"
	tests := []struct {
		name     string
		tmpl     Template
		turns    []rendered
		repaired []string // the promoted labels, as written
	}{
		{"a quoted chat log stays text", Literal("\n\nHuman: " + chatLog + "\n\nAssistant:"), []rendered{
			{Human, Canonical, "\n\nHuman: ", chatLog},
			{Assistant, Canonical, "\n\nAssistant:", ""},
		}, nil},
		{"missing final Assistant", Literal("\n\nHuman: hi\nAssistant: <answer>"), []rendered{
			{Human, Canonical, "\n\nHuman: ", "hi"},
			{Assistant, SingleNewline, "\nAssistant: ", "<answer>"},
		}, []string{"\nAssistant: "}},
		{"only the last label after the last Human turn", Literal("\n\nHuman: " + chatLog + "\nAssistant:"), []rendered{
			{Human, Canonical, "\n\nHuman: ", "Summarise the chat:\n<chat>\nHuman: my order is late\nAssistant: sorry, let me check\n</chat>"},
			{Assistant, SingleNewline, "\nAssistant:", ""},
		}, []string{"\nAssistant:"}},
		{"missing first Human", Literal("Be brief.\nHuman: hi\n\nAssistant:"), []rendered{
			{Human, SingleNewline, "\nHuman: ", "hi"},
			{Assistant, Canonical, "\n\nAssistant:", ""},
		}, []string{"\nHuman: "}},
		{"no turns at all", Literal("\nHuman: hi\nAssistant:"), []rendered{
			{Human, SingleNewline, "\nHuman: ", "hi"},
			{Assistant, SingleNewline, "\nAssistant:", ""},
		}, []string{"\nHuman: ", "\nAssistant:"}},
		{"CRLF line endings", Literal("\r\n\r\nHuman: hi\r\n\r\nAssistant:"), []rendered{
			{Human, CRLF, "\r\n\r\nHuman: ", "hi"},
			{Assistant, CRLF, "\r\n\r\nAssistant:", ""},
		}, []string{"\r\n\r\nHuman: ", "\r\n\r\nAssistant:"}},
		{"a hole in the system text may carry the Human turn", tp(hole, "\nHuman: hi\n\nAssistant:"), []rendered{
			{Assistant, Canonical, "\n\nAssistant:", ""},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Repair(tt.tmpl, Parse(tt.tmpl))
			assert.Equal(t, tt.turns, renderTurns(tt.tmpl, c))
			var repaired []string
			for _, l := range c.Repaired {
				repaired = append(repaired, tt.tmpl.Slice(l.Marker).String())
			}
			assert.Equal(t, tt.repaired, repaired)
			assert.Equal(t, tt.tmpl.String(), Render(tt.tmpl, c), "spans tile the template")
		})
	}
}

func TestPrefill(t *testing.T) {
	tmpl := Literal("\n\nHuman: hi\n\nAssistant: {")
	turn, ok := Parse(tmpl).Prefill(tmpl)
	require.True(t, ok)
	assert.Equal(t, "{", tmpl.Slice(turn.Body).String())

	tmpl = Literal("\n\nHuman: hi\n\nAssistant: ")
	_, ok = Parse(tmpl).Prefill(tmpl)
	assert.False(t, ok)
}

func TestSlice(t *testing.T) {
	tmpl := tp("abc", hole, "def")
	tests := []struct {
		span Span
		want Template
	}{
		{Span{Pos{0, 1}, Pos{2, 2}}, tp("bc", hole, "de")},
		{Span{Pos{0, 3}, Pos{2, 0}}, tp(hole)},
		{Span{Pos{1, 0}, Pos{2, 0}}, tp(hole)},
		{Span{Pos{0, 1}, Pos{1, 0}}, tp("bc")},
		{Span{Pos{2, 1}, Pos{3, 0}}, tp("ef")},
		{Span{Pos{2, 1}, Pos{2, 1}}, nil},
		{Span{Pos{0, 0}, tmpl.End()}, tmpl},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tmpl.Slice(tt.span), "%+v", tt.span)
	}
	assert.Equal(t, "abc<?>def", tmpl.String())
}

func TestNormalizeAndContains(t *testing.T) {
	tmpl := tp("ab", "", hole, "c")
	assert.Equal(t, Pos{2, 0}, tmpl.Normalize(Pos{0, 2}))
	assert.Equal(t, Pos{2, 0}, tmpl.Normalize(Pos{1, 0}))
	assert.Equal(t, Pos{0, 1}, tmpl.Normalize(Pos{0, 1}))
	assert.Equal(t, Pos{3, 1}, tmpl.End())
	assert.Equal(t, Pos{4, 0}, tmpl.Normalize(tmpl.End()))
	assert.True(t, tmpl.Contains(Pos{0, 1}))
	assert.True(t, tmpl.Contains(Pos{2, 0}))
	assert.False(t, tmpl.Contains(Pos{0, 2}))
	assert.False(t, tmpl.Contains(Pos{1, 0}))
	assert.False(t, tmpl.Contains(tmpl.End()))
}
