// Package legacyapp calls the legacy Text Completions API in the ways the
// golangci-lint end-to-end test checks.
package legacyapp

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// Summarize sends a well-formed legacy prompt: only legacy-api is reported.
func Summarize(ctx context.Context, client *anthropic.Client, text string) (string, error) {
	res, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 512,
		Prompt:            "\n\nHuman: Summarize this text: " + text + "\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	return res.Completion, nil
}
