package anthropic

// The Messages API of github.com/liushuangls/go-anthropic v1, trimmed from
// the v1-era message.go the search index holds as file 14482498073 (the
// last shape before v2: request content blocks with *string text, response
// blocks MessagesContent with string text). The v1 streaming Messages API
// is not stubbed: no v1 message_stream.go could be read to trim it from.
// The methods that send are in client.go.

type MessagesResponseType string

type MessagesRequest struct {
	Model     string    `json:"model"`
	Messages  []Message `json:"messages"`
	MaxTokens int       `json:"max_tokens"`

	System        string         `json:"system,omitempty"`
	Metadata      map[string]any `json:"metadata,omitempty"`
	StopSequences []string       `json:"stop_sequences,omitempty"`
	Stream        bool           `json:"stream,omitempty"`
	Temperature   *float32       `json:"temperature,omitempty"`
	TopP          *float32       `json:"top_p,omitempty"`
	TopK          *int           `json:"top_k,omitempty"`
}

func (m *MessagesRequest) SetTemperature(t float32) { m.Temperature = &t }
func (m *MessagesRequest) SetTopP(p float32)        { m.TopP = &p }
func (m *MessagesRequest) SetTopK(k int)            { m.TopK = &k }

type Message struct {
	Role    string           `json:"role"`
	Content []MessageContent `json:"content"`
}

func NewUserTextMessage(text string) Message {
	return Message{Role: "user", Content: []MessageContent{NewTextMessageContent(text)}}
}

func NewAssistantTextMessage(text string) Message {
	return Message{Role: "assistant", Content: []MessageContent{NewTextMessageContent(text)}}
}

type MessageContent struct {
	Type string  `json:"type"`
	Text *string `json:"text,omitempty"`
}

func NewTextMessageContent(text string) MessageContent {
	return MessageContent{Type: "text", Text: &text}
}

type MessagesResponse struct {
	ID           string               `json:"id"`
	Type         MessagesResponseType `json:"type"`
	Role         string               `json:"role"`
	Content      []MessagesContent    `json:"content"`
	Model        string               `json:"model"`
	StopReason   string               `json:"stop_reason"`
	StopSequence string               `json:"stop_sequence"`
	Usage        MessagesUsage        `json:"usage"`
}

type MessagesContent struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

type MessagesUsage struct {
	InputTokens  int `json:"input_tokens"`
	OutputTokens int `json:"output_tokens"`
}
