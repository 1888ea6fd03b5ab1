// Package anonstruct_fix exercises the Messages rewrite of requests whose
// answer is decoded into an anonymous struct, and of bodies marshalled
// from one.
package anonstruct_fix

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// ask decodes the whole answer into an anonymous struct: its completion
// becomes the content blocks, read inline, and its stop reason keeps its
// legacy meaning.
func ask(q string) (string, error) {
	b, _ := json.Marshal(map[string]any{ // want `map literal builds a legacy`
		"model":                "claude-sonnet-4-6",
		"prompt":               "\n\nHuman: " + q + "\n\nAssistant:",
		"max_tokens_to_sample": 100,
	})
	resp, err := http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		Completion string `json:"completion"`
		StopReason string `json:"stop_reason"`
		Model      string `json:"model"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	switch out.StopReason {
	case "stop_sequence":
		fmt.Println("done by", out.Model)
	case "max_tokens":
		fmt.Println("truncated")
	}
	fmt.Println(out.StopReason)
	return out.Completion, nil
}

type streamRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
	Stream            bool   `json:"stream"`
}

// stream decodes each server-sent event into an anonymous struct: its
// completion becomes the delta's text.
func stream(q string) string {
	b, _ := json.Marshal(streamRequest{ // want `composite literal of streamRequest builds a legacy`
		Model:             "claude-sonnet-4-6",
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
		MaxTokensToSample: 100,
		Stream:            true,
	})
	resp, err := http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	var text strings.Builder
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		data, ok := strings.CutPrefix(sc.Text(), "data: ")
		if !ok {
			continue
		}
		var ev struct {
			Completion string `json:"completion"`
			StopReason string `json:"stop_reason"`
		}
		if json.Unmarshal([]byte(data), &ev) != nil {
			continue
		}
		text.WriteString(ev.Completion)
		if ev.StopReason == "max_tokens" {
			break
		}
	}
	return text.String()
}

func show(out struct {
	Completion string `json:"completion"`
}) {
	fmt.Println(out.Completion)
}

// handed gives its anonymous response to a function that spells the type
// again: the rewrite would change one spelling only.
func handed(q string) {
	b, _ := json.Marshal(map[string]any{"model": "claude-sonnet-4-6", "prompt": "\n\nHuman: " + q + "\n\nAssistant:", "max_tokens_to_sample": 10}) // want `no automatic rewrite: the value of the anonymous struct type declared at anonstruct_fix.go:\d+ is used at anonstruct_fix.go:\d+ other than through its fields or by encoding/json: give the type a name`
	resp, err := http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var out struct {
		Completion string `json:"completion"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&out)
	show(out)
}

// literal marshals a variable of an anonymous struct type, set field by
// field: the type's fields and the literal's keys move together.
func literal(q string) string {
	body := struct { // want `composite literal of struct\{\.\.\.\} builds a legacy`
		Model             string   `json:"model"`
		Prompt            string   `json:"prompt"`
		MaxTokensToSample int      `json:"max_tokens_to_sample"`
		StopSequences     []string `json:"stop_sequences"`
	}{
		Model:             "claude-sonnet-4-6",
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
		MaxTokensToSample: 100,
		StopSequences:     []string{"\n\nHuman:"}, // want `redundant`
	}
	b, _ := json.Marshal(body)
	resp, err := http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	var out struct {
		Completion string `json:"completion"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return out.Completion
}

// positional lists the body's values in field order: the rewrite names
// them, and drops the stop sequence the Messages API does not need.
func positional(q string) string {
	b, _ := json.Marshal(&struct { // want `composite literal of struct\{\.\.\.\} builds a legacy`
		Model         string   `json:"model"`
		Prompt        string   `json:"prompt"`
		MaxTokens     int      `json:"max_tokens_to_sample"`
		StopSequences []string `json:"stop_sequences"`
	}{"claude-sonnet-4-6", "\n\nHuman: " + q + "\n\nAssistant:", 100, []string{"\n\nHuman:"}}) // want `redundant`
	resp, err := http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	var out struct {
		Completion string `json:"completion"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return out.Completion
}

func send(body struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}) {
	b, _ := json.Marshal(body)
	http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
}

// typed hands its anonymous body to a function that spells the type again.
func typed() {
	send(struct { // want `no automatic rewrite: the value of the anonymous struct type declared at anonstruct_fix.go:\d+ is used at anonstruct_fix.go:\d+ other than through its fields or by encoding/json: give the type a name`
		Model             string `json:"model"`
		Prompt            string `json:"prompt"`
		MaxTokensToSample int    `json:"max_tokens_to_sample"`
	}{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10})
}
