package official

import (
	"context"
	"fmt"

	"github.com/anthropics/anthropic-sdk-go"
)

// Issue 10: this version's stream events carry the stop reason in a
// message_delta event of its own type.

func askService(ctx context.Context, client *anthropic.Client, q string) (string, string, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F("\n\nHuman: " + q + "\n\nAssistant:"),
	})
	if err != nil {
		return "", "", err
	}
	return resp.Completion, resp.StopReason, nil
}

func streamStop(ctx context.Context, client *anthropic.Client) string {
	s := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: stream event's stop reason read at results\.go:\d+: this SDK version carries it in a message_delta event of its own type\)`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F("\n\nHuman: Tell a story\n\nAssistant:"),
	})
	reason := ""
	for s.Next() {
		fmt.Print(s.Current().Completion)
		if s.Current().StopReason != "" {
			reason = s.Current().StopReason
		}
	}
	return reason
}
