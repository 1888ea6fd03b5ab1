package official

import (
	"context"
	"fmt"

	"github.com/anthropics/anthropic-sdk-go"
)

func escapes(ctx context.Context, client anthropic.Client) (*anthropic.Completion, error) {
	return client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: result is returned at nofix.go:11\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Hi\n\nAssistant:",
	})
}

func passed(ctx context.Context, client anthropic.Client) {
	resp, _ := client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Hi\n\nAssistant:",
	})
	use(resp)
}

func use(*anthropic.Completion) {}

func fromCaller(ctx context.Context, client anthropic.Client, prompt string) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: prompt is built in another function\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

func noAssistant(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: prompt does not end with an Assistant turn\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Hi", // want `prompt must end with "\\n\\nAssistant:" turn`
	})
}

func betas(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: parameter Betas has no counterpart of the same type in MessageNewParams\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Hi\n\nAssistant:",
		Betas:             []anthropic.AnthropicBeta{"x"},
	})
}

func indexed(ctx context.Context, client anthropic.Client, a string) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            fmt.Sprintf("\n\nHuman: %[1]s\n\nAssistant:", a),
	})
}

func fromCallee(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            buildPrompt(),
	})
}

func buildPrompt() string { return "\n\nHuman: Hi\n\nAssistant:" }

func formatFromCaller(ctx context.Context, client anthropic.Client, format, a string) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: prompt is not a constant format: fmt\.Sprintf\(format, \.\.\.\)\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            fmt.Sprintf(format, a),
	})
}

func extraArgs(ctx context.Context, client anthropic.Client, a string) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: prompt cannot be evaluated statically \(fmt\.Sprintf\("\\n\\nHuman: %s\\n\\nAssistant:", a, a\)\)\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            fmt.Sprintf("\n\nHuman: %s\n\nAssistant:", a, a),
	})
}

// Issue 9: requests the target model would reject get no rewrite.

func configuredRejectsPrefill(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: claude-sonnet-4-6 rejects a prefill \(a final assistant message\)\)`
		Model:             "claude-2", // want `model "claude-2" was retired on `
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Name a colour.\n\nAssistant: <colour>",
	})
}

func temperatureAndTopP(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: no current model accepts temperature and top_p together\)`
		Model:             "claude-2.0", // want `model "claude-2\.0" was retired on `
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Name a colour.\n\nAssistant:",
		Temperature:       anthropic.Float(0.3),
		TopP:              anthropic.Float(0.8), // want `temperature and top_p are both set`
	})
}

func newlineStop(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: stop sequence 1 has no non-whitespace character, which the Messages API rejects\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Name a colour.\n\nAssistant:",
		StopSequences:     []string{"\n"},
	})
}

func historyFirst(ctx context.Context, client anthropic.Client, history, q string) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: the text before the first "\\n\\nHuman:" is history, which may hold earlier turns; the legacy API read turns in it\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            history + "\n\nHuman: " + q + "\n\nAssistant:",
	})
}

func twoAssistantTurnsAtTheEnd(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: the prompt ends with two Assistant turns \(at nofix.go:\d+\): the Messages API would continue the earlier one instead of writing a new turn\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: q\n\nAssistant: a\n\nAssistant:", // want `two "\\n\\nAssistant:" turns in a row`
	})
}

// A fix never writes an id the tables do not know.
func unknownModelID(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: model "claude-2.2" is not in completelint's tables \(read 2026-12-05\): map it with -model-map\)`
		Model:             "claude-2.2",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Name a colour.\n\nAssistant:",
	})
}
