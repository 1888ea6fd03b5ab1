package legacyapp

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// Ping is suppressed with a nolint directive covering the whole statement:
// nothing in it is reported or fixed by golangci-lint.
func Ping(ctx context.Context, client *anthropic.Client) error {
	//nolint:completelint // kept as the legacy canary
	_, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 1,
		Prompt:            "ping\n\nAssistant:",
	})
	return err
}
