package legacyapp

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// Translate sends its system text as a Human turn: two Human turns in a row
// are prompt-advice, which .golangci.yml disables.
func Translate(ctx context.Context, client *anthropic.Client, text string) (string, error) {
	res, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 256,
		Prompt:            "\n\nHuman: You are a translator.\n\nHuman: Translate to French: " + text + "\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	return res.Completion, nil
}
