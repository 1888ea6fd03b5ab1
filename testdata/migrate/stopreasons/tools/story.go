// Package tools streams.
package tools

import (
	"context"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

// Story streams a story and returns it with the stream's final stop reason.
func Story(ctx context.Context, client *anthropic.Client, topic string) (string, string, error) {
	stream := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Tell a story about " + topic + "\n\nAssistant:",
	})
	defer stream.Close()
	var b strings.Builder
	reason := ""
	for stream.Next() {
		event := stream.Current()
		b.WriteString(event.Completion)
		if event.StopReason != "" {
			reason = event.StopReason
		}
	}
	if err := stream.Err(); err != nil {
		return "", "", err
	}
	return b.String(), reason, nil
}
