// Package embedded_fix exercises the Messages rewrite of request structs
// that embed a struct of parameters: encoding/json sends its fields as the
// body's own, and the rewrite leaves them as they are when the Messages API
// takes them unchanged.
package embedded_fix

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

// post sends a body; the functions that get a fix decode the answer
// themselves.
func post(url string, v any) *http.Response {
	b, _ := json.Marshal(v)
	resp, _ := http.Post(url, "application/json", bytes.NewReader(b))
	return resp
}

type SamplingParams struct {
	Temperature float64 `json:"temperature,omitempty"`
	TopK        int     `json:"top_k,omitempty"`
}

type sampledRequest struct {
	SamplingParams
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

// sampled sets a promoted temperature: the model must accept it.
func sampled(q string) string {
	resp := post("https://api.anthropic.com/v1/complete", sampledRequest{ // want `composite literal of sampledRequest builds a legacy`
		SamplingParams:    SamplingParams{Temperature: 0.4},
		Model:             "claude-sonnet-4-6",
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
		MaxTokensToSample: 300,
	})
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return fmt.Sprint(out["completion"])
}

type Options struct {
	StopSequences []string          `json:"stop_sequences,omitempty"`
	Metadata      map[string]string `json:"metadata,omitempty"`
	Debug         bool              `json:"-"`
	internal      int
}

type optionsRequest struct {
	*Options
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

// pointed embeds a pointer to options, set by a literal.
func pointed() string {
	resp := post("https://api.anthropic.com/v1/complete", optionsRequest{Options: &Options{StopSequences: []string{"</answer>"}}, Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10}) // want `composite literal of optionsRequest builds a legacy`
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return fmt.Sprint(out["completion"])
}

type Defaults struct {
	TopP float64 `json:"top_p"`
}

type defaultsRequest struct {
	Defaults
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

// shared takes its sampling from a variable: top_p is sent with a value
// the rewrite does not follow, which the model must accept.
func shared() string {
	defaults := Defaults{TopP: 0.9}
	resp := post("https://api.anthropic.com/v1/complete", defaultsRequest{Defaults: defaults, Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10}) // want `composite literal of defaultsRequest builds a legacy`
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return fmt.Sprint(out["completion"])
}

type Base struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

type baseRequest struct {
	Base
	Temperature float64 `json:"temperature"`
}

// based embeds the prompt: its declaration would change.
func based() string {
	resp := post("https://api.anthropic.com/v1/complete", baseRequest{Base: Base{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10}, Temperature: 0.5}) // want `no automatic rewrite: type baseRequest embeds Base, whose field Model \(json:"model"\) is not a parameter the Messages API takes unchanged`
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return fmt.Sprint(out["completion"])
}

type defaultTempRequest struct {
	SamplingParams
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

// defaultTemperature sets the promoted temperature to its default, which
// the model takes only unset.
func defaultTemperature() string {
	resp := post("https://api.anthropic.com/v1/complete", defaultTempRequest{SamplingParams: SamplingParams{Temperature: 1}, Model: "claude-opus-4-8", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10}) // want `no automatic rewrite: type defaultTempRequest embeds SamplingParams, whose field Temperature \(json:"temperature"\) is at its default value, which the rewrite drops for the model`
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return fmt.Sprint(out["completion"])
}

type humanStopRequest struct {
	*Options
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

// humanStop lists the legacy turn marker in the promoted stop sequences.
func humanStop() string {
	resp := post("https://api.anthropic.com/v1/complete", humanStopRequest{Options: &Options{StopSequences: []string{"\n\nHuman:"}}, Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10}) // want `redundant` `no automatic rewrite: type humanStopRequest embeds \*Options, whose field StopSequences \(json:"stop_sequences"\) lists "\\n\\nHuman:", which the rewrite drops`
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return fmt.Sprint(out["completion"])
}

type namedRequest struct {
	SamplingParams    `json:"sampling"`
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

// named embeds with a JSON name: the body has a "sampling" object.
func named() string {
	resp := post("https://api.anthropic.com/v1/complete", namedRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10}) // want `no automatic rewrite: type namedRequest embeds SamplingParams`
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return fmt.Sprint(out["completion"])
}

type hiddenRequest struct {
	SamplingParams
	Model             string  `json:"model"`
	Prompt            string  `json:"prompt"`
	MaxTokensToSample int     `json:"max_tokens_to_sample"`
	Temperature       float64 `json:"temperature,omitempty"`
}

// hidden declares a temperature of its own, which hides the promoted one.
func hidden() string {
	resp := post("https://api.anthropic.com/v1/complete", hiddenRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10, Temperature: 0.2}) // want `no automatic rewrite: type hiddenRequest embeds SamplingParams, whose field Temperature \(json:"temperature"\) shares its JSON name with another field of the body`
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return fmt.Sprint(out["completion"])
}
