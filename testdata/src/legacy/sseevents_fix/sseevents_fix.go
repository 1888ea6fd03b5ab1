// Package sseevents_fix exercises the Messages rewrite of streams whose
// events are told apart by name: the legacy "completion" event becomes
// content_block_delta, and message_delta too when the branch needs the
// stop reason, which the Messages stream sends in that event.
package sseevents_fix

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strings"
)

func post(url string, v any) *http.Response {
	b, _ := json.Marshal(v)
	resp, _ := http.Post(url, "application/json", bytes.NewReader(b))
	return resp
}

type switchRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
	Stream            bool   `json:"stream"`
}

type switchEvent struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
}

// switched dispatches on the event line and stops at the stop reason: the
// completion case takes both Messages events.
func switched(w *bufio.Writer, q string) error {
	resp := post("https://api.anthropic.com/v1/complete", switchRequest{ // want `composite literal of switchRequest builds a legacy`
		Model:             "claude-sonnet-4-6",
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
		MaxTokensToSample: 300,
		Stream:            true,
	})
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	var event string
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			event = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			data := strings.TrimPrefix(line, "data: ")
			switch event {
			case "completion":
				var ev switchEvent
				if err := json.Unmarshal([]byte(data), &ev); err != nil {
					return err
				}
				w.WriteString(ev.Completion)
				if ev.StopReason != "" {
					return w.Flush()
				}
			case "error":
				return errors.New(data)
			case "ping":
			default:
			}
		}
	}
	return sc.Err()
}

type skipRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
	Stream            bool   `json:"stream"`
}

type skipEvent struct {
	Completion string `json:"completion"`
}

// skipped continues past every other event; the text alone is read, so
// only content_block_delta is kept.
func skipped(w *strings.Builder) {
	resp := post("https://api.anthropic.com/v1/complete", skipRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10, Stream: true}) // want `composite literal of skipRequest builds a legacy`
	sc := bufio.NewScanner(resp.Body)
	name := ""
	for sc.Scan() {
		line := sc.Text()
		if n, ok := strings.CutPrefix(line, "event: "); ok {
			name = n
			continue
		}
		d, ok := strings.CutPrefix(line, "data: ")
		if !ok || name != "completion" {
			continue
		}
		var ev skipEvent
		_ = json.Unmarshal([]byte(d), &ev)
		w.WriteString(ev.Completion)
	}
}

type chainRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
	Stream            bool   `json:"stream"`
}

type chainEvent struct {
	Completion string  `json:"completion"`
	StopReason *string `json:"stop_reason"`
}

// chained tests the name joined to another condition, with an else-if for
// another event.
func chained(w *strings.Builder) error {
	resp := post("https://api.anthropic.com/v1/complete", chainRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10, Stream: true}) // want `composite literal of chainRequest builds a legacy`
	sc := bufio.NewScanner(resp.Body)
	name := ""
	for sc.Scan() {
		line := sc.Text()
		if n, ok := strings.CutPrefix(line, "event: "); ok {
			name = n
			continue
		}
		if d, ok := strings.CutPrefix(line, "data: "); ok && name == "completion" {
			var ev chainEvent
			_ = json.Unmarshal([]byte(d), &ev)
			w.WriteString(ev.Completion)
			if ev.StopReason != nil {
				break
			}
		} else if name == "error" {
			return errors.New(line)
		}
	}
	return nil
}

type defaultRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
	Stream            bool   `json:"stream"`
}

type defaultEvent struct {
	Completion string `json:"completion"`
}

// unknownEvent fails on an event it does not know: the Messages stream's
// message_start would reach it.
func unknownEvent(w *strings.Builder) error {
	resp := post("https://api.anthropic.com/v1/complete", defaultRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10, Stream: true}) // want `no automatic rewrite: the stream's events are told apart by name at sseevents_fix.go:\d+, and the default case at sseevents_fix.go:\d+ runs for the events not named`
	sc := bufio.NewScanner(resp.Body)
	name := ""
	for sc.Scan() {
		line := sc.Text()
		if n, ok := strings.CutPrefix(line, "event: "); ok {
			name = n
			continue
		}
		d, _ := strings.CutPrefix(line, "data: ")
		switch name {
		case "ping":
		case "completion":
			var ev defaultEvent
			_ = json.Unmarshal([]byte(d), &ev)
			w.WriteString(ev.Completion)
		default:
			return fmt.Errorf("unknown event %q", name)
		}
	}
	return nil
}

type elseRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
	Stream            bool   `json:"stream"`
}

type elseEvent struct {
	Completion string `json:"completion"`
}

// logged logs every event but the completions.
func logged(w *strings.Builder) {
	resp := post("https://api.anthropic.com/v1/complete", elseRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10, Stream: true}) // want `no automatic rewrite: the stream's events are told apart by name at sseevents_fix.go:\d+, and the else branch at sseevents_fix.go:\d+ runs for the events not named`
	sc := bufio.NewScanner(resp.Body)
	name := ""
	for sc.Scan() {
		line := sc.Text()
		if n, ok := strings.CutPrefix(line, "event: "); ok {
			name = n
			continue
		}
		d, _ := strings.CutPrefix(line, "data: ")
		if name == "completion" {
			var ev elseEvent
			_ = json.Unmarshal([]byte(d), &ev)
			w.WriteString(ev.Completion)
		} else {
			log.Printf("event %s", name)
		}
	}
}

type notRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
	Stream            bool   `json:"stream"`
}

type notEvent struct {
	Completion string `json:"completion"`
}

// counted counts the other events in the branch of a != test.
func counted(w *strings.Builder) int {
	resp := post("https://api.anthropic.com/v1/complete", notRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10, Stream: true}) // want `no automatic rewrite: the stream's events are told apart by name at sseevents_fix.go:\d+, and the branch at sseevents_fix.go:\d+ runs for the events not named`
	sc := bufio.NewScanner(resp.Body)
	name, others := "", 0
	for sc.Scan() {
		line := sc.Text()
		if n, ok := strings.CutPrefix(line, "event: "); ok {
			name = n
			continue
		}
		d, ok := strings.CutPrefix(line, "data: ")
		if !ok {
			continue
		}
		if name != "completion" {
			others++
			continue
		}
		var ev notEvent
		_ = json.Unmarshal([]byte(d), &ev)
		w.WriteString(ev.Completion)
	}
	return others
}

// completionName is the legacy event's name, spelled away from the loop.
const completionName = "completion"

type constRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
	Stream            bool   `json:"stream"`
}

type constEvent struct {
	Completion string `json:"completion"`
}

// named compares with a constant of the package: its declaration is not
// the loop's to change.
func named(w *strings.Builder) {
	resp := post("https://api.anthropic.com/v1/complete", constRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10, Stream: true}) // want `no automatic rewrite: the response's "completion" is used at sseevents_fix.go:\d+ in a way the rewrite does not know`
	sc := bufio.NewScanner(resp.Body)
	name := ""
	for sc.Scan() {
		line := sc.Text()
		if n, ok := strings.CutPrefix(line, "event: "); ok {
			name = n
			continue
		}
		if d, ok := strings.CutPrefix(line, "data: "); ok && name == completionName {
			var ev constEvent
			_ = json.Unmarshal([]byte(d), &ev)
			w.WriteString(ev.Completion)
		}
	}
}

type printRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
	Stream            bool   `json:"stream"`
}

type printEvent struct {
	Completion string `json:"completion"`
}

// printed prints the event's name: "completion" is no test here.
func printed(w *strings.Builder) {
	resp := post("https://api.anthropic.com/v1/complete", printRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10, Stream: true}) // want `no automatic rewrite: the response's "completion" is used at sseevents_fix.go:\d+ in a way the rewrite does not know`
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if d, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
			var ev printEvent
			_ = json.Unmarshal([]byte(d), &ev)
			w.WriteString(ev.Completion)
			log.Print("completion")
		}
	}
}
