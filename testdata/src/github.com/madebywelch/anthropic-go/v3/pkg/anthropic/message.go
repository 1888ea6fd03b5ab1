package anthropic

// The Messages request and response of github.com/madebywelch/anthropic-go/v3,
// trimmed from pkg/anthropic/request.go and validate.go at 0506b48164e1,
// response.go at 4a4b4c06c788 and models.go at 223512294ac5. The clients
// (client/native, client/bedrock) validate every Messages request first:
// ValidateMessageRequest refuses a model Model.IsMessageCompatible does not
// list, before sending.

const (
	Claude35Sonnet Model = "claude-3-5-sonnet-latest"
	Claude3Opus    Model = "claude-3-opus-20240229"
	Claude3Sonnet  Model = "claude-3-sonnet-20240229"
	Claude3Haiku   Model = "claude-3-haiku-20240307"
)

func (m Model) IsMessageCompatible() bool {
	switch m {
	case Claude3Opus, Claude3Sonnet, Claude3Haiku, ClaudeV2_1, Claude35Sonnet:
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

func NewMessageRequest(messages []MessagePartRequest, options ...GenericOption[MessageRequest]) *MessageRequest {
	return &MessageRequest{Messages: messages, Model: ClaudeV2, MaxTokensToSample: 25}
}

func WithSystemPrompt[T MessageRequest](systemPrompt string) GenericOption[T] { return nil }

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

func ValidateMessageRequest(req *MessageRequest) error { return nil }
