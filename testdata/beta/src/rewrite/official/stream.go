package official

import (
	"context"
	"fmt"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

func stream(ctx context.Context, client anthropic.Client) (string, error) {
	var sb strings.Builder
	s := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.NewStreaming\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Tell a story\n\nAssistant:",
	})
	defer s.Close()
	for s.Next() {
		sb.WriteString(s.Current().Completion)
	}
	return sb.String(), s.Err()
}

func streamEvent(ctx context.Context, client anthropic.Client) {
	s := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.NewStreaming\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Tell a story\n\nAssistant:",
	})
	for s.Next() {
		ev := s.Current()
		fmt.Print(ev.Completion)
	}
}
