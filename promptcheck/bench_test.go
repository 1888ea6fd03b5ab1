package promptcheck

import (
	"strings"
	"testing"
)

// typicalPrompt is a 2KB prompt: a system prompt, a few-shot exchange and a
// question with a prefill.
func typicalPrompt() Template {
	var b strings.Builder
	b.WriteString("You are a support assistant for a bookshop. Answer briefly and politely.\n")
	for b.Len() < 1200 {
		b.WriteString("Keep answers under three sentences. Never invent prices or stock levels.\n")
	}
	for i := 0; b.Len() < 1900; i++ {
		b.WriteString("\n\nHuman: Do you have a copy of the book I ordered last week?")
		b.WriteString("\n\nAssistant: Let me check: could you give me your order number?")
	}
	b.WriteString("\n\nHuman: ")
	return Template{{Text: b.String()}, {Hole: true}, {Text: "\n\nAssistant: Answer:"}}
}

func BenchmarkCheck(b *testing.B) {
	t := typicalPrompt()
	b.SetBytes(int64(len(t.String())))
	b.ReportAllocs()
	for b.Loop() {
		Check(t)
	}
}
