// Package chat continues conversations.
package chat

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// FewShot sends a conversation with an earlier Assistant turn.
func FewShot(ctx context.Context, client *anthropic.Client) (string, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 20,
		TopK:              anthropic.Int(5),
		Metadata:          anthropic.MetadataParam{UserID: anthropic.String("user-42")},
		Prompt:            "\n\nHuman: Say hi.\n\nAssistant: Hi!\n\nHuman: Say bye.\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	return "few-shot: " + resp.Completion, nil
}

// Pinned stays on the legacy API on purpose.
func Pinned(ctx context.Context, client *anthropic.Client) (string, error) {
	//completelint:ignore legacy-api pinned until the evaluation is redone
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 20,
		Prompt:            "\n\nHuman: Say yes.\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	return "pinned: " + resp.Completion, nil
}
