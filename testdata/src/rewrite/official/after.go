package official

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// Issue 10: parameters set after the literal.

func promptAfter(ctx context.Context, client anthropic.Client, q string) (string, error) {
	params := anthropic.CompletionNewParams{
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
	}
	params.Prompt = "\n\nHuman: " + q + "\n\nAssistant:"
	resp, err := client.Completions.New(ctx, params) // want `migrate to the Messages API \(MessageService\.New\)$`
	if err != nil {
		return "", err
	}
	return resp.Completion, nil
}

func paramsAfter(ctx context.Context, client anthropic.Client, q string, long bool) {
	params := anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: " + q + "\n\nAssistant:"}
	params.MaxTokensToSample = 100
	if long {
		params.MaxTokensToSample = 1000
	}
	params.StopSequences = []string{"\n\nHuman:", "END"} // want `"\\n\\nHuman:" in stop_sequences is redundant`
	params.Temperature = anthropic.Float(0.5)
	client.Completions.New(ctx, params) // want `migrate to the Messages API \(MessageService\.New\)$`
}

func systemAfter(ctx context.Context, client anthropic.Client, doc, prefill string) {
	params := anthropic.CompletionNewParams{Model: "claude-opus-4-5", MaxTokensToSample: 100}
	params.Prompt = "Summarise the document.\n\nHuman: " + doc + "\n\nAssistant: " + prefill
	client.Completions.New(ctx, params) // want `migrate to the Messages API \(MessageService\.New\)$`
}

// Which of the two prompts is sent depends on the branch.
func promptTwice(ctx context.Context, client anthropic.Client, q string, polite bool) {
	params := anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", MaxTokensToSample: 100}
	params.Prompt = "\n\nHuman: " + q + "\n\nAssistant:"
	if polite {
		params.Prompt = "\n\nHuman: Please: " + q + "\n\nAssistant:"
	}
	client.Completions.New(ctx, params) // want `no automatic rewrite: parameter prompt is set outside the literal at after\.go:\d+\)`
}
