package official

import (
	"context"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

// Issue 10: the stop reason helper takes this version's MessageStopReason;
// a stream event's stop reason is a plain string, converted.

func askService(ctx context.Context, client anthropic.Client, q string) (string, string, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
	})
	if err != nil {
		return "", "", err
	}
	return resp.Completion, resp.StopReason, nil
}

func streamStop(ctx context.Context, client anthropic.Client) (string, string) {
	s := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.NewStreaming\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Tell a story\n\nAssistant:",
	})
	var text strings.Builder
	reason := ""
	for s.Next() {
		text.WriteString(s.Current().Completion)
		if r := s.Current().StopReason; r != "" {
			reason = r
		}
	}
	return text.String(), reason
}
