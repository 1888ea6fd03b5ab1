package legacyapp

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// OneLine has two findings on one line: the legacy call, and a prompt the
// API rejects (a marker after a single newline). golangci-lint reports both
// only with issues.uniq-by-line: false.
func OneLine(ctx context.Context, client *anthropic.Client) error {
	_, err := client.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", MaxTokensToSample: 5, Prompt: "\n\nHuman: hi\nAssistant:"})
	return err
}
