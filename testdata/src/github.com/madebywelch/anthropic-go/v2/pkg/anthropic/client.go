package anthropic

// The client and the methods that send, without their HTTP code: the round
// trip test (cmd/completelint/community_e2e_test.go) replaces this file by
// a working one.

type Client struct{}

func NewClient(apiKey string) (*Client, error) { return &Client{}, nil }

func (c *Client) Complete(req *CompletionRequest) (*CompletionResponse, error) { return nil, nil }

func (c *Client) CompleteStream(req *CompletionRequest) (<-chan StreamResponse, <-chan error) {
	return nil, nil
}

func (c *Client) Message(req *MessageRequest) (*MessageResponse, error) { return nil, nil }

func (c *Client) MessageStream(req *MessageRequest) (<-chan MessageStreamResponse, <-chan error) {
	return nil, nil
}
