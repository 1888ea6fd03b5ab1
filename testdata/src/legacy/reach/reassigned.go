package reach

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// askTerse wraps its parameter in turns by reassigning it: it is a wrapper
// with the template "\n\nHuman: {2}\nAssistant:", and its own prompt error
// is reported.
func askTerse(ctx context.Context, c anthropic.Client, prompt string) {
	prompt = "\n\nHuman: " + prompt + "\nAssistant:"      // want `"\\nAssistant:" is preceded by a single newline`
	c.Completions.New(ctx, anthropic.CompletionNewParams{ // want `CompletionService.New sends a legacy`
		Model:             "claude-sonnet-4-6",
		Prompt:            prompt,
		MaxTokensToSample: 100,
	})
}

// askSystem builds the prompt in two statements around the parameter.
func askSystem(ctx context.Context, c anthropic.Client, prompt string) {
	prompt = "You are terse." + prompt
	prompt += "\n\nAssistant:"
	c.Completions.New(ctx, anthropic.CompletionNewParams{ // want `CompletionService.New sends a legacy`
		Model:             "claude-sonnet-4-6",
		Prompt:            prompt,
		MaxTokensToSample: 100,
	})
}

func callers(ctx context.Context, c anthropic.Client) {
	askTerse(ctx, c, "hi")
	askSystem(ctx, c, "\n\nHuman: hi")
	askSystem(ctx, c, " Human: hi") // want `prompt must start with "\\n\\nHuman:" turn`
}
