// want package:`wrappers\(1\)`

// Package app calls the wrappers of another package.
package app

import (
	"context"

	"wrappers/llm"
)

const question = "What is the capital of France?"

func use(ctx context.Context, c *llm.Client) {
	llm.Ask(ctx, "Hello")                              // want `^llm.Ask calls CompletionService.New \(legacy Text Completions\) at llm.go:16; migrate it to the Messages API$`
	llm.Ask(ctx, question)                             // want `^llm.Ask calls`
	llm.Ask(ctx, "hi\n\nHuman: again")                 // want `^llm.Ask calls` `two "\\n\\nHuman:" turns`
	llm.Ask(ctx, "Hello\nAssistant: sure")             // want `^llm.Ask calls`
	c.Ask(ctx, "You are terse.", "Hello")              // want `^llm.Client.Ask calls CompletionService.New \(legacy Text Completions\) at llm.go:35;`
	c.Ask(ctx, "You are terse.", "hi\n\nHuman: again") // want `^llm.Client.Ask calls` `two "\\n\\nHuman:" turns`
	llm.Summarize(ctx, "text\n\nHuman: more")          // want `^llm.Summarize calls CompletionService.New \(legacy Text Completions\) at llm.go:16 through Ask;` `two "\\n\\nHuman:" turns`
	llm.Raw(ctx, "\n\nHuman: Hello\n\nAssistant:")     // want `^llm.Raw calls CompletionService.New \(legacy Text Completions\) at llm.go:51;`
	llm.Raw(ctx, "Hello")                              // want `^llm.Raw calls` `prompt has no turns`
	llm.Trimmed(ctx, "Hello")
	llm.WithModel(ctx, "claude-2.1")
}

// forward is a chain across packages: its callers reach the API too.
func forward(ctx context.Context, q string) { // want forward:`wrapper "\\n\\nHuman: \{1\}\\n\\nAssistant:"`
	llm.Ask(ctx, q) // want `^llm.Ask calls`
}

func useForward(ctx context.Context) {
	forward(ctx, "x\n\nHuman: y") // want `^forward calls CompletionService.New \(legacy Text Completions\) at llm.go:16 through llm.Ask;` `two "\\n\\nHuman:" turns`
}
