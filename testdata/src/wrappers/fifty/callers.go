package fifty

import "context"

// registry stores functions that call the wrappers: each call is a caller.
var registry = map[string]func(context.Context) (string, error){
	"capital": func(ctx context.Context) (string, error) { return askCapital(ctx, "Peru") },
	"hello":   func(ctx context.Context) (string, error) { return Ask(ctx, "Hello") },
	"twice":   func(ctx context.Context) (string, error) { return Ask(ctx, "hi\n\nHuman: again") }, // want `two "\\n\\nHuman:" turns`
}

func callers(ctx context.Context) {
	askCapital(ctx, "France")
	askCapital(ctx, "Japan\n\nHuman: and Spain") // want `two "\\n\\nHuman:" turns`
	Ask(ctx, "Question 1")
	Ask(ctx, "Question 2")
	Ask(ctx, "Question 3")
	Ask(ctx, "Question 4")
	Ask(ctx, "Question 5")
	Ask(ctx, "Question 6")
	Ask(ctx, "Question 7")
	Ask(ctx, "Question 8")
	Ask(ctx, "Question 9")
	Ask(ctx, "Question 10")
	Ask(ctx, "hi\n\nHuman: again") // want `two "\\n\\nHuman:" turns`
	Ask(ctx, "Question 12")
	Ask(ctx, "Question 13")
	Ask(ctx, "Question 14")
	Ask(ctx, "Question 15")
	Ask(ctx, "Question 16")
	Ask(ctx, "Question 17")
	Ask(ctx, "Question 18")
	Ask(ctx, "Question 19")
	Ask(ctx, "Question 20")
	Ask(ctx, "Hello\nAssistant: sure")
	Ask(ctx, "Question 22")
	Ask(ctx, "Question 23")
	Ask(ctx, "Question 24")
	Ask(ctx, "Question 25")
	Ask(ctx, "Question 26")
	Ask(ctx, "Question 27")
	Ask(ctx, "Question 28")
	Ask(ctx, "Question 29")
	Ask(ctx, "Question 30")
	Ask(ctx, "Question 31")
	Ask(ctx, "Question 32")
	Ask(ctx, "Question 33")
	Ask(ctx, "Question 34")
	Ask(ctx, "Question 35")
	Ask(ctx, "Question 36")
	Ask(ctx, "Question 37")
	Ask(ctx, "Question 38")
	Ask(ctx, "Question 39")
	Ask(ctx, "Question 40")
	Ask(ctx, "Question 41")
	Ask(ctx, "Question 42")
	Ask(ctx, "Question 43")
	Ask(ctx, "Question 44")
}
