package apitest

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Messages API fields the stand-in reads.
var messagesFields = fields("model", "messages", "max_tokens", "system")

// bedrockMessagesFields are the fields of a Messages body on Bedrock:
// anthropic_version instead of model (the path names it), no metadata and
// no stream (streaming is another operation).
var bedrockMessagesFields = []string{"anthropic_version", "messages", "max_tokens", "system", "stop_sequences", "temperature", "top_p", "top_k"}

// unmodelled are real Messages API fields the stand-in does not model: a
// request with one is rejected with a message saying so, not silently
// accepted.
var unmodelled = []string{"tools", "tool_choice", "thinking", "service_tier", "container", "mcp_servers",
	"context_management", "output_config", "output_format", "inference_geo", "cache_control", "anthropic_beta"}

// bedrockVersion is the anthropic_version a Messages body on Bedrock needs.
const bedrockVersion = "bedrock-2023-05-31"

// A dialect spells the errors about top-level keys: the first-party API's
// or Bedrock's.
type dialect struct{ bedrock bool }

func (d dialect) missing(key string) *apiError {
	if d.bedrock {
		return invalid("Malformed input request: #: required key [%s] not found, please reformat your input and try again.", key)
	}
	return invalid("%s: Field required", key)
}

func (d dialect) extra(key string) *apiError {
	for _, u := range unmodelled {
		if key == u {
			return invalid("apitest: %s is a real API field that the stand-in does not model", key)
		}
	}
	if d.bedrock {
		return invalid("Malformed input request: #: extraneous key [%s] is not permitted, please reformat your input and try again.", key)
	}
	return invalid("%s: Extra inputs are not permitted", key)
}

// readMessages reads and checks a Messages request body, except for the
// rules of its model. It returns the body's model ("" on Bedrock) and the
// conversation, as far as it was read.
func readMessages(data []byte, d dialect) (string, Conversation, *apiError) {
	var c Conversation
	o, err := readObject(data)
	if err != nil {
		return "", c, err
	}
	allowed := messagesFields
	if d.bedrock {
		allowed = bedrockMessagesFields
	}
	if k := o.extra(allowed...); k != "" {
		return "", c, d.extra(k)
	}
	model := ""
	if d.bedrock {
		if !o.has("anthropic_version") {
			return "", c, d.missing("anthropic_version")
		}
		if v, err := readString(o["anthropic_version"], "anthropic_version"); err != nil || v != bedrockVersion {
			return "", c, invalid("Malformed input request: anthropic_version must be %q, please reformat your input and try again.", bedrockVersion)
		}
	} else {
		if !o.has("model") {
			return "", c, d.missing("model")
		}
		if model, err = readString(o["model"], "model"); err != nil {
			return "", c, err
		}
	}
	for _, k := range []string{"messages", "max_tokens"} {
		if !o.has(k) {
			return model, c, d.missing(k)
		}
	}
	if c.MaxTokens, err = readInt(o["max_tokens"], "max_tokens"); err != nil {
		return model, c, err
	}
	if c.MaxTokens < 0 {
		return model, c, invalid("max_tokens: Input should be greater than or equal to 0")
	}
	if c.MaxTokens == 0 {
		// The API takes 0 to pre-warm the prompt cache (SDK v1.84.0), but
		// then generates nothing: no rewrite of a legacy request means it.
		return model, c, invalid("apitest: max_tokens 0 only pre-warms the prompt cache and generates nothing; the stand-in rejects it")
	}
	if o.has("system") {
		if c.System, err = readSystem(o["system"]); err != nil {
			return model, c, err
		}
	}
	if c.Turns, err = readTurns(o["messages"], d); err != nil {
		return model, c, err
	}
	if err := readOptional(o, &c, true); err != nil {
		return model, c, err
	}
	if len(c.Stop) == 0 {
		c.Stop = nil
	}
	return model, c, nil
}

// readSystem reads the system field: a string or a list of text blocks.
// Every block must hold non-whitespace text, even next to other blocks (S41).
func readSystem(raw json.RawMessage) (string, *apiError) {
	texts, err := readContent(raw, "system")
	if err != nil {
		return "", err
	}
	for _, t := range texts {
		if t == "" {
			return "", invalid("system: text content blocks must be non-empty")
		}
		if strings.TrimSpace(t) == "" {
			return "", invalid("system: text content blocks must contain non-whitespace text")
		}
	}
	return strings.Join(texts, ""), nil
}

// readTurns reads the messages field and applies the rules on message
// content: no empty text block, no message of only whitespace, and a final
// assistant message (a prefill) that does not end in whitespace.
func readTurns(raw json.RawMessage, d dialect) ([]Turn, *apiError) {
	list, err := readList(raw, "messages")
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, invalid("messages: at least one message is required")
	}
	var turns []Turn
	for i, m := range list {
		o, err := readDict(m, path("messages", i))
		if err != nil {
			return nil, err
		}
		if k := o.extra("role", "content"); k != "" {
			return nil, invalid("%s: Extra inputs are not permitted", path("messages", i, k))
		}
		for _, k := range []string{"role", "content"} {
			if !o.has(k) {
				return nil, invalid("%s: Field required", path("messages", i, k))
			}
		}
		role, _ := readString(o["role"], "")
		if role != "user" && role != "assistant" {
			return nil, invalid("%s: Input should be 'user' or 'assistant'", path("messages", i, "role"))
		}
		texts, err := readContent(o["content"], path("messages", i, "content"))
		if err != nil {
			return nil, err
		}
		final := i == len(list)-1
		text := strings.Join(texts, "")
		for _, t := range texts {
			if t == "" && !isString(o["content"]) {
				return nil, invalid("messages: text content blocks must be non-empty")
			}
		}
		switch {
		case text == "" && (!final || role != "assistant"):
			return nil, invalid("messages.%d: all messages must have non-empty content except for the optional final assistant message", i)
		case strings.TrimSpace(text) == "" && !final:
			return nil, invalid("messages: text content blocks must contain non-whitespace text")
		case final && role == "user" && strings.TrimSpace(text) == "":
			return nil, invalid("messages: text content blocks must contain non-whitespace text")
		case final && role == "assistant" && text != "" && endsInSpace(text):
			return nil, invalid("messages: final assistant content cannot end with trailing whitespace")
		}
		turns = append(turns, Turn{Role: role, Text: text})
	}
	if d.bedrock {
		// Bedrock kept the older rules (docs/sources.md R-FIRST-USER,
		// R-SAME-ROLE) after the first-party API relaxed them.
		if turns[0].Role != "user" {
			return nil, invalid("A conversation must start with a user message. Try again with a conversation that starts with a user message.")
		}
		for i := 1; i < len(turns); i++ {
			if turns[i].Role == turns[i-1].Role {
				return nil, invalid("A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again.")
			}
		}
	}
	return turns, nil
}

// readContent reads message or system content: a string, or a list of text
// blocks. It returns the text of each block.
func readContent(raw json.RawMessage, at string) ([]string, *apiError) {
	if isString(raw) {
		s, err := readString(raw, at)
		return []string{s}, err
	}
	list, err := readList(raw, at)
	if err != nil {
		return nil, err
	}
	texts := make([]string, 0, len(list))
	for i, b := range list {
		o, err := readDict(b, path(at, i))
		if err != nil {
			return nil, err
		}
		if !o.has("type") {
			return nil, invalid("%s: Field required", path(at, i, "type"))
		}
		typ, err := readString(o["type"], path(at, i, "type"))
		if err != nil {
			return nil, err
		}
		if typ != "text" {
			return nil, invalid("apitest: %s: content blocks of type %q are not modelled by the stand-in", path(at, i), typ)
		}
		if k := o.extra("type", "text", "cache_control", "citations"); k != "" {
			return nil, invalid("%s: Extra inputs are not permitted", path(at, i, k))
		}
		if !o.has("text") {
			return nil, invalid("%s: Field required", path(at, i, "text"))
		}
		t, err := readString(o["text"], path(at, i, "text"))
		if err != nil {
			return nil, err
		}
		texts = append(texts, t)
	}
	return texts, nil
}

func endsInSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}
