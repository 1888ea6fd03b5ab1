// Package calls spells the legacy call every way real code does.
package calls

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/bedrock"
	"github.com/anthropics/anthropic-sdk-go/option"
)

const prompt = "\n\nHuman: Hello\n\nAssistant:"

// The constants of the Python SDK, as Go code often copies them.
const (
	HumanPrompt = "\n\nHuman:"
	AIPrompt    = "\n\nAssistant:"
)

func direct(ctx context.Context) {
	client := anthropic.NewClient(option.WithAPIKey("k"))
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `CompletionService.New sends a legacy Text Completions request`
		Model:             "claude-2.1", // want `model "claude-2.1" was retired`
		MaxTokensToSample: 256,
		Prompt:            prompt,
	})
}

func streaming(ctx context.Context, c *anthropic.Client) {
	s := c.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{ // want `CompletionService.NewStreaming sends a legacy Text Completions request`
		Model:             anthropic.Model("claude-sonnet-4-6"),
		MaxTokensToSample: 256,
		Prompt:            prompt,
	})
	for s.Next() {
		_ = s.Current().Completion
	}
}

func storedService(ctx context.Context, svc *anthropic.CompletionService) {
	svc.New(ctx, anthropic.CompletionNewParams{MaxTokensToSample: 1, Model: "claude-sonnet-4-6", Prompt: prompt}) // want `CompletionService.New sends`
}

func viaBedrock(ctx context.Context) {
	client := anthropic.NewClient(bedrock.WithLoadDefaultConfig(ctx))
	client.Completions.New(ctx, anthropic.CompletionNewParams{MaxTokensToSample: 1, Model: "claude-sonnet-4-6", Prompt: prompt}) // want `CompletionService.New sends`
}

func paramsInVariable(ctx context.Context, c anthropic.Client) {
	params := anthropic.CompletionNewParams{
		Model:  "claude-sonnet-4-6",
		Prompt: prompt,
	}
	params.MaxTokensToSample = 0            // want `max_tokens_to_sample`
	params.Temperature = anthropic.Float(2) // want `temperature`
	c.Completions.New(ctx, params)          // want `CompletionService.New sends`
}

func zeroValueThenFields(ctx context.Context, c anthropic.Client) {
	var p anthropic.CompletionNewParams
	p.Model = "claude-sonnet-4-6"
	p.Prompt = "\n\nHuman: hi\nAssistant:" // want `single newline`
	c.Completions.New(ctx, p)              // want `CompletionService.New sends` `max_tokens_to_sample`
}

func build(q string) anthropic.CompletionNewParams {
	return anthropic.CompletionNewParams{
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		TopK:              anthropic.Int(-1), // want `top_k`
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
	}
}

func paramsFromHelper(ctx context.Context, c anthropic.Client) {
	c.Completions.New(ctx, build("hi")) // want `CompletionService.New sends`
}

func paramsFromCaller(ctx context.Context, c anthropic.Client, p anthropic.CompletionNewParams) {
	c.Completions.New(ctx, p) // want `CompletionService.New sends`
}

func methodValue(ctx context.Context, c anthropic.Client) {
	complete := c.Completions.New
	complete(ctx, anthropic.CompletionNewParams{MaxTokensToSample: 5, Model: "claude-sonnet-4-6", Prompt: "Hi"}) // want `CompletionService.New sends` `no turns`
}

func escapingMethodValue(c anthropic.Client) func(context.Context, anthropic.CompletionNewParams, ...option.RequestOption) (*anthropic.Completion, error) {
	return c.Completions.New // want `CompletionService.New sends`
}

func methodExpression(ctx context.Context, c *anthropic.Client) {
	f := (*anthropic.CompletionService).New // want `CompletionService.New sends`
	f(&c.Completions, ctx, anthropic.CompletionNewParams{})
}

func pointerClient(ctx context.Context) {
	c := new(anthropic.Client)
	*c = anthropic.NewClient()
	resp, err := c.Completions.New(ctx, anthropic.CompletionNewParams{ // want `CompletionService.New sends`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 10,
		Prompt:            HumanPrompt + " hi" + AIPrompt,
	})
	_, _ = resp, err
}

func modelInVariable(ctx context.Context, c anthropic.Client) {
	model := "claude-2.1"
	c.Completions.New(ctx, anthropic.CompletionNewParams{ // want `CompletionService.New sends`
		Model:             anthropic.Model(model), // want `model "claude-2.1" was retired`
		MaxTokensToSample: 5,
		Prompt:            prompt,
	})
}
