// Package anthropic is a stub of github.com/liushuangls/go-anthropic: the
// Text Completions API here and the Messages API in message.go, with the
// real names and types.
package anthropic

type Model = string

const (
	ModelClaudeInstant1Dot2 Model = "claude-instant-1.2"
	ModelClaude2Dot0        Model = "claude-2.0"
	ModelClaude2Dot1        Model = "claude-2.1"
)

type CompleteRequest struct {
	Model             Model  `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`

	StopSequences []string       `json:"stop_sequences,omitempty"`
	Temperature   *float32       `json:"temperature,omitempty"`
	TopP          *float32       `json:"top_p,omitempty"`
	TopK          *int           `json:"top_k,omitempty"`
	MetaData      map[string]any `json:"meta_data,omitempty"`
	Stream        bool           `json:"stream,omitempty"`
}

func (c *CompleteRequest) SetTemperature(t float32) { c.Temperature = &t }
func (c *CompleteRequest) SetTopP(p float32)        { c.TopP = &p }
func (c *CompleteRequest) SetTopK(k int)            { c.TopK = &k }

type CompleteResponse struct {
	Type       string `json:"type"`
	ID         string `json:"id"`
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
	Model      Model  `json:"model"`
}

type CompleteStreamRequest struct {
	CompleteRequest

	OnCompletion func(CompleteResponse)       `json:"-"`
	OnPing       func(CompleteStreamPingData) `json:"-"`
	OnError      func(ErrorResponse)          `json:"-"`
}

type CompleteStreamPingData struct {
	Type string `json:"type"`
}

type ErrorResponse struct {
	Type  string    `json:"type"`
	Error *APIError `json:"error,omitempty"`
}

type APIError struct {
	Type    string `json:"type"`
	Message string `json:"message"`
}

func (e *APIError) Error() string { return e.Message }
