// Package legacy calls the legacy API directly, with a retired model.
package legacy

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// Summarize sends a legacy request.
func Summarize(ctx context.Context, text string) (string, error) {
	c := anthropic.NewClient()
	res, err := c.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 256,
		Prompt:            "\n\nHuman: Summarize: " + text + "\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	return res.Completion, nil
}
