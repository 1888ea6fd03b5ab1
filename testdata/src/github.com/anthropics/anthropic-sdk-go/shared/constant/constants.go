// Package constant is trimmed to the constants the completion and message
// types of this stub use.
package constant

type Constant[T any] interface {
	Default() T
}

func ValueOf[T Constant[T]]() T {
	var t T
	return t.Default()
}

type Assistant string         // Always "assistant"
type Completion string        // Always "completion"
type ContentBlockDelta string // Always "content_block_delta"
type ContentBlockStart string // Always "content_block_start"
type ContentBlockStop string  // Always "content_block_stop"
type InputJSONDelta string    // Always "input_json_delta"
type Message string           // Always "message"
type MessageDelta string      // Always "message_delta"
type MessageStart string      // Always "message_start"
type MessageStop string       // Always "message_stop"
type SignatureDelta string    // Always "signature_delta"
type Text string              // Always "text"
type TextDelta string         // Always "text_delta"
type ThinkingDelta string     // Always "thinking_delta"

func (c Assistant) Default() Assistant                 { return "assistant" }
func (c Completion) Default() Completion               { return "completion" }
func (c ContentBlockDelta) Default() ContentBlockDelta { return "content_block_delta" }
func (c ContentBlockStart) Default() ContentBlockStart { return "content_block_start" }
func (c ContentBlockStop) Default() ContentBlockStop   { return "content_block_stop" }
func (c InputJSONDelta) Default() InputJSONDelta       { return "input_json_delta" }
func (c Message) Default() Message                     { return "message" }
func (c MessageDelta) Default() MessageDelta           { return "message_delta" }
func (c MessageStart) Default() MessageStart           { return "message_start" }
func (c MessageStop) Default() MessageStop             { return "message_stop" }
func (c SignatureDelta) Default() SignatureDelta       { return "signature_delta" }
func (c Text) Default() Text                           { return "text" }
func (c TextDelta) Default() TextDelta                 { return "text_delta" }
func (c ThinkingDelta) Default() ThinkingDelta         { return "thinking_delta" }
