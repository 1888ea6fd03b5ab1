package anthropic

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go/option"
	"github.com/anthropics/anthropic-sdk-go/packages/param"
	"github.com/anthropics/anthropic-sdk-go/packages/ssestream"
	"github.com/anthropics/anthropic-sdk-go/shared/constant"
)

// MessageService contains methods and other services that help with
// interacting with the anthropic API. Batches is left out of the stub.
type MessageService struct {
	Options []option.RequestOption
}

func NewMessageService(opts ...option.RequestOption) (r MessageService) {
	r = MessageService{}
	r.Options = opts
	return
}

func (r *MessageService) New(ctx context.Context, params MessageNewParams, opts ...option.RequestOption) (res *Message, err error) {
	return nil, nil
}

func (r *MessageService) NewStreaming(ctx context.Context, params MessageNewParams, opts ...option.RequestOption) (stream *ssestream.Stream[MessageStreamEventUnion]) {
	return ssestream.NewStream[MessageStreamEventUnion](nil, nil)
}

// MessageNewParams keeps the fields a Text Completions request maps to; tools,
// thinking, output config and the like are left out of the stub.
type MessageNewParams struct {
	MaxTokens     int64              `json:"max_tokens" api:"required"`
	Messages      []MessageParam     `json:"messages,omitzero" api:"required"`
	Model         Model              `json:"model,omitzero" api:"required"`
	InferenceGeo  param.Opt[string]  `json:"inference_geo,omitzero"`
	Temperature   param.Opt[float64] `json:"temperature,omitzero"`
	TopK          param.Opt[int64]   `json:"top_k,omitzero"`
	TopP          param.Opt[float64] `json:"top_p,omitzero"`
	WorkspaceID   param.Opt[string]  `header:"anthropic-workspace-id,omitzero" json:"-"`
	Metadata      MetadataParam      `json:"metadata,omitzero"`
	StopSequences []string           `json:"stop_sequences,omitzero"`
	System        []TextBlockParam   `json:"system,omitzero"`
	paramObj
}

type MessageParam struct {
	Content []ContentBlockParamUnion `json:"content,omitzero" api:"required"`
	Role    MessageParamRole         `json:"role,omitzero" api:"required"`
	paramObj
}

func NewUserMessage(blocks ...ContentBlockParamUnion) MessageParam {
	return MessageParam{
		Role:    MessageParamRoleUser,
		Content: blocks,
	}
}

func NewAssistantMessage(blocks ...ContentBlockParamUnion) MessageParam {
	return MessageParam{
		Role:    MessageParamRoleAssistant,
		Content: blocks,
	}
}

type MessageParamRole string

const (
	MessageParamRoleUser      MessageParamRole = "user"
	MessageParamRoleAssistant MessageParamRole = "assistant"
	MessageParamRoleSystem    MessageParamRole = "system"
)

// ContentBlockParamUnion keeps only the text variant.
type ContentBlockParamUnion struct {
	OfText *TextBlockParam `json:",omitzero,inline"`
	paramUnion
}

func NewTextBlock(text string) ContentBlockParamUnion {
	var variant TextBlockParam
	variant.Text = text
	return ContentBlockParamUnion{OfText: &variant}
}

func (u ContentBlockParamUnion) GetText() *string {
	if vt := u.OfText; vt != nil {
		return &vt.Text
	}
	return nil
}

type TextBlockParam struct {
	Text string        `json:"text" api:"required"`
	Type constant.Text `json:"type" default:"text"`
	paramObj
}

type Message struct {
	ID           string              `json:"id" api:"required"`
	Content      []ContentBlockUnion `json:"content" api:"required"`
	Model        Model               `json:"model" api:"required"`
	Role         constant.Assistant  `json:"role" default:"assistant"`
	StopReason   StopReason          `json:"stop_reason" api:"required"`
	StopSequence string              `json:"stop_sequence" api:"required"`
	Type         constant.Message    `json:"type" default:"message"`
	Usage        Usage               `json:"usage" api:"required"`
}

func (r Message) ToParam() MessageParam {
	var p MessageParam
	p.Role = MessageParamRole(r.Role)
	for _, b := range r.Content {
		if b.Type == "text" {
			p.Content = append(p.Content, NewTextBlock(b.Text))
		}
	}
	return p
}

type Usage struct {
	CacheCreationInputTokens int64 `json:"cache_creation_input_tokens" api:"required"`
	CacheReadInputTokens     int64 `json:"cache_read_input_tokens" api:"required"`
	InputTokens              int64 `json:"input_tokens" api:"required"`
	OutputTokens             int64 `json:"output_tokens" api:"required"`
}

type MessageDeltaUsage struct {
	InputTokens  int64 `json:"input_tokens" api:"required"`
	OutputTokens int64 `json:"output_tokens" api:"required"`
}

type StopReason string

const (
	StopReasonEndTurn                    StopReason = "end_turn"
	StopReasonMaxTokens                  StopReason = "max_tokens"
	StopReasonStopSequence               StopReason = "stop_sequence"
	StopReasonToolUse                    StopReason = "tool_use"
	StopReasonPauseTurn                  StopReason = "pause_turn"
	StopReasonRefusal                    StopReason = "refusal"
	StopReasonModelContextWindowExceeded StopReason = "model_context_window_exceeded"
)

// ContentBlockUnion keeps the fields of the text, thinking and tool-use
// variants.
type ContentBlockUnion struct {
	Text      string `json:"text"`
	Type      string `json:"type"`
	Signature string `json:"signature"`
	Thinking  string `json:"thinking"`
	Data      string `json:"data"`
	ID        string `json:"id"`
	Name      string `json:"name"`
}

type anyContentBlock interface {
	implContentBlockUnion()
}

func (TextBlock) implContentBlockUnion()     {}
func (ThinkingBlock) implContentBlockUnion() {}

func (u ContentBlockUnion) AsAny() anyContentBlock {
	switch u.Type {
	case "text":
		return u.AsText()
	case "thinking":
		return u.AsThinking()
	}
	return nil
}

func (u ContentBlockUnion) AsText() (v TextBlock) {
	v.Text = u.Text
	return
}

func (u ContentBlockUnion) AsThinking() (v ThinkingBlock) {
	v.Thinking = u.Thinking
	v.Signature = u.Signature
	return
}

type TextBlock struct {
	Text string        `json:"text" api:"required"`
	Type constant.Text `json:"type" default:"text"`
}

type ThinkingBlock struct {
	Signature string `json:"signature" api:"required"`
	Thinking  string `json:"thinking" api:"required"`
	Type      string `json:"type" default:"thinking"`
}
