// Package msgapi is a model of what the Messages API, and the official Go SDK
// in front of it, accept: a request as far as it is known statically, the
// rules it must meet for a given model, and the choice of a model that
// accepts it. It is pure, like promptcheck: no go/ast, no go/types.
//
// The rules come from a dated table (caps.csv) and from request-level rules
// that hold for every model; docs/sources.md quotes the source of each.
package msgapi

import (
	"strings"
	"unicode"
)

// Role is the author of a message.
type Role uint8

// The two roles of the Messages API.
const (
	User Role = iota + 1
	Assistant
)

func (r Role) String() string {
	if r == Assistant {
		return "assistant"
	}
	return "user"
}

// A Text is the text of a content block as far as it is known statically.
type Text struct {
	// Literal is the known text, with the unknown parts left out.
	Literal string
	// Holes is set when parts of the text are unknown.
	Holes bool
	// HolesNonBlank is set when every unknown part is known to hold
	// non-whitespace text (a number, a quoted string, a value checked before
	// the request).
	HolesNonBlank bool
	// EndsInHole is set when the text ends in an unknown part;
	// HoleEndsInNonSpace when that part is known not to end in whitespace.
	EndsInHole, HoleEndsInNonSpace bool
}

// Known returns a Text of known value s.
func Known(s string) Text { return Text{Literal: s} }

// MayBeBlank reports whether the text is blank (empty or only whitespace),
// or, with holes, may be empty: text that only holes could make blank,
// around literal whitespace, is not judged, as it needs every hole empty.
func (t Text) MayBeBlank() bool {
	if !t.Holes {
		return strings.TrimSpace(t.Literal) == ""
	}
	return t.Literal == "" && !t.HolesNonBlank
}

// MayEndInSpace reports whether the text may end in whitespace.
func (t Text) MayEndInSpace() bool {
	if t.EndsInHole {
		return !t.HoleEndsInNonSpace
	}
	return t.Literal == "" || unicode.IsSpace(lastRune(t.Literal))
}

func lastRune(s string) rune {
	r := []rune(s)
	return r[len(r)-1]
}

// A Message is one message of a request, with one text block.
type Message struct {
	Role Role
	Text Text
}

// A Number is a numeric parameter: absent, set to an unknown value, or set
// to a known one.
type Number struct {
	Set, Known bool
	Value      float64
}

// Of returns a Number set to v.
func Of(v float64) Number { return Number{Set: true, Known: true, Value: v} }

// A Request is a Messages API request as far as it is known statically.
type Request struct {
	// Model is the model id the request sends, "" when it is not known.
	Model     string
	MaxTokens Number
	// System is the system text; nil when the request has none.
	System   *Text
	Messages []Message
	// StopSequences are the stop sequences, as far as they are known.
	StopSequences []Text
	// Temperature, TopP and TopK are the sampling parameters.
	Temperature, TopP, TopK Number
	// Stream is set for a streamed request.
	Stream bool
	// SDKNonStreamingCheck is set for a non-streaming call of an official Go
	// SDK that refuses, before sending, a request expected to take longer
	// than ten minutes unless a request timeout is set
	// (CalculateNonStreamingTimeout in the SDK's client.go).
	SDKNonStreamingCheck bool
	// RequestTimeout is set when the call sets a request timeout option.
	RequestTimeout bool
}

// Prefill reports whether the request ends with an assistant message: a
// prefill the model continues.
func (r Request) Prefill() bool {
	return len(r.Messages) > 0 && r.Messages[len(r.Messages)-1].Role == Assistant
}
