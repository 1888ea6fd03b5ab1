// Package langchaingo exercises langchaingo's Anthropic client: only its
// legacy text-completions mode is reported.
package langchaingo

import (
	"context"

	"github.com/tmc/langchaingo/llms/anthropic"
)

func legacy(ctx context.Context) (string, error) {
	llm, err := anthropic.New(
		anthropic.WithModel("claude-2.1"),
		anthropic.WithLegacyTextCompletionsAPI(), // want `anthropic.WithLegacyTextCompletionsAPI makes langchaingo's Anthropic client send legacy Text Completions requests`
	)
	if err != nil {
		return "", err
	}
	return llm.Call(ctx, "\n\nHuman: hi\n\nAssistant:")
}

// fromConfig appends the option to a list, as configuration code does.
func fromConfig(legacyMode bool) (*anthropic.LLM, error) {
	opts := []anthropic.Option{anthropic.WithToken("key")}
	if legacyMode {
		opts = append(opts, anthropic.WithLegacyTextCompletionsAPI()) // want `WithLegacyTextCompletionsAPI makes`
	}
	return anthropic.New(opts...)
}

// messages is the default Messages client: not reported.
func messages(ctx context.Context) (string, error) {
	llm, err := anthropic.New(anthropic.WithModel("claude-sonnet-4-6"))
	if err != nil {
		return "", err
	}
	return llm.Call(ctx, "hi")
}
