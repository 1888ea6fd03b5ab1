// want package:`wrappers\(1\)`

// Package app calls the wrappers of another package.
package app

import (
	"context"

	"wrappers/llm"
)

const question = "What is the capital of France?"

func use(ctx context.Context, c *llm.Client) {
	llm.Ask(ctx, "Hello")
	llm.Ask(ctx, question)
	llm.Ask(ctx, "hi\n\nHuman: again") // want `two "\\n\\nHuman:" turns`
	llm.Ask(ctx, "Hello\nAssistant: sure")
	c.Ask(ctx, "You are terse.", "Hello")
	c.Ask(ctx, "You are terse.", "hi\n\nHuman: again") // want `two "\\n\\nHuman:" turns`
	llm.Summarize(ctx, "text\n\nHuman: more")          // want `two "\\n\\nHuman:" turns`
	llm.Raw(ctx, "\n\nHuman: Hello\n\nAssistant:")
	llm.Raw(ctx, "Hello") // want `prompt has no turns`
	llm.Trimmed(ctx, "Hello")
	llm.WithModel(ctx, "claude-2.1")
}

// forward is a chain across packages: its callers reach the API too.
func forward(ctx context.Context, q string) { // want forward:`wrapper "\\n\\nHuman: \{1\}\\n\\nAssistant:"`
	llm.Ask(ctx, q)
}

func useForward(ctx context.Context) {
	forward(ctx, "x\n\nHuman: y") // want `two "\\n\\nHuman:" turns`
}
