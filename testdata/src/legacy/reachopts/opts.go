// Package reachopts exercises request options that leave the body alone:
// the parameters seen prove what is missing.
package reachopts

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/option"
)

// Options that leave the body alone prove what is missing.
func harmlessOption(ctx context.Context, c anthropic.Client) {
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6"}, option.WithMaxRetries(2)) // want `CompletionService.New sends a legacy` `max_tokens_to_sample is required` `request has no prompt`
}
