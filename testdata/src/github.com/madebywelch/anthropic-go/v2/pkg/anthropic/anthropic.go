// Package anthropic is a stub of github.com/madebywelch/anthropic-go/v2:
// options are generic over the request type. The Messages API is in
// message.go.
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

type StreamResponse struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
	Model      string `json:"model"`
	Stop       string `json:"stop"`
	LogID      string `json:"log_id"`
}

type GenericOption[T any] func(*T)

// The options set a field of whichever request they are instantiated for,
// as the library's do.

func WithModel[T any](model Model) GenericOption[T] {
	return func(r *T) {
		switch v := any(r).(type) {
		case *CompletionRequest:
			v.Model = model
		case *MessageRequest:
			v.Model = model
		}
	}
}

func WithMaxTokens[T any](maxTokens int) GenericOption[T] {
	return func(r *T) {
		switch v := any(r).(type) {
		case *CompletionRequest:
			v.MaxTokensToSample = maxTokens
		case *MessageRequest:
			v.MaxTokensToSample = maxTokens
		}
	}
}

func WithStopSequences[T any](stopSequences []string) GenericOption[T] {
	return func(r *T) {
		switch v := any(r).(type) {
		case *CompletionRequest:
			v.StopSequences = stopSequences
		case *MessageRequest:
			v.StopSequences = stopSequences
		}
	}
}

func WithStreaming[T any](stream bool) GenericOption[T] {
	return func(r *T) {
		switch v := any(r).(type) {
		case *CompletionRequest:
			v.Stream = stream
		case *MessageRequest:
			v.Stream = stream
		}
	}
}

func WithTemperature[T any](temperature float64) GenericOption[T] {
	return func(r *T) {
		switch v := any(r).(type) {
		case *CompletionRequest:
			v.Temperature = temperature
		case *MessageRequest:
			v.Temperature = temperature
		}
	}
}

func WithTopK[T any](topK int) GenericOption[T] {
	return func(r *T) {
		switch v := any(r).(type) {
		case *CompletionRequest:
			v.TopK = topK
		case *MessageRequest:
			v.TopK = topK
		}
	}
}

func WithTopP[T any](topP float64) GenericOption[T] {
	return func(r *T) {
		switch v := any(r).(type) {
		case *CompletionRequest:
			v.TopP = topP
		case *MessageRequest:
			v.TopP = topP
		}
	}
}

// NewCompletionRequest sets the library's defaults, then the options.
func NewCompletionRequest(prompt string, options ...GenericOption[CompletionRequest]) *CompletionRequest {
	request := &CompletionRequest{Prompt: prompt, Model: ClaudeV2, MaxTokensToSample: 25}
	for _, option := range options {
		option(request)
	}
	return request
}
