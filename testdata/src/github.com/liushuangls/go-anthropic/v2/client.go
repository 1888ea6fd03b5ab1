package anthropic

// The client and the methods that send, without their HTTP code: the round
// trip test (cmd/completelint/community_e2e_test.go) replaces this file by
// a working one.

import "context"

type Client struct{}

type ClientConfig struct{ BaseURL string }

type ClientOption func(*ClientConfig)

func WithBaseURL(baseURL string) ClientOption { return nil }

func NewClient(apiKey string, opts ...ClientOption) *Client { return &Client{} }

func (c *Client) CreateComplete(ctx context.Context, request CompleteRequest) (response CompleteResponse, err error) {
	return
}

func (c *Client) CreateCompleteStream(ctx context.Context, request CompleteStreamRequest) (response CompleteResponse, err error) {
	return
}

func (c *Client) CreateMessages(ctx context.Context, request MessagesRequest) (response MessagesResponse, err error) {
	return
}

func (c *Client) CreateMessagesStream(ctx context.Context, request MessagesStreamRequest) (response MessagesResponse, err error) {
	return
}
