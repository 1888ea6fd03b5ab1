// Package lookalike declares its own types with the SDK's names: not the SDK.
package lookalike

import "context"

type CompletionNewParams struct {
	Prompt            string
	MaxTokensToSample int64
}

type CompletionService struct{}

func (*CompletionService) New(ctx context.Context, p CompletionNewParams) error { return nil }

type Client struct{ Completions CompletionService }

func use(ctx context.Context, c *Client) {
	c.Completions.New(ctx, CompletionNewParams{Prompt: "Hi\nAssistant:"})
}
