// Package anthropic is a stub of github.com/madebywelch/anthropic-go v1:
// options are plain functions, and there is no Messages API (MessageRequest
// and Message came with v2's generic options; the search index also holds a
// non-generic request.go with a MessageRequest, file 32624083778, whose
// module version it does not show).
package anthropic

type Model string

const (
	ClaudeV1        Model = "claude-v1"
	ClaudeInstantV1 Model = "claude-instant-v1"
	ClaudeV2        Model = "claude-2"
)

type Client struct{}

func NewClient(apiKey string) (*Client, error) { return &Client{}, nil }

type CompletionRequest struct {
	Prompt            string   `json:"prompt"`
	Model             Model    `json:"model,omitempty"`
	MaxTokensToSample int      `json:"max_tokens_to_sample"`
	StopSequences     []string `json:"stop_sequences,omitempty"`
	Stream            bool     `json:"stream,omitempty"`
	Temperature       float64  `json:"temperature,omitempty"`
	TopK              int      `json:"top_k,omitempty"`
	TopP              float64  `json:"top_p,omitempty"`
}

type CompletionResponse struct {
	Completion string `json:"completion"`
}

type CompletionOption func(*CompletionRequest)

func WithModel(model Model) CompletionOption        { return nil }
func WithMaxTokens(maxTokens int) CompletionOption  { return nil }
func WithTemperature(t float64) CompletionOption    { return nil }
func WithStopSequences(s []string) CompletionOption { return nil }
func NewCompletionRequest(prompt string, options ...CompletionOption) *CompletionRequest {
	return &CompletionRequest{Prompt: prompt, Model: ClaudeV2, MaxTokensToSample: 25}
}

func (c *Client) Complete(req *CompletionRequest) (*CompletionResponse, error) { return nil, nil }
