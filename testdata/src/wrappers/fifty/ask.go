// Package fifty has one wrapper of a legacy request and fifty calls of it:
// one request, so one legacy-api finding, which names every call as a
// related place; the calls keep their own prompt findings.
package fifty

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// Ask is the wrapper: the question goes between the turn markers.
func Ask(ctx context.Context, q string) (string, error) {
	c := anthropic.NewClient()
	res, err := c.Completions.New(ctx, anthropic.CompletionNewParams{ // want `^CompletionService.New sends a legacy Text Completions request`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 256,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	return res.Completion, nil
}

// askCapital passes its parameter on to Ask: a wrapper too, whose callers
// reach the same request.
func askCapital(ctx context.Context, country string) (string, error) {
	return Ask(ctx, "What is the capital of "+country+"?")
}
