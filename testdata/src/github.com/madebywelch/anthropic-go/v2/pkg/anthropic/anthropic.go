// Package anthropic is a stub of github.com/madebywelch/anthropic-go/v2:
// options are generic over the request type. The Messages API is in
// message.go.
package anthropic

type Model string

const (
	ClaudeV2   Model = "claude-2"
	ClaudeV2_1 Model = "claude-2.1"
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
	StopReason string `json:"stop_reason"`
	Stop       string `json:"stop"`
}

type StreamResponse struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
	Model      string `json:"model"`
	Stop       string `json:"stop"`
	LogID      string `json:"log_id"`
}

type GenericOption[T any] func(*T)

func WithModel[T any](model Model) GenericOption[T]               { return nil }
func WithStopSequences[T any](s []string) GenericOption[T]        { return nil }
func WithTopK[T any](topK int) GenericOption[T]                   { return nil }
func WithMaxTokens[T any](maxTokens int) GenericOption[T]         { return nil }
func WithStreaming[T any](stream bool) GenericOption[T]           { return nil }
func WithTemperature[T any](temperature float64) GenericOption[T] { return nil }
func WithTopP[T any](topP float64) GenericOption[T]               { return nil }

func NewCompletionRequest(prompt string, options ...GenericOption[CompletionRequest]) *CompletionRequest {
	return &CompletionRequest{Prompt: prompt, Model: ClaudeV2, MaxTokensToSample: 25}
}

func (c *Client) Complete(req *CompletionRequest) (*CompletionResponse, error) { return nil, nil }

func (c *Client) CompleteStream(req *CompletionRequest) (<-chan StreamResponse, <-chan error) {
	return nil, nil
}
