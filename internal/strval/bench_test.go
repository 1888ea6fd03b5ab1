package strval

import "testing"

const benchSrc = `
const system = "You are a helpful assistant."

type message struct{ user, assistant string }

func build(history []message, question string, n int) {
	var b strings.Builder
	b.WriteString(system)
	for _, m := range history {
		fmt.Fprintf(&b, "\n\nHuman: %s\n\nAssistant: %s", m.user, m.assistant)
	}
	prompt := b.String()
	prompt += fmt.Sprintf("\n\nHuman: %s (answer in %d words)", question, n)
	prompt += "\n\nAssistant:"
	use(prompt)
}
`

func BenchmarkEval(b *testing.B) {
	s := load(b, benchSrc, false)
	args, fns := s.uses()
	b.ReportAllocs()
	for b.Loop() {
		v := New(s.info).Eval(args[0], fns[0])
		if len(v.Pieces) != 7 {
			b.Fatalf("got %d pieces", len(v.Pieces))
		}
	}
}
