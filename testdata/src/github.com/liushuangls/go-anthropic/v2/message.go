package anthropic

// The Messages API of github.com/liushuangls/go-anthropic/v2, trimmed from
// message.go at 00255003bcc1 and message_stream.go at 03bfe3fa6933: the
// names and types a rewrite writes and reads. The methods that send are in
// client.go.

import "encoding/json"

type ChatRole string

const (
	RoleUser      ChatRole = "user"
	RoleAssistant ChatRole = "assistant"
)

type MessagesResponseType string

type MessagesContentType string

const (
	MessagesContentTypeText      MessagesContentType = "text"
	MessagesContentTypeTextDelta MessagesContentType = "text_delta"
)

type MessagesStopReason string

const (
	MessagesStopReasonEndTurn      MessagesStopReason = "end_turn"
	MessagesStopReasonMaxTokens    MessagesStopReason = "max_tokens"
	MessagesStopReasonStopSequence MessagesStopReason = "stop_sequence"
	MessagesStopReasonToolUse      MessagesStopReason = "tool_use"
)

type MessagesRequest struct {
	Model     Model     `json:"model"`
	Messages  []Message `json:"messages"`
	MaxTokens int       `json:"max_tokens"`

	// System is sent as "system" by MarshalJSON when it is not empty.
	System        string         `json:"-"`
	Metadata      map[string]any `json:"metadata,omitempty"`
	StopSequences []string       `json:"stop_sequences,omitempty"`
	Stream        bool           `json:"stream,omitempty"`
	Temperature   *float32       `json:"temperature,omitempty"`
	TopP          *float32       `json:"top_p,omitempty"`
	TopK          *int           `json:"top_k,omitempty"`
}

// MarshalJSON sends System as "system" when it is set, as the library's
// does (which also sends MultiSystem, left out here).
func (m MessagesRequest) MarshalJSON() ([]byte, error) {
	type plain MessagesRequest
	return json.Marshal(struct {
		System string `json:"system,omitempty"`
		plain
	}{m.System, plain(m)})
}

func (m *MessagesRequest) SetTemperature(t float32) { m.Temperature = &t }
func (m *MessagesRequest) SetTopP(p float32)        { m.TopP = &p }
func (m *MessagesRequest) SetTopK(k int)            { m.TopK = &k }

type Message struct {
	Role    ChatRole         `json:"role"`
	Content []MessageContent `json:"content"`
}

func NewUserTextMessage(text string) Message {
	return Message{Role: RoleUser, Content: []MessageContent{NewTextMessageContent(text)}}
}

func NewAssistantTextMessage(text string) Message {
	return Message{Role: RoleAssistant, Content: []MessageContent{NewTextMessageContent(text)}}
}

type MessageContent struct {
	Type MessagesContentType `json:"type"`
	Text *string             `json:"text,omitempty"`
}

func NewTextMessageContent(text string) MessageContent {
	return MessageContent{Type: MessagesContentTypeText, Text: &text}
}

func (m *MessageContent) GetText() string {
	if m.Text != nil {
		return *m.Text
	}
	return ""
}

type MessagesResponse struct {
	ID           string               `json:"id"`
	Type         MessagesResponseType `json:"type"`
	Role         ChatRole             `json:"role"`
	Content      []MessageContent     `json:"content"`
	Model        Model                `json:"model"`
	StopReason   MessagesStopReason   `json:"stop_reason"`
	StopSequence string               `json:"stop_sequence"`
	Usage        MessagesUsage        `json:"usage"`
}

func (m MessagesResponse) GetFirstContentText() string { return "" }

type MessagesUsage struct {
	InputTokens  int `json:"input_tokens"`
	OutputTokens int `json:"output_tokens"`
}

type MessagesStreamRequest struct {
	MessagesRequest

	OnError             func(ErrorResponse)                                     `json:"-"`
	OnPing              func(MessagesEventPingData)                             `json:"-"`
	OnMessageStart      func(MessagesEventMessageStartData)                     `json:"-"`
	OnContentBlockStart func(MessagesEventContentBlockStartData)                `json:"-"`
	OnContentBlockDelta func(MessagesEventContentBlockDeltaData)                `json:"-"`
	OnContentBlockStop  func(MessagesEventContentBlockStopData, MessageContent) `json:"-"`
	OnMessageDelta      func(MessagesEventMessageDeltaData)                     `json:"-"`
	OnMessageStop       func(MessagesEventMessageStopData)                      `json:"-"`
}

type MessagesEventMessageStartData struct {
	Type    string           `json:"type"`
	Message MessagesResponse `json:"message"`
}

type MessagesEventContentBlockStartData struct {
	Type         string         `json:"type"`
	Index        int            `json:"index"`
	ContentBlock MessageContent `json:"content_block"`
}

type MessagesEventPingData struct {
	Type string `json:"type"`
}

type MessagesEventContentBlockDeltaData struct {
	Type  string         `json:"type"`
	Index int            `json:"index"`
	Delta MessageContent `json:"delta"`
}

type MessagesEventContentBlockStopData struct {
	Type  string `json:"type"`
	Index int    `json:"index"`
}

type MessagesEventMessageDeltaData struct {
	Type  string           `json:"type"`
	Delta MessagesResponse `json:"delta"`
	Usage MessagesUsage    `json:"usage"`
}

type MessagesEventMessageStopData struct {
	Type string `json:"type"`
}
