// Package native is a stub of the v3 client for the Anthropic API.
package native

import (
	"context"

	"github.com/madebywelch/anthropic-go/v3/pkg/anthropic"
)

type Client struct{}

type Config struct{ APIKey string }

func MakeClient(cfg Config) (*Client, error) { return &Client{}, nil }

func (c *Client) Complete(ctx context.Context, req *anthropic.CompletionRequest) (*anthropic.CompletionResponse, error) {
	return nil, nil
}

// Message validates req (anthropic.ValidateMessageRequest) before sending.
func (c *Client) Message(ctx context.Context, req *anthropic.MessageRequest) (*anthropic.MessageResponse, error) {
	return nil, nil
}
