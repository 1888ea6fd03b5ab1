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

// Each legacy event carried text: a loop that counts them counts text
// deltas after the rewrite, not every Messages event.
func countChunks(ctx context.Context, client anthropic.Client) int {
	s := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.NewStreaming\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Tell a story\n\nAssistant:",
	})
	n := 0
	for s.Next() {
		n++
		fmt.Print(s.Current().Completion)
	}
	return n
}
