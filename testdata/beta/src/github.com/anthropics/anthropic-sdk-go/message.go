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

func (r *MessageService) New(ctx context.Context, body MessageNewParams, opts ...option.RequestOption) (res *Message, err error) {
	return nil, nil
}

func (r *MessageService) NewStreaming(ctx context.Context, body MessageNewParams, opts ...option.RequestOption) (stream *ssestream.Stream[MessageStreamEventUnion]) {
	return ssestream.NewStream[MessageStreamEventUnion](nil, nil)
}

// MessageNewParams keeps the fields a Text Completions request maps to; tools
// and thinking are left out of the stub.
type MessageNewParams struct {
	MaxTokens     int64              `json:"max_tokens,required"`
	Messages      []MessageParam     `json:"messages,omitzero,required"`
	Model         Model              `json:"model,omitzero,required"`
	Temperature   param.Opt[float64] `json:"temperature,omitzero"`
	TopK          param.Opt[int64]   `json:"top_k,omitzero"`
	TopP          param.Opt[float64] `json:"top_p,omitzero"`
	Metadata      MetadataParam      `json:"metadata,omitzero"`
	StopSequences []string           `json:"stop_sequences,omitzero"`
	System        []TextBlockParam   `json:"system,omitzero"`
	paramObj
}

func (f MessageNewParams) IsPresent() bool { return !param.IsOmitted(f) && !f.IsNull() }

// The properties Content, Role are required.
type MessageParam struct {
	Content []ContentBlockParamUnion `json:"content,omitzero,required"`
	Role    MessageParamRole         `json:"role,omitzero,required"`
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

func (f MessageParam) IsPresent() bool { return !param.IsOmitted(f) && !f.IsNull() }

type MessageParamRole string

const (
	MessageParamRoleUser      MessageParamRole = "user"
	MessageParamRoleAssistant MessageParamRole = "assistant"
)

// ContentBlockParamUnion keeps only the text variant.
type ContentBlockParamUnion struct {
	OfRequestTextBlock *TextBlockParam `json:",omitzero,inline"`
	paramUnion
}

func (u ContentBlockParamUnion) IsPresent() bool { return !param.IsOmitted(u) && !u.IsNull() }

func (u ContentBlockParamUnion) GetText() *string {
	if vt := u.OfRequestTextBlock; vt != nil {
		return &vt.Text
	}
	return nil
}

// The properties Text, Type are required.
type TextBlockParam struct {
	Text string        `json:"text,required"`
	Type constant.Text `json:"type,required"`
	paramObj
}

func (f TextBlockParam) IsPresent() bool { return !param.IsOmitted(f) && !f.IsNull() }

func NewTextBlock(text string) ContentBlockParamUnion {
	return ContentBlockParamUnion{
		OfRequestTextBlock: &TextBlockParam{
			Text: text,
		},
	}
}

type Message struct {
	ID           string              `json:"id,required"`
	Content      []ContentBlockUnion `json:"content,required"`
	Model        Model               `json:"model,required"`
	Role         constant.Assistant  `json:"role,required"`
	StopReason   MessageStopReason   `json:"stop_reason,required"`
	StopSequence string              `json:"stop_sequence,required"`
	Type         constant.Message    `json:"type,required"`
	Usage        Usage               `json:"usage,required"`
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

type MessageStopReason string

const (
	MessageStopReasonEndTurn      MessageStopReason = "end_turn"
	MessageStopReasonMaxTokens    MessageStopReason = "max_tokens"
	MessageStopReasonStopSequence MessageStopReason = "stop_sequence"
	MessageStopReasonToolUse      MessageStopReason = "tool_use"
)

type Usage struct {
	CacheCreationInputTokens int64 `json:"cache_creation_input_tokens,required"`
	CacheReadInputTokens     int64 `json:"cache_read_input_tokens,required"`
	InputTokens              int64 `json:"input_tokens,required"`
	OutputTokens             int64 `json:"output_tokens,required"`
}

type MessageDeltaUsage struct {
	OutputTokens int64 `json:"output_tokens,required"`
}

// ContentBlockUnion keeps the fields of the text and thinking variants.
type ContentBlockUnion struct {
	Text      string `json:"text"`
	Type      string `json:"type"`
	ID        string `json:"id"`
	Name      string `json:"name"`
	Signature string `json:"signature"`
	Thinking  string `json:"thinking"`
	Data      string `json:"data"`
}

func (u ContentBlockUnion) AsAny() any {
	switch u.Type {
	case "text":
		return u.AsResponseTextBlock()
	case "thinking":
		return u.AsResponseThinkingBlock()
	}
	return nil
}

func (u ContentBlockUnion) AsResponseTextBlock() (v TextBlock) {
	v.Text = u.Text
	return
}

func (u ContentBlockUnion) AsResponseThinkingBlock() (v ThinkingBlock) {
	v.Thinking = u.Thinking
	v.Signature = u.Signature
	return
}

func (r ContentBlockUnion) ToParam() ContentBlockParamUnion {
	return NewTextBlock(r.Text)
}

type TextBlock struct {
	Text string        `json:"text,required"`
	Type constant.Text `json:"type,required"`
}

type ThinkingBlock struct {
	Signature string `json:"signature,required"`
	Thinking  string `json:"thinking,required"`
	Type      string `json:"type,required"`
}
