package anthropic

import "encoding/json"

// MessageStreamEvent carries every stream event; Delta and ContentBlock hold
// the variant-specific values, as in the real alpha source.
type MessageStreamEvent struct {
	Type         MessageStreamEventType `json:"type,required"`
	Message      Message                `json:"message"`
	Delta        interface{}            `json:"delta,required"`
	Usage        MessageDeltaUsage      `json:"usage"`
	Index        int64                  `json:"index"`
	ContentBlock interface{}            `json:"content_block,required"`
}

// AsUnion returns a [MessageStreamEventUnion]. The stub decodes nothing, so
// it only rebuilds the variants from the fields it has.
func (r MessageStreamEvent) AsUnion() MessageStreamEventUnion {
	switch r.Type {
	case MessageStreamEventTypeMessageStart:
		return MessageStartEvent{Message: r.Message, Type: MessageStartEventTypeMessageStart}
	case MessageStreamEventTypeMessageDelta:
		d, _ := r.Delta.(MessageDeltaEventDelta)
		return MessageDeltaEvent{Delta: d, Type: MessageDeltaEventTypeMessageDelta, Usage: r.Usage}
	case MessageStreamEventTypeMessageStop:
		return MessageStopEvent{Type: MessageStopEventTypeMessageStop}
	case MessageStreamEventTypeContentBlockStart:
		cb, _ := r.ContentBlock.(ContentBlockStartEventContentBlock)
		return ContentBlockStartEvent{ContentBlock: cb, Index: r.Index, Type: ContentBlockStartEventTypeContentBlockStart}
	case MessageStreamEventTypeContentBlockDelta:
		d, _ := r.Delta.(ContentBlockDeltaEventDelta)
		return ContentBlockDeltaEvent{Delta: d, Index: r.Index, Type: ContentBlockDeltaEventTypeContentBlockDelta}
	case MessageStreamEventTypeContentBlockStop:
		return ContentBlockStopEvent{Index: r.Index, Type: ContentBlockStopEventTypeContentBlockStop}
	}
	return nil
}

type MessageStreamEventUnion interface {
	implementsMessageStreamEvent()
}

type MessageStreamEventType string

const (
	MessageStreamEventTypeMessageStart      MessageStreamEventType = "message_start"
	MessageStreamEventTypeMessageDelta      MessageStreamEventType = "message_delta"
	MessageStreamEventTypeMessageStop       MessageStreamEventType = "message_stop"
	MessageStreamEventTypeContentBlockStart MessageStreamEventType = "content_block_start"
	MessageStreamEventTypeContentBlockDelta MessageStreamEventType = "content_block_delta"
	MessageStreamEventTypeContentBlockStop  MessageStreamEventType = "content_block_stop"
)

type MessageStartEvent struct {
	Message Message               `json:"message,required"`
	Type    MessageStartEventType `json:"type,required"`
}

func (r MessageStartEvent) implementsMessageStreamEvent() {}

type MessageStartEventType string

const (
	MessageStartEventTypeMessageStart MessageStartEventType = "message_start"
)

type MessageDeltaEvent struct {
	Delta MessageDeltaEventDelta `json:"delta,required"`
	Type  MessageDeltaEventType  `json:"type,required"`
	Usage MessageDeltaUsage      `json:"usage,required"`
}

func (r MessageDeltaEvent) implementsMessageStreamEvent() {}

type MessageDeltaEventType string

const (
	MessageDeltaEventTypeMessageDelta MessageDeltaEventType = "message_delta"
)

type MessageDeltaEventDelta struct {
	StopReason   MessageDeltaEventDeltaStopReason `json:"stop_reason,required,nullable"`
	StopSequence string                           `json:"stop_sequence,required,nullable"`
}

type MessageDeltaEventDeltaStopReason string

const (
	MessageDeltaEventDeltaStopReasonEndTurn      MessageDeltaEventDeltaStopReason = "end_turn"
	MessageDeltaEventDeltaStopReasonMaxTokens    MessageDeltaEventDeltaStopReason = "max_tokens"
	MessageDeltaEventDeltaStopReasonStopSequence MessageDeltaEventDeltaStopReason = "stop_sequence"
	MessageDeltaEventDeltaStopReasonToolUse      MessageDeltaEventDeltaStopReason = "tool_use"
)

type MessageStopEvent struct {
	Type MessageStopEventType `json:"type,required"`
}

func (r MessageStopEvent) implementsMessageStreamEvent() {}

type MessageStopEventType string

const (
	MessageStopEventTypeMessageStop MessageStopEventType = "message_stop"
)

type ContentBlockStartEvent struct {
	ContentBlock ContentBlockStartEventContentBlock `json:"content_block,required"`
	Index        int64                              `json:"index,required"`
	Type         ContentBlockStartEventType         `json:"type,required"`
}

func (r ContentBlockStartEvent) implementsMessageStreamEvent() {}

type ContentBlockStartEventType string

const (
	ContentBlockStartEventTypeContentBlockStart ContentBlockStartEventType = "content_block_start"
)

type ContentBlockStartEventContentBlock struct {
	Type  ContentBlockStartEventContentBlockType `json:"type,required"`
	Text  string                                 `json:"text"`
	ID    string                                 `json:"id"`
	Name  string                                 `json:"name"`
	Input json.RawMessage                        `json:"input,required"`
}

type ContentBlockStartEventContentBlockType string

const (
	ContentBlockStartEventContentBlockTypeText ContentBlockStartEventContentBlockType = "text"
)

type ContentBlockDeltaEvent struct {
	Delta ContentBlockDeltaEventDelta `json:"delta,required"`
	Index int64                       `json:"index,required"`
	Type  ContentBlockDeltaEventType  `json:"type,required"`
}

func (r ContentBlockDeltaEvent) implementsMessageStreamEvent() {}

type ContentBlockDeltaEventType string

const (
	ContentBlockDeltaEventTypeContentBlockDelta ContentBlockDeltaEventType = "content_block_delta"
)

type ContentBlockDeltaEventDelta struct {
	Type        ContentBlockDeltaEventDeltaType `json:"type,required"`
	Text        string                          `json:"text"`
	PartialJSON string                          `json:"partial_json"`
}

// AsUnion returns a [ContentBlockDeltaEventDeltaUnion]: [TextDelta] or
// [InputJSONDelta] in the stub.
func (r ContentBlockDeltaEventDelta) AsUnion() ContentBlockDeltaEventDeltaUnion {
	switch r.Type {
	case ContentBlockDeltaEventDeltaTypeTextDelta:
		return TextDelta{Text: r.Text, Type: TextDeltaTypeTextDelta}
	case ContentBlockDeltaEventDeltaTypeInputJSONDelta:
		return InputJSONDelta{PartialJSON: r.PartialJSON, Type: InputJSONDeltaTypeInputJSONDelta}
	}
	return nil
}

type ContentBlockDeltaEventDeltaUnion interface {
	implementsContentBlockDeltaEventDelta()
}

type ContentBlockDeltaEventDeltaType string

const (
	ContentBlockDeltaEventDeltaTypeTextDelta      ContentBlockDeltaEventDeltaType = "text_delta"
	ContentBlockDeltaEventDeltaTypeInputJSONDelta ContentBlockDeltaEventDeltaType = "input_json_delta"
)

type ContentBlockStopEvent struct {
	Index int64                     `json:"index,required"`
	Type  ContentBlockStopEventType `json:"type,required"`
}

func (r ContentBlockStopEvent) implementsMessageStreamEvent() {}

type ContentBlockStopEventType string

const (
	ContentBlockStopEventTypeContentBlockStop ContentBlockStopEventType = "content_block_stop"
)

type TextDelta struct {
	Text string        `json:"text,required"`
	Type TextDeltaType `json:"type,required"`
}

func (r TextDelta) implementsContentBlockDeltaEventDelta() {}

type TextDeltaType string

const (
	TextDeltaTypeTextDelta TextDeltaType = "text_delta"
)

type InputJSONDelta struct {
	PartialJSON string             `json:"partial_json,required"`
	Type        InputJSONDeltaType `json:"type,required"`
}

func (r InputJSONDelta) implementsContentBlockDeltaEventDelta() {}

type InputJSONDeltaType string

const (
	InputJSONDeltaTypeInputJSONDelta InputJSONDeltaType = "input_json_delta"
)

// Accumulate builds up the Message incrementally from a MessageStreamEvent.
func (a *Message) Accumulate(event MessageStreamEvent) error {
	if a == nil {
		return nil
	}
	switch event := event.AsUnion().(type) {
	case MessageStartEvent:
		*a = event.Message
	case MessageDeltaEvent:
		a.StopReason = MessageStopReason(event.Delta.StopReason)
		a.StopSequence = event.Delta.StopSequence
		a.Usage.OutputTokens = event.Usage.OutputTokens
	case ContentBlockStartEvent:
		a.Content = append(a.Content, ContentBlock{Type: ContentBlockType(event.ContentBlock.Type), Text: event.ContentBlock.Text})
	case ContentBlockDeltaEvent:
		if n := len(a.Content); n > 0 {
			a.Content[n-1].Text += event.Delta.Text
		}
	}
	return nil
}
