package official

import (
	"context"
	"fmt"

	"github.com/anthropics/anthropic-sdk-go"
)

func emptyAssistant(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: Assistant turn 2 at turns\.go:14 is empty, which the Messages API rejects, and dropping it would change the conversation\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Hi\n\nAssistant:\n\nHuman: Again\n\nAssistant:", // want `empty "\\n\\nAssistant:" turn before the end`
	})
}

func blankHuman(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: Human turn 1 at turns\.go:22 is empty, which the Messages API rejects, and dropping it would change the conversation\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman:  \n\nAssistant: Yes?\n\nHuman: Go on\n\nAssistant:", // want `empty "\\n\\nHuman:" turn`
	})
}

func prefillHole(ctx context.Context, client anthropic.Client, answer string) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Continue\n\nAssistant: The answer is " + answer,
	})
}

func prefillHoleSpace(ctx context.Context, client anthropic.Client, answer string) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            fmt.Sprintf("\n\nHuman: Continue\n\nAssistant: %q: %v ", answer, answer), // want `prefill after the final .* ends in whitespace`
	})
}

func prefillNumber(ctx context.Context, client anthropic.Client, step int) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            fmt.Sprintf("\n\nHuman: Continue\n\nAssistant: Step %d", step),
	})
}

func prefillOnlyHole(ctx context.Context, client anthropic.Client, prefill string) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Continue\n\nAssistant: " + prefill,
	})
}

// CRLF line endings are text to the API; the rewrite reads them as the
// turns they were meant to be, without the carriage returns.
func crlf(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\r\n\r\nHuman: Name a colour.\r\n\r\nAssistant:", // want `"\\r\\n\\r\\nHuman:" uses "\\r\\n" line endings` `"\\r\\n\\r\\nAssistant:" uses "\\r\\n" line endings`
	})
}
