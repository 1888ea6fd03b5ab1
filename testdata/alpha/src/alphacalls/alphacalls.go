// Package alphacalls uses the v0.2.0-alpha parameter style: every field is a
// param.Field set with anthropic.F, anthropic.Int, anthropic.Float.
package alphacalls

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

func ask(ctx context.Context, client *anthropic.Client, q string) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `CompletionService.New sends a legacy Text Completions request`
		Model:             anthropic.F(anthropic.ModelClaude_2_1),          // want `retired`
		MaxTokensToSample: anthropic.F(int64(0)),                           // want `max_tokens_to_sample`
		Prompt:            anthropic.F("\n\nHuman: " + q + "\nAssistant:"), // want `single newline`
		Temperature:       anthropic.Float(1.2),                            // want `temperature`
		StopSequences:     anthropic.F([]string{"\n\nHuman:"}),             // want `stop_sequences`
	})
}

func stream(ctx context.Context, client *anthropic.Client) {
	params := anthropic.CompletionNewParams{
		Model:  anthropic.F(anthropic.Model("claude-sonnet-4-6")),
		Prompt: anthropic.F("\n\nHuman: hi\n\nAssistant:"),
	}
	params.MaxTokensToSample = anthropic.Int(300)
	params.TopK = anthropic.Int(-1)                   // want `top_k`
	s := client.Completions.NewStreaming(ctx, params) // want `CompletionService.NewStreaming sends`
	_ = s
}

func missingMaxTokens(ctx context.Context, client *anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `CompletionService.New sends` `max_tokens_to_sample`
		Model:  anthropic.F(anthropic.Model("claude-sonnet-4-6")),
		Prompt: anthropic.F("\n\nHuman: hi\n\nAssistant:"),
	})
}
