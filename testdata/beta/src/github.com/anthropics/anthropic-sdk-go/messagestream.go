package anthropic

import (
	"fmt"

	"github.com/anthropics/anthropic-sdk-go/shared/constant"
)

// MessageStreamEventUnion contains all possible properties and values of the
// stream events a migration reads.
type MessageStreamEventUnion struct {
	Message      Message                                 `json:"message"`
	Type         string                                  `json:"type"`
	Delta        MessageStreamEventUnionDelta            `json:"delta"`
	Usage        MessageDeltaUsage                       `json:"usage"`
	ContentBlock ContentBlockStartEventContentBlockUnion `json:"content_block"`
	Index        int64                                   `json:"index"`
}

func (u MessageStreamEventUnion) AsAny() any {
	switch u.Type {
	case "message_start":
		return u.AsMessageStartEvent()
	case "message_delta":
		return u.AsMessageDeltaEvent()
	case "message_stop":
		return u.AsMessageStopEvent()
	case "content_block_start":
		return u.AsContentBlockStartEvent()
	case "content_block_delta":
		return u.AsContentBlockDeltaEvent()
	case "content_block_stop":
		return u.AsContentBlockStopEvent()
	}
	return nil
}

func (u MessageStreamEventUnion) AsMessageStartEvent() (v MessageStartEvent) {
	v.Message = u.Message
	return
}

func (u MessageStreamEventUnion) AsMessageDeltaEvent() (v MessageDeltaEvent) {
	v.Delta.StopReason = u.Delta.StopReason
	v.Delta.StopSequence = u.Delta.StopSequence
	v.Usage = u.Usage
	return
}

func (u MessageStreamEventUnion) AsMessageStopEvent() (v MessageStopEvent) { return }

func (u MessageStreamEventUnion) AsContentBlockStartEvent() (v ContentBlockStartEvent) {
	v.ContentBlock = u.ContentBlock
	v.Index = u.Index
	return
}

func (u MessageStreamEventUnion) AsContentBlockDeltaEvent() (v ContentBlockDeltaEvent) {
	v.Delta = ContentBlockDeltaEventDeltaUnion{Text: u.Delta.Text, Type: u.Delta.Type, PartialJSON: u.Delta.PartialJSON, Thinking: u.Delta.Thinking, Signature: u.Delta.Signature}
	v.Index = u.Index
	return
}

func (u MessageStreamEventUnion) AsContentBlockStopEvent() (v ContentBlockStopEvent) {
	v.Index = u.Index
	return
}

type MessageStreamEventUnionDelta struct {
	StopReason   string `json:"stop_reason"`
	StopSequence string `json:"stop_sequence"`
	Text         string `json:"text"`
	Type         string `json:"type"`
	PartialJSON  string `json:"partial_json"`
	Thinking     string `json:"thinking"`
	Signature    string `json:"signature"`
}

type MessageStartEvent struct {
	Message Message               `json:"message,required"`
	Type    constant.MessageStart `json:"type,required"`
}

type MessageDeltaEvent struct {
	Delta MessageDeltaEventDelta `json:"delta,required"`
	Type  constant.MessageDelta  `json:"type,required"`
	Usage MessageDeltaUsage      `json:"usage,required"`
}

type MessageDeltaEventDelta struct {
	StopReason   string `json:"stop_reason,required"`
	StopSequence string `json:"stop_sequence,required"`
}

type MessageStopEvent struct {
	Type constant.MessageStop `json:"type,required"`
}

type ContentBlockStartEvent struct {
	ContentBlock ContentBlockStartEventContentBlockUnion `json:"content_block,required"`
	Index        int64                                   `json:"index,required"`
	Type         constant.ContentBlockStart              `json:"type,required"`
}

// ContentBlockStartEventContentBlockUnion keeps the text-variant fields.
type ContentBlockStartEventContentBlockUnion struct {
	Text string `json:"text"`
	Type string `json:"type"`
}

func (u ContentBlockStartEventContentBlockUnion) AsAny() any {
	if u.Type == "text" {
		return u.AsResponseTextBlock()
	}
	return nil
}

func (u ContentBlockStartEventContentBlockUnion) AsResponseTextBlock() (v TextBlock) {
	v.Text = u.Text
	return
}

type ContentBlockDeltaEvent struct {
	Delta ContentBlockDeltaEventDeltaUnion `json:"delta,required"`
	Index int64                            `json:"index,required"`
	Type  constant.ContentBlockDelta       `json:"type,required"`
}

type ContentBlockStopEvent struct {
	Index int64                     `json:"index,required"`
	Type  constant.ContentBlockStop `json:"type,required"`
}

// ContentBlockDeltaEventDeltaUnion contains the fields of the delta variants.
type ContentBlockDeltaEventDeltaUnion struct {
	Text        string `json:"text"`
	Type        string `json:"type"`
	PartialJSON string `json:"partial_json"`
	Thinking    string `json:"thinking"`
	Signature   string `json:"signature"`
}

func (u ContentBlockDeltaEventDeltaUnion) AsAny() any {
	switch u.Type {
	case "text_delta":
		return u.AsTextContentBlockDelta()
	case "input_json_delta":
		return u.AsInputJSONContentBlockDelta()
	case "thinking_delta":
		return u.AsThinkingContentBlockDelta()
	case "signature_delta":
		return u.AsSignatureContentBlockDelta()
	}
	return nil
}

func (u ContentBlockDeltaEventDeltaUnion) AsTextContentBlockDelta() (v TextDelta) {
	v.Text = u.Text
	return
}

func (u ContentBlockDeltaEventDeltaUnion) AsInputJSONContentBlockDelta() (v InputJSONDelta) {
	v.PartialJSON = u.PartialJSON
	return
}

func (u ContentBlockDeltaEventDeltaUnion) AsThinkingContentBlockDelta() (v ThinkingDelta) {
	v.Thinking = u.Thinking
	return
}

func (u ContentBlockDeltaEventDeltaUnion) AsSignatureContentBlockDelta() (v SignatureDelta) {
	v.Signature = u.Signature
	return
}

type TextDelta struct {
	Text string             `json:"text,required"`
	Type constant.TextDelta `json:"type,required"`
}

type InputJSONDelta struct {
	PartialJSON string                  `json:"partial_json,required"`
	Type        constant.InputJSONDelta `json:"type,required"`
}

type ThinkingDelta struct {
	Thinking string                 `json:"thinking,required"`
	Type     constant.ThinkingDelta `json:"type,required"`
}

type SignatureDelta struct {
	Signature string                  `json:"signature,required"`
	Type      constant.SignatureDelta `json:"type,required"`
}

// Accumulate builds up the Message incrementally from a MessageStreamEvent.
func (acc *Message) Accumulate(event MessageStreamEventUnion) error {
	if acc == nil {
		return fmt.Errorf("accumulate: cannot accumulate into nil Message")
	}
	switch event.Type {
	case "message_start":
		*acc = event.Message
	case "message_delta":
		acc.StopReason = MessageStopReason(event.Delta.StopReason)
		acc.StopSequence = event.Delta.StopSequence
	case "content_block_start":
		acc.Content = append(acc.Content, ContentBlockUnion{Type: event.ContentBlock.Type, Text: event.ContentBlock.Text})
	case "content_block_delta":
		if n := len(acc.Content); n > 0 && event.Delta.Type == "text_delta" {
			acc.Content[n-1].Text += event.Delta.Text
		}
	}
	return nil
}
