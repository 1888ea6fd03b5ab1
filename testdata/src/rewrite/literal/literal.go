package literal

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

func literal(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "Human: Hi\nAssistant: Well  ", // want `prompt starts with "Human:" without the leading "\\n\\n"` `"\\nAssistant:" is preceded by a single newline` `the prefill after the final "\\n\\nAssistant:" ends in whitespace`
	})
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            `Human: Hi` + "\n\nAssistant:", // want `prompt starts with "Human:" without the leading "\\n\\n"`
	})
	// A chat log quoted inside the Human turn is valid: nothing to fix.
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Summarise:\n<chat>\nHuman: late order\nAssistant: sorry\n</chat>\n\nAssistant:",
	})
}
