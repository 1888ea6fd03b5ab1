// Package params exercises the parameter rules.
package params

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

const ok = "\n\nHuman: hi\n\nAssistant:"

func ranges(ctx context.Context, c anthropic.Client, t float64) {
	c.Completions.New(ctx, anthropic.CompletionNewParams{ // want `legacy`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 0, // want `max_tokens_to_sample`
		Prompt:            ok,
		Temperature:       anthropic.Float(1.5), // want `temperature`
		TopK:              anthropic.Int(-3),    // want `top_k`
	})
	c.Completions.New(ctx, anthropic.CompletionNewParams{ // want `legacy` `max_tokens_to_sample`
		Model:  "claude-sonnet-4-6",
		Prompt: ok,
		TopP:   anthropic.Float(-0.1), // want `top_p`
	})
	// Unknown values are not judged.
	c.Completions.New(ctx, anthropic.CompletionNewParams{ // want `legacy`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            ok,
		Temperature:       anthropic.Float(t),
	})
}

func advice(ctx context.Context, c anthropic.Client) {
	c.Completions.New(ctx, anthropic.CompletionNewParams{ // want `legacy`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            ok,
		Temperature:       anthropic.Float(0.5),
		TopP:              anthropic.Float(0.9),          // want `top_p`
		StopSequences:     []string{"END", "\n\nHuman:"}, // want `stop_sequences`
		Metadata: anthropic.MetadataParam{
			UserID: anthropic.String("jane.doe@example.com"), // want `user_id`
		},
	})
}
