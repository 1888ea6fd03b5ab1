package reach

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/option"
)

// The body arrives at run time: the parameters seen are not what is sent,
// so nothing is said to be missing.
func requestBody(ctx context.Context, c anthropic.Client, raw []byte) {
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6"}, option.WithRequestBody("application/json", raw)) // want `CompletionService.New sends a legacy`
}

func jsonSet(ctx context.Context, c anthropic.Client, q string) {
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", MaxTokensToSample: 100}, // want `CompletionService.New sends a legacy`
		option.WithJSONSet("prompt", "\n\nHuman: "+q+"\n\nAssistant:"))
}

func someOptions(ctx context.Context, c anthropic.Client, opts []option.RequestOption) {
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6"}, opts...) // want `CompletionService.New sends a legacy`
}

// The prompt is set by another function, or through a pointer.
func filledElsewhere(ctx context.Context, c anthropic.Client) {
	p := anthropic.CompletionNewParams{Model: "claude-sonnet-4-6"}
	fill(&p)
	c.Completions.New(ctx, p) // want `CompletionService.New sends a legacy`

	q := anthropic.CompletionNewParams{Model: "claude-sonnet-4-6"}
	ptr := &q
	ptr.Prompt = "\n\nHuman: hi\n\nAssistant:"
	ptr.MaxTokensToSample = 5
	c.Completions.New(ctx, q) // want `CompletionService.New sends a legacy`

	r := anthropic.CompletionNewParams{Model: "claude-sonnet-4-6"}
	r.Prompt, r.MaxTokensToSample = prompt(), 5
	c.Completions.New(ctx, r) // want `CompletionService.New sends a legacy`
}

func fill(p *anthropic.CompletionNewParams) {
	p.Prompt = "\n\nHuman: hi\n\nAssistant:"
	p.MaxTokensToSample = 10
}

func prompt() string { return "\n\nHuman: hi\n\nAssistant:" }

// A map body handed to a helper may get its prompt there.
func mapElsewhere(q string) {
	body := map[string]any{ // want `map literal builds a legacy Text Completions request body`
		"model":                "claude-sonnet-4-6",
		"max_tokens_to_sample": 100,
	}
	addPrompt(body, q)
	postJSON(body)
}

func addPrompt(body map[string]any, q string) { body["prompt"] = "\n\nHuman: " + q + "\n\nAssistant:" }

func postJSON(body map[string]any) {}
