// Package stream prints streamed answers.
package stream

import (
	"context"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

// Story streams an answer and joins its chunks.
func Story(ctx context.Context, client *anthropic.Client) (string, error) {
	topic := "a lighthouse"
	s := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 200,
		TopP:              anthropic.Float(0.9),
		Prompt:            "\n\nHuman: Tell a story about " + topic + ".\n\nAssistant:",
	})
	defer s.Close()
	var chunks []string
	for s.Next() {
		chunks = append(chunks, s.Current().Completion)
	}
	if err := s.Err(); err != nil {
		return "", err
	}
	return "story: " + strings.Join(chunks, "|"), nil
}
