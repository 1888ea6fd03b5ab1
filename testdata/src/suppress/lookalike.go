package suppress

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// lookalikes are comments meant as suppressions that are not: each is
// reported, and suppresses nothing.
func lookalikes(ctx context.Context, c anthropic.Client) {
	// completelint:ignore legacy-api a space after the slashes
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", MaxTokensToSample: 5, Prompt: "\n\nHuman: hi\n\nAssistant:"})

	//completelint:ignore legacy-api, prompt-format a space after the comma
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", MaxTokensToSample: 5, Prompt: "\n\nHuman: hi\n\nAssistant:"})

	//completelint:ignored legacy-api not the directive's name
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", MaxTokensToSample: 5, Prompt: "\n\nHuman: hi\n\nAssistant:"})
}
