// Package suppress exercises //completelint:ignore.
package suppress

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

func calls(ctx context.Context, c anthropic.Client) {
	//completelint:ignore legacy-api migrating in JIRA-123
	c.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 5,
		Prompt:            "\n\nHuman: hi\n\nAssistant:",
	})

	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", MaxTokensToSample: 5, Prompt: "\n\nHuman: hi\nAssistant:"}) //completelint:ignore legacy-api,prompt-format tracked elsewhere

	//completelint:ignore legacy-api
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", MaxTokensToSample: 5, Prompt: "\n\nHuman: hi\n\nAssistant:"})

	//completelint:ignore prompt-format wrong category for this line, so legacy-api stays
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", MaxTokensToSample: 5, Prompt: "\n\nHuman: hi\n\nAssistant:"})

	//completelint:ignore no-such-rule because
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", MaxTokensToSample: 5, Prompt: "\n\nHuman: hi\n\nAssistant:"})
}
