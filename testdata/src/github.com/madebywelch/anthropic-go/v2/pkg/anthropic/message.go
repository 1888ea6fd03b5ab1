package anthropic

// The Messages API of github.com/madebywelch/anthropic-go/v2, trimmed from
// pkg/anthropic/message.go, response.go and models.go at 4a4b4c06c788 and
// the v2 request.go the search index holds as file 32407326433 (content
// blocks, no tools); the methods that send are in client.go. Message sends
// any model; MessageStream refuses, before sending, a model that
// Model.IsMessageStreamCompatible does not list (claude-3-opus-20240229,
// claude-3-sonnet-20240229, claude-2.1).

const (
	Claude3Opus   Model = "claude-3-opus-20240229"
	Claude3Sonnet Model = "claude-3-sonnet-20240229"
)

func (m Model) IsMessageStreamCompatible() bool {
	switch m {
	case Claude3Opus, Claude3Sonnet, ClaudeV2_1:
		return true
	}
	return false
}

type ContentBlock interface {
	isContentBlock()
}

type TextContentBlock struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

func (t TextContentBlock) isContentBlock() {}

func NewTextContentBlock(text string) ContentBlock {
	return TextContentBlock{Type: "text", Text: text}
}

type MessagePartRequest struct {
	Role    string         `json:"role"`
	Content []ContentBlock `json:"content"`
}

type MessageRequest struct {
	Model             Model                `json:"model"`
	Messages          []MessagePartRequest `json:"messages"`
	MaxTokensToSample int                  `json:"max_tokens"`
	SystemPrompt      string               `json:"system,omitempty"`
	Metadata          interface{}          `json:"metadata,omitempty"`
	StopSequences     []string             `json:"stop_sequences,omitempty"`
	Stream            bool                 `json:"stream,omitempty"`
	Temperature       float64              `json:"temperature,omitempty"`
	TopK              int                  `json:"top_k,omitempty"`
	TopP              float64              `json:"top_p,omitempty"`
}

// NewMessageRequest sets the library's defaults, then the options.
func NewMessageRequest(messages []MessagePartRequest, options ...GenericOption[MessageRequest]) *MessageRequest {
	request := &MessageRequest{Messages: messages, Model: ClaudeV2, MaxTokensToSample: 25}
	for _, option := range options {
		option(request)
	}
	return request
}

func WithSystemPrompt[T MessageRequest](systemPrompt string) GenericOption[T] {
	return func(r *T) {
		if v, ok := any(r).(*MessageRequest); ok {
			v.SystemPrompt = systemPrompt
		}
	}
}

type MessagePartResponse struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

type MessageResponse struct {
	ID           string                `json:"id"`
	Type         string                `json:"type"`
	Model        string                `json:"model"`
	Role         string                `json:"role"`
	Content      []MessagePartResponse `json:"content"`
	StopReason   string                `json:"stop_reason"`
	Stop         string                `json:"stop"`
	StopSequence string                `json:"stop_sequence"`
}

type MessageStreamResponse struct {
	Type  string             `json:"type"`
	Delta MessageStreamDelta `json:"delta"`
}

type MessageStreamDelta struct {
	Type         string `json:"type"`
	Text         string `json:"text"`
	StopReason   string `json:"stop_reason"`
	StopSequence string `json:"stop_sequence"`
}
