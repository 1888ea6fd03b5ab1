// Package bad has a call whose rewrite does not build with -tags extra:
// there, client is an offline fake that only answers Completions. The
// analysis runs without the tag and cannot know.
package bad

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// Ask asks one question.
func Ask(ctx context.Context) (string, error) {
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
