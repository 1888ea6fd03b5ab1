// Package ask asks single questions.
package ask

import (
	"context"
	"fmt"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

const system = "You are a terse assistant."

// Arithmetic sends a constant prompt with system text.
func Arithmetic(ctx context.Context, client *anthropic.Client) (string, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 100,
		Prompt:            system + "\n\nHuman: What is 2+2?\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	return "arithmetic: " + resp.Completion, nil
}

// Translate sends a Sprintf prompt with a prefill and stop sequences.
func Translate(ctx context.Context, client *anthropic.Client) (string, error) {
	text, lang := "good morning", "French"
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-instant-1.2",
		MaxTokensToSample: 50,
		Temperature:       anthropic.Float(0.3),
		StopSequences:     []string{"\nNote:"},
		Prompt:            fmt.Sprintf("\n\nHuman: Translate %q into %s.\n\nAssistant: Translation:", text, lang),
	})
	if err != nil {
		return "", err
	}
	return "translate: " + strings.TrimSpace(resp.Completion), nil
}
