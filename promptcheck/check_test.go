package promptcheck

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// where is a finding without its message.
type where struct {
	Category Category
	At       Pos
	Whole    bool
}

func wheres(fs []Finding) []where {
	var out []where
	for _, f := range fs {
		out = append(out, where{f.Category, f.At, f.Whole})
	}
	return out
}

// wholeFormat is a prompt-format finding about the prompt as a whole: the
// only rule family that has those.
var wholeFormat = where{Category: PromptFormat, Whole: true}

func atPos(c Category, p Pos) where   { return where{Category: c, At: p} }
func lit(s string) Template           { return Literal(s) }
func in(s, sub string, delta int) Pos { return at(Literal(s), 0, sub, delta) }
func inLast(s, sub string) Pos        { return last(Literal(s), 0, sub, 0) }

func TestCheckDocumentedExamples(t *testing.T) {
	// The examples of the API's prompt validation page: the first six are
	// rejected, the last two accepted only through clean-up.
	const (
		noTurns       = "Hello, world"
		noHuman       = "Hello, world\n\nAssistant:"
		noAssistant   = "\n\nHuman: Hello, Claude"
		humanNotFirst = "\n\nAssistant: Hello, world\n\nHuman: Hello, Claude\n\nAssistant:"
		assistantLast = "\n\nHuman: Hello, Claude\n\nAssistant: Hello, world\n\nHuman: How many toes do dogs have?"
		oneNewline    = "\n\nHuman: Hello, Claude \nAssistant:"
		noLeading     = "Human: Hello, Claude\n\nAssistant:"
		trailingSpace = "\n\nHuman: Hello, Claude:\n\nAssistant: "
	)
	tests := []struct {
		prompt string
		want   []where
	}{
		{noTurns, []where{wholeFormat}},
		{noHuman, []where{atPos(PromptFormat, in(noHuman, "\n\nAssistant:", 0))}},
		{noAssistant, []where{atPos(PromptFormat, Pos{0, 0})}},
		{humanNotFirst, []where{atPos(PromptFormat, Pos{0, 0})}},
		{assistantLast, []where{atPos(PromptFormat, inLast(assistantLast, "\n\nHuman:"))}},
		{oneNewline, []where{atPos(PromptFormat, in(oneNewline, "\nAssistant:", 0))}},
		{noLeading, []where{atPos(PromptSanitized, Pos{0, 0})}},
		{trailingSpace, []where{atPos(PromptSanitized, inLast(trailingSpace, " "))}},
	}
	for _, tt := range tests {
		t.Run(tt.prompt, func(t *testing.T) {
			assert.Equal(t, tt.want, wheres(Check(lit(tt.prompt))))
		})
	}
}

func TestCheck(t *testing.T) {
	const (
		doubled     = "\n\nHuman: \n\nHuman: hi\n\nAssistant:\n\nAssistant:"
		twoHumans   = "\n\nHuman: You are terse.\n\nHuman: hi\n\nAssistant:"
		twoAsst     = "\n\nHuman: hi\n\nAssistant: a\n\nAssistant: b"
		emptyHuman  = "\n\nHuman:  \n\nAssistant: ok\n\nHuman: hi\n\nAssistant:"
		midEmpty    = "\n\nHuman: a\n\nAssistant:\n\nHuman: b\n\nAssistant:"
		labels      = "User: hi\n\nAI: hello\n\nHuman: x\n\nA: y\n\nAssistant:"
		roleTypos   = "\n\nHuman: x\nhuman: y\n\n Human: z\n\nAssistant :"
		qaInTurn    = "\n\nHuman: Q: 2+2?\nA: 4\nUser: me\n\nAssistant:"
		prefillWS   = "\n\nHuman: hi\n\nAssistant: Sure, "
		newlineEnd  = "\n\nHuman: hi\n\nAssistant:\n"
		twoSpaces   = "\n\nHuman: hi\n\nAssistant:  "
		singleHuman = "\n\nHuman: a\n\nAssistant: b\nHuman: c\n\nAssistant:"
		leadingNL   = "\nHuman: hi\n\nAssistant:"
		bareAsst    = "Assistant: hi\n\nHuman: x\n\nAssistant:"
	)
	tests := []struct {
		name string
		tmpl Template
		want []where
	}{
		// Good prompts.
		{"minimal", lit("\n\nHuman: hi\n\nAssistant:"), nil},
		{"system and prefill", lit("You are terse.\n\nHuman: hi\n\nAssistant: {"), nil},
		{"multi turn", lit("\n\nHuman: a\n\nAssistant: b\n\nHuman: c\n\nAssistant:"), nil},
		{"extra newlines", lit("\n\n\nHuman: a\n\n\n\nAssistant:"), nil},
		{"text mentioning markers", lit("\n\nHuman: the word Human: appears\n\nAssistant:"), nil},

		// prompt-format.
		{"empty", lit(""), []where{wholeFormat}},
		{"whitespace only", lit(" \n"), []where{wholeFormat}},
		{"single newline before Human is text: two Assistant turns", lit(singleHuman), []where{
			atPos(PromptAdvice, inLast(singleHuman, "\n\nAssistant:")),
		}},
		{"single newline at the start", lit(leadingNL), []where{atPos(PromptFormat, Pos{0, 0})}},
		{"bare Assistant first", lit(bareAsst), []where{atPos(PromptFormat, Pos{0, 0})}},

		// prompt-sanitized.
		{"prefill ends in whitespace", lit(prefillWS), []where{atPos(PromptSanitized, in(prefillWS, ", ", 1))}},
		{"newline after final Assistant", lit(newlineEnd), []where{atPos(PromptSanitized, inLast(newlineEnd, "\n"))}},
		{"two spaces after final Assistant", lit(twoSpaces), []where{atPos(PromptSanitized, in(twoSpaces, "  ", 0))}},

		// prompt-advice.
		{"wrapped twice, reported once", lit(doubled), []where{atPos(PromptAdvice, Pos{0, 0})}},
		{"two Human turns", lit(twoHumans), []where{atPos(PromptAdvice, in(twoHumans, "\n\nHuman: hi", 0))}},
		{"two Assistant turns", lit(twoAsst), []where{atPos(PromptAdvice, in(twoAsst, "\n\nAssistant: b", 0))}},
		{"empty Human turn", lit(emptyHuman), []where{atPos(PromptAdvice, Pos{0, 0})}},
		{"empty Assistant turn before the end", lit(midEmpty), []where{atPos(PromptAdvice, in(midEmpty, "\n\nAssistant:", 0))}},
		{"label lookalikes", lit(labels), []where{
			atPos(PromptAdvice, Pos{0, 0}),
			atPos(PromptAdvice, in(labels, "\n\nAI:", 0)),
			atPos(PromptAdvice, in(labels, "\n\nA:", 0)),
		}},
		{"misspelt role words", lit(roleTypos), []where{
			atPos(PromptFormat, Pos{0, 0}), // no Assistant turn: at the last marker
			atPos(PromptAdvice, in(roleTypos, "\nhuman:", 0)),
			atPos(PromptAdvice, in(roleTypos, "\n\n Human:", 0)),
			atPos(PromptAdvice, in(roleTypos, "\n\nAssistant :", 0)),
		}},
		{"few-shot labels inside a turn are fine", lit(qaInTurn), nil},
		{"a chat log quoted inside a turn is fine", lit("\n\nHuman: Summarise:\n<chat>\nHuman: my order is late\nAssistant: sorry, let me check\n</chat>\n\nAssistant:"), nil},

		// Holes.
		{"only a hole", tp(hole), nil},
		{"only holes", tp(hole, hole), nil},
		{"literal text and a hole without markers has no turns", tp("Answer: ", hole), []where{wholeFormat}},
		{"blank lines around a hole are fully unknown", tp("\n\n", hole, "\n"), nil},
		{"hole as the Human body", tp("\n\nHuman: ", hole, "\n\nAssistant:"), nil},
		{"hole may be empty, may not", tp("\n\nHuman:", hole, "\n\nAssistant:"), nil},
		{"hole at the end after Assistant", tp("\n\nHuman: hi\n\nAssistant: ", hole), nil},
		{"prompt starts with a hole", tp(hole, "Human: hi\n\nAssistant:"), nil},
		{"single newline after a hole is still the author's marker", tp("\n\nHuman: ", hole, "\nAssistant:"),
			[]where{atPos(PromptFormat, Pos{2, 0})}},
		{"history hole may carry the Human turn", tp(hole, "\n\nAssistant:"), nil},
		{"hole then trailing space is certain", tp("\n\nHuman: hi\n\nAssistant: ", hole, " "),
			[]where{atPos(PromptSanitized, Pos{2, 0})}},
		{"hole does not hide a missing Assistant turn", tp("\n\nHuman: ", hole),
			[]where{atPos(PromptFormat, Pos{0, 0})}},
		{"hole does not hide a literal single newline", tp("\n\nHuman: ", hole, " \nAssistant:"),
			[]where{atPos(PromptFormat, Pos{2, 1})}},
		{"empty Human turn before a hole turn", tp("\n\nHuman:\n\nAssistant: ok\n\nHuman: ", hole, "\n\nAssistant:"),
			[]where{atPos(PromptAdvice, Pos{0, 0})}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, wheres(Check(tt.tmpl)))
		})
	}
}

func TestCheckMessages(t *testing.T) {
	tests := []struct {
		prompt string
		want   string
	}{
		{"\n\nHuman: Hello, Claude \nAssistant:", `"\nAssistant:" is preceded by a single newline, so the API reads it as text and rejects the prompt for want of a final "\n\nAssistant:" turn: use "\n\nAssistant:"`},
		{"\r\n\r\nHuman: hi\r\n\r\nAssistant:", `"\r\n\r\nAssistant:" uses "\r\n" line endings, so the API reads it as text and rejects the prompt for want of a final "\n\nAssistant:" turn: use "\n\nAssistant:"`},
		{"Hello, world\n\nAssistant:", `prompt must start with "\n\nHuman:" turn after an optional system prompt: there is no "\n\nHuman:" turn`},
		{"\n\nHuman: Hello, Claude", `prompt must end with "\n\nAssistant:" turn: there is no "\n\nAssistant:" turn; end the prompt with "\n\nAssistant:"`},
		{"\n\nHuman: hi\n\nAI:", `"AI:" is not a turn marker; the API only knows "\n\nHuman:" and "\n\nAssistant:": use "\n\nAssistant:"`},
		{"\n\nHuman: a\n\nHuman: b\n\nAssistant:", `two "\n\nHuman:" turns in a row: system text sent as a Human turn? put instructions before the first "\n\nHuman:" as a system prompt, or merge the turns`},
		{"\n\nHuman: \n\nHuman: hi\n\nAssistant:", `"\n\nHuman:" is directly followed by another "\n\nHuman:": the prompt looks wrapped in turns twice; remove the extra markers`},
	}
	for _, tt := range tests {
		fs := Check(lit(tt.prompt))
		require.NotEmpty(t, fs, "%q", tt.prompt)
		assert.Equal(t, tt.want, fs[len(fs)-1].Message, "%q", tt.prompt)
	}
}

func TestCheckMessageStyle(t *testing.T) {
	prompts := []string{"", "x", "Human: a\n\nAssistant: ", "\n\nAssistant: a\n\nHuman: b\nAssistant: c\n\nUser: d\n\nHuman:\n\nHuman: e"}
	for _, p := range prompts {
		for _, f := range Check(lit(p)) {
			assert.True(t, f.Category.Valid(), f.Message)
			assert.NotEmpty(t, f.Message)
			assert.NotEqual(t, ".", f.Message[len(f.Message)-1:], f.Message)
			assert.Equal(t, f.Message[:1], lowerFirst(f.Message[:1]), f.Message)
		}
	}
}

func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}

func TestCheckIsSortedAndDeduplicated(t *testing.T) {
	fs := Check(lit("\n\nAssistant: a\n\nHuman: \n\nHuman: b\nAssistant:  \n\nUser: x\n\nAssistant:\n\nAssistant: "))
	require.NotEmpty(t, fs)
	for i := 1; i < len(fs); i++ {
		prev, cur := fs[i-1], fs[i]
		assert.False(t, cur.At.Less(prev.At), "not sorted: %+v before %+v", prev, cur)
		assert.NotEqual(t, prev, cur)
	}
	assert.Equal(t, fs, Check(lit("\n\nAssistant: a\n\nHuman: \n\nHuman: b\nAssistant:  \n\nUser: x\n\nAssistant:\n\nAssistant: ")))
}

func TestPartial(t *testing.T) {
	f := Partial(1<<20, true)
	assert.Equal(t, PromptAdvice, f.Category)
	assert.True(t, f.Whole)
	assert.Contains(t, f.Message, "larger than 1 MiB")
	assert.Contains(t, Partial(1000, true).Message, "larger than 1000 bytes")
	assert.Contains(t, Partial(1<<20, false).Message, "not checked")
}
