package official

import (
	"context"
	"fmt"

	"github.com/anthropics/anthropic-sdk-go"
)

func emptyAssistant(ctx context.Context, client *anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: Assistant turn 2 at turns\.go:14 is empty, which the Messages API rejects, and dropping it would change the conversation\)`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F("\n\nHuman: Hi\n\nAssistant:\n\nHuman: Again\n\nAssistant:"), // want `empty "\\n\\nAssistant:" turn before the end`
	})
}

func blankHuman(ctx context.Context, client *anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: Human turn 1 at turns\.go:22 is empty, which the Messages API rejects, and dropping it would change the conversation\)`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F("\n\nHuman:  \n\nAssistant: Yes?\n\nHuman: Go on\n\nAssistant:"), // want `empty "\\n\\nHuman:" turn`
	})
}

func prefillHole(ctx context.Context, client *anthropic.Client, answer string) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F("\n\nHuman: Continue\n\nAssistant: The answer is " + answer),
	})
}

func prefillHoleSpace(ctx context.Context, client *anthropic.Client, answer string) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F(fmt.Sprintf("\n\nHuman: Continue\n\nAssistant: %q: %v ", answer, answer)), // want `prefill after the final .* ends in whitespace`
	})
}

func prefillNumber(ctx context.Context, client *anthropic.Client, step int) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F(fmt.Sprintf("\n\nHuman: Continue\n\nAssistant: Step %d", step)),
	})
}

func prefillOnlyHole(ctx context.Context, client *anthropic.Client, prefill string) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F("\n\nHuman: Continue\n\nAssistant: " + prefill),
	})
}
