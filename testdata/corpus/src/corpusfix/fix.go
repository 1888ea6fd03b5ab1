// Package corpusfix is the "before" side of the corpus test's own fixture:
// one legacy request per function. fix.go.golden is hand-written, in the
// shapes a rewrite may produce, to test how the corpus test reads them.
package corpusfix

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/anthropics/anthropic-sdk-go"
)

const prompt = "\n\nHuman: Hi\n\nAssistant:"

func paramsVar(ctx context.Context, c anthropic.Client) {
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-2.1", MaxTokensToSample: 50000, Prompt: prompt})
}

func tooLong(ctx context.Context, c anthropic.Client) {
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-2.1", MaxTokensToSample: 50000, Prompt: prompt})
}

func streamed(ctx context.Context, c anthropic.Client) {
	c.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{Model: "claude-2.1", MaxTokensToSample: 50000, Prompt: prompt})
}

func literalMessages(ctx context.Context, c anthropic.Client) {
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-2.1", MaxTokensToSample: 10, Prompt: prompt})
}

func trimmed(ctx context.Context, c anthropic.Client, q string, n int) {
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-2.1", MaxTokensToSample: 10, Prompt: prompt})
}

func overModel(ctx context.Context, c anthropic.Client) {
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-2.1", MaxTokensToSample: 200000, Prompt: prompt})
}

func blankStop(ctx context.Context, c anthropic.Client) {
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-2.1", MaxTokensToSample: 10, Prompt: prompt, StopSequences: []string{"\n"}})
}

func mapBody(base, q string) {
	body := map[string]any{"model": "claude-2.1", "prompt": "\n\nHuman: " + q + "\n\nAssistant:"}
	body["max_tokens_to_sample"] = 10
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest("POST", base+"/v1/complete", bytes.NewReader(b))
	http.DefaultClient.Do(req)
}

func orEmpty(ctx context.Context, c anthropic.Client, q string) {
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-2.1", MaxTokensToSample: 10, Prompt: "\n\nHuman: " + q + "\n\nAssistant:"})
}
