package anthropic

import "github.com/anthropics/anthropic-sdk-go/option"

// Client creates a struct with services. Beta is left out of the
// stub. Services are pointers in the alpha releases.
type Client struct {
	Options     []option.RequestOption
	Completions *CompletionService
	Messages    *MessageService
}

func NewClient(opts ...option.RequestOption) (r *Client) {
	r = &Client{Options: opts}
	r.Completions = NewCompletionService(opts...)
	r.Messages = NewMessageService(opts...)
	return
}
