// Package structs_fix exercises the Messages rewrite of hand-written struct
// bodies and the response types they are read through.
package structs_fix

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
)

func post(url string, v any) *http.Response {
	b, _ := json.Marshal(v)
	resp, _ := http.Post(url, "application/json", bytes.NewReader(b))
	return resp
}

type askRequest struct {
	Model             string   `json:"model"`
	Prompt            string   `json:"prompt"`
	MaxTokensToSample int      `json:"max_tokens_to_sample"`
	StopSequences     []string `json:"stop_sequences"`
	Temperature       float64  `json:"temperature"`
}

type askResponse struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
}

// ask sets the default temperature, which the target model only takes at
// its default: it is dropped, and its field gets omitempty; so does the
// stop sequence list left empty.
func ask(q string) (string, error) {
	b, err := json.Marshal(askRequest{ // want `composite literal of askRequest builds a legacy`
		Model:             "claude-2.0", // want `retired`
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
		MaxTokensToSample: 100,
		StopSequences:     []string{"\n\nHuman:"}, // want `redundant`
		Temperature:       1,
	})
	if err != nil {
		return "", err
	}
	resp, err := http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out askResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	switch out.StopReason {
	case "stop_sequence":
		log.Print("done")
	case "max_tokens":
		log.Print("cut")
	}
	if out.StopReason != "stop_sequence" {
		log.Printf("stopped early: %s", out.StopReason)
	}
	return out.Completion, nil
}

type refusalRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

type refusalResponse struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
}

// refusal compares the stop reason with a value the legacy API never gave.
func refusal() bool {
	resp := post("https://api.anthropic.com/v1/complete", refusalRequest{ // want `no automatic rewrite: result field StopReason compared with "refusal" at structs_fix.go:\d+`
		Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10,
	})
	var out refusalResponse
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return out.StopReason == "refusal"
}

type twiceRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

// twice builds its request type twice: each request gets a reason.
func twice() {
	post("https://api.anthropic.com/v1/complete", twiceRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: a\n\nAssistant:", MaxTokensToSample: 10}) // want `no automatic rewrite: twiceRequest is also built at structs_fix.go:\d+`
	post("https://api.anthropic.com/v1/complete", twiceRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: b\n\nAssistant:", MaxTokensToSample: 10}) // want `no automatic rewrite: twiceRequest is also built at structs_fix.go:\d+`
}

type loggedRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

// logged reads the prompt back.
func logged(q string) {
	r := loggedRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: " + q + "\n\nAssistant:", MaxTokensToSample: 10} // want `no automatic rewrite: field Prompt is also used at structs_fix.go:\d+`
	log.Print(r.Prompt)
	post("https://api.anthropic.com/v1/complete", r)
}

// CompleteRequest is exported from a package others may import.
type CompleteRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

func exported() {
	post("https://api.anthropic.com/v1/complete", CompleteRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10}) // want `no automatic rewrite: type CompleteRequest is exported from package legacy/structs_fix`
}

type loggedIDRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

type loggedIDResponse struct {
	Completion string `json:"completion"`
	LogID      string `json:"log_id"`
}

// logID reads a response field the Messages API does not have.
func logID() string {
	resp := post("https://api.anthropic.com/v1/complete", loggedIDRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10}) // want `no automatic rewrite: the response field LogID \(json:"log_id"\) read at structs_fix.go:\d+ has no Messages counterpart`
	var out loggedIDResponse
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return out.LogID + out.Completion
}

type taggedRequest struct {
	Model             string            `json:"model"`
	Prompt            string            `json:"prompt"`
	MaxTokensToSample int               `json:"max_tokens_to_sample"`
	Tags              map[string]string `json:"tags,omitempty"`
}

// tagged sends a key the Messages API rejects.
func tagged() {
	post("https://api.anthropic.com/v1/complete", taggedRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10, Tags: map[string]string{"a": "b"}}) // want `no automatic rewrite: body key "tags" has no mechanical Messages counterpart`
}

type mapRespRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

// mapResponse decodes the answer into a map.
func mapResponse(q string) (string, error) {
	resp := post("https://api.anthropic.com/v1/complete", mapRespRequest{ // want `composite literal of mapRespRequest builds a legacy`
		Model:             "claude-sonnet-4-6",
		Prompt:            fmt.Sprintf("\n\nHuman: %q\n\nAssistant:", q),
		MaxTokensToSample: 10,
	})
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	if out["stop_reason"] == "stop_sequence" {
		return fmt.Sprint(out["completion"]), nil
	}
	return fmt.Sprint(out["completion"], out["stop_reason"]), nil
}

type sharedRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

type sharedResponse struct {
	Completion string `json:"completion"`
}

// shared reads the same response type as a map body sent next to it.
func shared() string {
	a := post("https://api.anthropic.com/v1/complete", sharedRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: a\n\nAssistant:", MaxTokensToSample: 10})           // want `no automatic rewrite: the legacy request at structs_fix.go:\d+ shares the body's functions and response types: migrate them together by hand`
	b := post("https://api.anthropic.com/v1/complete", map[string]any{"model": "claude-sonnet-4-6", "prompt": "\n\nHuman: b\n\nAssistant:", "max_tokens_to_sample": 10}) // want `no automatic rewrite: the request's /v1/complete URL is not in the function that builds the body`
	var x, y sharedResponse
	_ = json.NewDecoder(a.Body).Decode(&x)
	_ = json.NewDecoder(b.Body).Decode(&y)
	return x.Completion + y.Completion
}

func elsewhere() {
	post("https://api.anthropic.com/v1/complete", elsewhereRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10}) // want `no automatic rewrite: type elsewhereRequest is declared in another file \(types.go:\d+\), and a fix may only edit the file of its diagnostic`
}

type modellessRequest struct {
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

func modelless() {
	post("https://api.anthropic.com/v1/complete", modellessRequest{Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10}) // want `no automatic rewrite: the body sets no model, which the Messages API requires`
}

// client holds its model in a field its constructor sets: the model is
// reported where it is written, and its fix writes there the model the
// rewritten request is checked against.
type client struct {
	baseURL, model string
}

func newClient() *client {
	return &client{baseURL: "https://api.anthropic.com", model: "claude-2.0"} // want `model "claude-2.0" \(stored in client.model\) was retired on 2025-07-21 and no longer answers; use "claude-opus-4-8"`
}

type clientRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

type clientResponse struct {
	Completion string `json:"completion"`
}

func (c *client) complete(q string) (string, error) {
	resp := post(c.baseURL+"/v1/complete", clientRequest{ // want `composite literal of clientRequest builds a legacy`
		Model:             c.model,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
		MaxTokensToSample: 100,
	})
	defer resp.Body.Close()
	var out clientResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.Completion, nil
}
