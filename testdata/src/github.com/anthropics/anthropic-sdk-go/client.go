package anthropic

import (
	"time"

	"github.com/anthropics/anthropic-sdk-go/option"
)

// Client creates a struct with services. Services other than Completions and
// Messages are left out of the stub.
type Client struct {
	Options     []option.RequestOption
	Completions CompletionService
	Messages    MessageService
}

func DefaultClientOptions() []option.RequestOption { return nil }

func NewClient(opts ...option.RequestOption) (r Client) {
	opts = append(DefaultClientOptions(), opts...)
	r = Client{Options: opts}
	r.Completions = NewCompletionService(opts...)
	r.Messages = NewMessageService(opts...)
	return
}

// CalculateNonStreamingTimeout refuses a non-streaming request expected to
// take over ten minutes unless a request timeout is set (v1.84.0).
func CalculateNonStreamingTimeout(maxTokens int, model Model, opts []option.RequestOption) (time.Duration, error) {
	return 10 * time.Minute, nil
}
