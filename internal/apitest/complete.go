package apitest

import (
	"strings"
)

const (
	humanMarker     = "\n\nHuman:"
	assistantMarker = "\n\nAssistant:"
)

// The legacy API's prompt errors, as promptcheck quotes them.
const (
	promptStart = `prompt must start with "\n\nHuman:" turn after an optional system prompt`
	promptEnd   = `prompt must end with "\n\nAssistant:" turn`
)

// completeFields are the legacy fields.
var completeFields = fields("model", "prompt", "max_tokens_to_sample")

// bedrockCompleteFields are the legacy fields on Bedrock.
var bedrockCompleteFields = []string{"prompt", "max_tokens_to_sample", "stop_sequences", "temperature", "top_p", "top_k", "anthropic_version"}

// readComplete reads and checks a legacy Text Completions body: a prompt
// with a Human turn (after optional system text) that ends with an
// Assistant turn, and max_tokens_to_sample of at least 1. The model is not
// judged: the legacy side stands for the API as legacy programs once ran.
// It returns the body's model ("" on Bedrock) and the conversation the
// migration mapping gives.
func readComplete(data []byte, d dialect) (string, Conversation, *apiError) {
	var c Conversation
	o, err := readObject(data)
	if err != nil {
		return "", c, err
	}
	allowed := completeFields
	if d.bedrock {
		allowed = bedrockCompleteFields
	}
	if k := o.extra(allowed...); k != "" {
		return "", c, d.extra(k)
	}
	required := []string{"model", "prompt", "max_tokens_to_sample"}
	if d.bedrock {
		required = required[1:]
	}
	for _, k := range required {
		if !o.has(k) {
			return "", c, d.missing(k)
		}
	}
	model := ""
	if !d.bedrock {
		if model, err = readString(o["model"], "model"); err != nil {
			return "", c, err
		}
	}
	prompt, err := readString(o["prompt"], "prompt")
	if err != nil {
		return model, c, err
	}
	if c.MaxTokens, err = readInt(o["max_tokens_to_sample"], "max_tokens_to_sample"); err != nil {
		return model, c, err
	}
	if c.MaxTokens < 1 {
		return model, c, invalid("max_tokens_to_sample: Input should be greater than or equal to 1")
	}
	if c.System, c.Turns, err = splitPrompt(prompt); err != nil {
		return model, c, err
	}
	if err := readOptional(o, &c, false); err != nil {
		return model, c, err
	}
	if len(c.Stop) == 0 {
		c.Stop = nil
	}
	return model, c, nil
}

// splitPrompt applies the migration mapping to a legacy prompt. Only
// "\n\nHuman:" and "\n\nAssistant:" delimit turns. The text before the first
// Human turn is the system text; each turn drops the one space after its
// colon; a final empty Assistant turn is no message, a final non-empty one
// is a prefill with its trailing whitespace trimmed.
func splitPrompt(prompt string) (string, []Turn, *apiError) {
	first := strings.Index(prompt, humanMarker)
	if first < 0 {
		return "", nil, invalid(promptStart)
	}
	if a := strings.LastIndex(prompt, assistantMarker); a < 0 || a < strings.LastIndex(prompt, humanMarker) {
		return "", nil, invalid(promptEnd)
	}
	system, rest := prompt[:first], prompt[first:]
	var turns []Turn
	for rest != "" {
		role, marker := "user", humanMarker
		if strings.HasPrefix(rest, assistantMarker) {
			role, marker = "assistant", assistantMarker
		}
		rest = rest[len(marker):]
		end := len(rest)
		for _, m := range []string{humanMarker, assistantMarker} {
			if i := strings.Index(rest, m); i >= 0 && i < end {
				end = i
			}
		}
		turns = append(turns, Turn{Role: role, Text: strings.TrimPrefix(rest[:end], " ")})
		rest = rest[end:]
	}
	last := &turns[len(turns)-1]
	last.Text = strings.TrimRight(last.Text, " \t\r\n")
	if last.Text == "" {
		turns = turns[:len(turns)-1]
	}
	return system, turns, nil
}
