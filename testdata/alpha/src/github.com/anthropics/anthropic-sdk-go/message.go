package anthropic

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go/internal/param"
	"github.com/anthropics/anthropic-sdk-go/option"
	"github.com/anthropics/anthropic-sdk-go/packages/ssestream"
)

// MessageService contains methods and other services that help with
// interacting with the anthropic API. Batches is left out of the stub.
type MessageService struct {
	Options []option.RequestOption
}

func NewMessageService(opts ...option.RequestOption) (r *MessageService) {
	r = &MessageService{}
	r.Options = opts
	return
}

func (r *MessageService) New(ctx context.Context, body MessageNewParams, opts ...option.RequestOption) (res *Message, err error) {
	return nil, nil
}

func (r *MessageService) NewStreaming(ctx context.Context, body MessageNewParams, opts ...option.RequestOption) (stream *ssestream.Stream[MessageStreamEvent]) {
	return ssestream.NewStream[MessageStreamEvent](nil, nil)
}

// MessageNewParams keeps the fields a Text Completions request maps to; tools
// and thinking are left out of the stub.
type MessageNewParams struct {
	MaxTokens     param.Field[int64]            `json:"max_tokens,required"`
	Messages      param.Field[[]MessageParam]   `json:"messages,required"`
	Model         param.Field[Model]            `json:"model,required"`
	Metadata      param.Field[MetadataParam]    `json:"metadata"`
	StopSequences param.Field[[]string]         `json:"stop_sequences"`
	System        param.Field[[]TextBlockParam] `json:"system"`
	Temperature   param.Field[float64]          `json:"temperature"`
	TopK          param.Field[int64]            `json:"top_k"`
	TopP          param.Field[float64]          `json:"top_p"`
}

type MessageParam struct {
	Content param.Field[[]ContentBlockParamUnion] `json:"content,required"`
	Role    param.Field[MessageParamRole]         `json:"role,required"`
}

func NewUserMessage(blocks ...ContentBlockParamUnion) MessageParam {
	return MessageParam{
		Role:    F(MessageParamRoleUser),
		Content: F(blocks),
	}
}

func NewAssistantMessage(blocks ...ContentBlockParamUnion) MessageParam {
	return MessageParam{
		Role:    F(MessageParamRoleAssistant),
		Content: F(blocks),
	}
}

type MessageParamRole string

const (
	MessageParamRoleUser      MessageParamRole = "user"
	MessageParamRoleAssistant MessageParamRole = "assistant"
)

// ContentBlockParamUnion is satisfied by [TextBlockParam] and
// [ContentBlockParam] in this stub; image, document and tool blocks are left
// out.
type ContentBlockParamUnion interface {
	implementsContentBlockParamUnion()
}

type ContentBlockParam struct {
	Type param.Field[ContentBlockParamType] `json:"type,required"`
	Text param.Field[string]                `json:"text"`
}

func (r ContentBlockParam) implementsContentBlockParamUnion() {}

type ContentBlockParamType string

const (
	ContentBlockParamTypeText ContentBlockParamType = "text"
)

type TextBlockParam struct {
	Text param.Field[string]             `json:"text,required"`
	Type param.Field[TextBlockParamType] `json:"type,required"`
}

func NewTextBlock(text string) TextBlockParam {
	return TextBlockParam{
		Text: F(text),
		Type: F(TextBlockParamTypeText),
	}
}

func (r TextBlockParam) implementsContentBlockParamUnion() {}

type TextBlockParamType string

const (
	TextBlockParamTypeText TextBlockParamType = "text"
)

type Message struct {
	ID           string            `json:"id,required"`
	Content      []ContentBlock    `json:"content,required"`
	Model        Model             `json:"model,required"`
	Role         MessageRole       `json:"role,required"`
	StopReason   MessageStopReason `json:"stop_reason,required,nullable"`
	StopSequence string            `json:"stop_sequence,required,nullable"`
	Type         MessageType       `json:"type,required"`
	Usage        Usage             `json:"usage,required"`
}

type MessageRole string

const (
	MessageRoleAssistant MessageRole = "assistant"
)

type MessageType string

const (
	MessageTypeMessage MessageType = "message"
)

type MessageStopReason string

const (
	MessageStopReasonEndTurn      MessageStopReason = "end_turn"
	MessageStopReasonMaxTokens    MessageStopReason = "max_tokens"
	MessageStopReasonStopSequence MessageStopReason = "stop_sequence"
	MessageStopReasonToolUse      MessageStopReason = "tool_use"
)

type Usage struct {
	CacheCreationInputTokens int64 `json:"cache_creation_input_tokens,required,nullable"`
	CacheReadInputTokens     int64 `json:"cache_read_input_tokens,required,nullable"`
	InputTokens              int64 `json:"input_tokens,required"`
	OutputTokens             int64 `json:"output_tokens,required"`
}

type MessageDeltaUsage struct {
	OutputTokens int64 `json:"output_tokens,required"`
}

type ContentBlock struct {
	Type      ContentBlockType `json:"type,required"`
	ID        string           `json:"id"`
	Data      string           `json:"data"`
	Name      string           `json:"name"`
	Signature string           `json:"signature"`
	Text      string           `json:"text"`
	Thinking  string           `json:"thinking"`
}

// AsUnion returns a [ContentBlockUnion]: [TextBlock] or [ThinkingBlock] in the
// stub.
func (r ContentBlock) AsUnion() ContentBlockUnion {
	switch r.Type {
	case ContentBlockTypeText:
		return TextBlock{Text: r.Text, Type: TextBlockTypeText}
	case ContentBlockTypeThinking:
		return ThinkingBlock{Thinking: r.Thinking, Signature: r.Signature}
	}
	return nil
}

type ContentBlockUnion interface {
	implementsContentBlock()
}

type ContentBlockType string

const (
	ContentBlockTypeText             ContentBlockType = "text"
	ContentBlockTypeToolUse          ContentBlockType = "tool_use"
	ContentBlockTypeThinking         ContentBlockType = "thinking"
	ContentBlockTypeRedactedThinking ContentBlockType = "redacted_thinking"
)

type TextBlock struct {
	Text string        `json:"text,required"`
	Type TextBlockType `json:"type,required"`
}

func (r TextBlock) implementsContentBlock() {}

type TextBlockType string

const (
	TextBlockTypeText TextBlockType = "text"
)

type ThinkingBlock struct {
	Signature string `json:"signature,required"`
	Thinking  string `json:"thinking,required"`
}

func (r ThinkingBlock) implementsContentBlock() {}
