// Package manual has calls the migration cannot rewrite.
package manual

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// Raw hands the whole legacy result to its caller.
func Raw(ctx context.Context, client *anthropic.Client) (string, error) {
	c, err := complete(ctx, client)
	if err != nil {
		return "", err
	}
	return "raw: " + c.Completion, nil
}

func complete(ctx context.Context, client *anthropic.Client) (*anthropic.Completion, error) {
	return client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 30,
		Prompt:            "\n\nHuman: Say raw.\n\nAssistant:",
	})
}
