// Package anthropic is a stub of github.com/madebywelch/anthropic-go/v3 (request types; clients live in client/native and client/bedrock):
// options are generic over the request type.
package anthropic

type Model string

const (
	ClaudeV2   Model = "claude-2"
	ClaudeV2_1 Model = "claude-2.1"
)

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

type GenericOption[T any] func(*T)

func WithModel[T any](model Model) GenericOption[T]       { return nil }
func WithMaxTokens[T any](maxTokens int) GenericOption[T] { return nil }

func NewCompletionRequest(prompt string, options ...GenericOption[CompletionRequest]) *CompletionRequest {
	return &CompletionRequest{Prompt: prompt, Model: ClaudeV2, MaxTokensToSample: 25}
}
