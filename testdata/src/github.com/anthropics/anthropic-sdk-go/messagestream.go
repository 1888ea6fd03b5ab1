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

type anyMessageStreamEvent interface {
	implMessageStreamEventUnion()
}

func (MessageStartEvent) implMessageStreamEventUnion()      {}
func (MessageDeltaEvent) implMessageStreamEventUnion()      {}
func (MessageStopEvent) implMessageStreamEventUnion()       {}
func (ContentBlockStartEvent) implMessageStreamEventUnion() {}
func (ContentBlockDeltaEvent) implMessageStreamEventUnion() {}
func (ContentBlockStopEvent) implMessageStreamEventUnion()  {}

func (u MessageStreamEventUnion) AsAny() anyMessageStreamEvent {
	switch u.Type {
	case "message_start":
		return u.AsMessageStart()
	case "message_delta":
		return u.AsMessageDelta()
	case "message_stop":
		return u.AsMessageStop()
	case "content_block_start":
		return u.AsContentBlockStart()
	case "content_block_delta":
		return u.AsContentBlockDelta()
	case "content_block_stop":
		return u.AsContentBlockStop()
	}
	return nil
}

func (u MessageStreamEventUnion) AsMessageStart() (v MessageStartEvent) {
	v.Message = u.Message
	return
}

func (u MessageStreamEventUnion) AsMessageDelta() (v MessageDeltaEvent) {
	v.Delta.StopReason = u.Delta.StopReason
	v.Delta.StopSequence = u.Delta.StopSequence
	v.Usage = u.Usage
	return
}

func (u MessageStreamEventUnion) AsMessageStop() (v MessageStopEvent) { return }

func (u MessageStreamEventUnion) AsContentBlockStart() (v ContentBlockStartEvent) {
	v.ContentBlock = u.ContentBlock
	v.Index = u.Index
	return
}

func (u MessageStreamEventUnion) AsContentBlockDelta() (v ContentBlockDeltaEvent) {
	v.Delta = RawContentBlockDeltaUnion{Text: u.Delta.Text, Type: u.Delta.Type, PartialJSON: u.Delta.PartialJSON, Thinking: u.Delta.Thinking, Signature: u.Delta.Signature}
	v.Index = u.Index
	return
}

func (u MessageStreamEventUnion) AsContentBlockStop() (v ContentBlockStopEvent) {
	v.Index = u.Index
	return
}

// MessageStreamEventUnionDelta is the union of the message_delta and
// content_block_delta deltas.
type MessageStreamEventUnionDelta struct {
	StopReason   StopReason `json:"stop_reason"`
	StopSequence string     `json:"stop_sequence"`
	Text         string     `json:"text"`
	Type         string     `json:"type"`
	PartialJSON  string     `json:"partial_json"`
	Thinking     string     `json:"thinking"`
	Signature    string     `json:"signature"`
}

type MessageStartEvent struct {
	Message Message               `json:"message" api:"required"`
	Type    constant.MessageStart `json:"type" default:"message_start"`
}

type MessageDeltaEvent struct {
	Delta MessageDeltaEventDelta `json:"delta" api:"required"`
	Type  constant.MessageDelta  `json:"type" default:"message_delta"`
	Usage MessageDeltaUsage      `json:"usage" api:"required"`
}

type MessageDeltaEventDelta struct {
	StopReason   StopReason `json:"stop_reason" api:"required"`
	StopSequence string     `json:"stop_sequence" api:"required"`
}

type MessageStopEvent struct {
	Type constant.MessageStop `json:"type" default:"message_stop"`
}

type ContentBlockStartEvent struct {
	ContentBlock ContentBlockStartEventContentBlockUnion `json:"content_block" api:"required"`
	Index        int64                                   `json:"index" api:"required"`
	Type         constant.ContentBlockStart              `json:"type" default:"content_block_start"`
}

// ContentBlockStartEventContentBlockUnion keeps the text-variant fields.
type ContentBlockStartEventContentBlockUnion struct {
	Text string `json:"text"`
	Type string `json:"type"`
}

type ContentBlockDeltaEvent struct {
	Delta RawContentBlockDeltaUnion  `json:"delta" api:"required"`
	Index int64                      `json:"index" api:"required"`
	Type  constant.ContentBlockDelta `json:"type" default:"content_block_delta"`
}

type ContentBlockStopEvent struct {
	Index int64                     `json:"index" api:"required"`
	Type  constant.ContentBlockStop `json:"type" default:"content_block_stop"`
}

// RawContentBlockDeltaUnion contains the fields of the delta variants.
type RawContentBlockDeltaUnion struct {
	Text        string `json:"text"`
	Type        string `json:"type"`
	PartialJSON string `json:"partial_json"`
	Thinking    string `json:"thinking"`
	Signature   string `json:"signature"`
}

type anyRawContentBlockDelta interface {
	implRawContentBlockDeltaUnion()
}

func (TextDelta) implRawContentBlockDeltaUnion()      {}
func (InputJSONDelta) implRawContentBlockDeltaUnion() {}
func (ThinkingDelta) implRawContentBlockDeltaUnion()  {}
func (SignatureDelta) implRawContentBlockDeltaUnion() {}

func (u RawContentBlockDeltaUnion) AsAny() anyRawContentBlockDelta {
	switch u.Type {
	case "text_delta":
		return u.AsTextDelta()
	case "input_json_delta":
		return u.AsInputJSONDelta()
	case "thinking_delta":
		return u.AsThinkingDelta()
	case "signature_delta":
		return u.AsSignatureDelta()
	}
	return nil
}

func (u RawContentBlockDeltaUnion) AsTextDelta() (v TextDelta) {
	v.Text = u.Text
	return
}

func (u RawContentBlockDeltaUnion) AsInputJSONDelta() (v InputJSONDelta) {
	v.PartialJSON = u.PartialJSON
	return
}

func (u RawContentBlockDeltaUnion) AsThinkingDelta() (v ThinkingDelta) {
	v.Thinking = u.Thinking
	return
}

func (u RawContentBlockDeltaUnion) AsSignatureDelta() (v SignatureDelta) {
	v.Signature = u.Signature
	return
}

type TextDelta struct {
	Text string             `json:"text" api:"required"`
	Type constant.TextDelta `json:"type" default:"text_delta"`
}

type InputJSONDelta struct {
	PartialJSON string                  `json:"partial_json" api:"required"`
	Type        constant.InputJSONDelta `json:"type" default:"input_json_delta"`
}

type ThinkingDelta struct {
	Thinking string                 `json:"thinking" api:"required"`
	Type     constant.ThinkingDelta `json:"type" default:"thinking_delta"`
}

type SignatureDelta struct {
	Signature string                  `json:"signature" api:"required"`
	Type      constant.SignatureDelta `json:"type" default:"signature_delta"`
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
		acc.StopReason = event.Delta.StopReason
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
