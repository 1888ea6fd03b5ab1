// Package llm hides the legacy API behind a helper. Its own call is
// acknowledged with a suppression; callers in other packages are still
// reported, through the wrapper fact that nogo passes between actions.
package llm

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// Ask sends q between the turn markers.
func Ask(ctx context.Context, q string) (string, error) {
	c := anthropic.NewClient()
	//completelint:ignore legacy-api the callers are reported instead
	res, err := c.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 256,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	return res.Completion, nil
}
