// Package good has a call whose rewrite builds in every configuration.
package good

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// Ask asks one question.
func Ask(ctx context.Context, client *anthropic.Client) (string, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 10,
		Prompt:            "\n\nHuman: Say hi.\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	return resp.Completion, nil
}
