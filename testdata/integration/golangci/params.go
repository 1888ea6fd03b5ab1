package legacyapp

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// Chat has a prompt without the leading newlines and a temperature out of
// range.
func Chat(ctx context.Context, client *anthropic.Client, question string) (string, error) {
	res, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 1024,
		Temperature:       anthropic.Float(1.5),
		Prompt:            "Human: " + question + "\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	return res.Completion, nil
}
