package apitest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"
)

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// writeError writes e in the API's error shape.
func writeError(w http.ResponseWriter, e *apiError) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("request-id", "req_apitest")
	w.WriteHeader(e.status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"type":  "error",
		"error": map[string]any{"type": e.typ, "message": e.msg},
	})
}

// writeBedrockError writes e as Bedrock's runtime does: the error code in a
// header, the message in the body.
func writeBedrockError(w http.ResponseWriter, e *apiError) {
	code := "ValidationException"
	if e.status == http.StatusNotFound {
		code = "ResourceNotFoundException"
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Amzn-ErrorType", code)
	w.WriteHeader(e.status)
	_ = json.NewEncoder(w).Encode(map[string]any{"message": e.msg})
}

// legacyStopReason is the legacy spelling of a Messages stop reason: a turn
// that ended on its own ended on the implied "\n\nHuman:".
func legacyStopReason(reason string) string {
	if reason == "end_turn" {
		return "stop_sequence"
	}
	return reason
}

// stopField is the legacy "stop" field: the stop sequence hit, or null.
func stopField(r Reply) any {
	switch r.StopReason {
	case "stop_sequence":
		return r.StopSequence
	case "end_turn":
		return humanStop
	}
	return nil
}

func stopSequence(r Reply) any {
	if r.StopReason == "stop_sequence" {
		return r.StopSequence
	}
	return nil
}

// chunks splits text into the deltas of a stream: before each run of
// spaces, and in two when that gives fewer than two. Joined, they are text.
func chunks(text string) []string {
	var out []string
	start := 0
	for i := 1; i < len(text); i++ {
		if text[i] == ' ' && text[i-1] != ' ' {
			out = append(out, text[start:i])
			start = i
		}
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	if len(out) == 1 && utf8.RuneCountInString(text) >= 2 {
		runes := []rune(text)
		half := len(runes) / 2
		out = []string{string(runes[:half]), string(runes[half:])}
	}
	return out
}

// tokens is a rough token count for usage figures.
func tokens(c Conversation) int {
	n := len(strings.Fields(c.System))
	for _, t := range c.Turns {
		n += len(strings.Fields(t.Text))
	}
	return max(n, 1)
}

// A streamEvent is one event of a stream: its name and its data.
type streamEvent struct {
	name string
	data map[string]any
}

// writeMessage answers a Messages request: a message, or its event stream.
func writeMessage(w http.ResponseWriter, model, id string, c Conversation, reply Reply) {
	if !c.Stream {
		writeJSON(w, message(model, id, c, reply))
		return
	}
	sse := newSSE(w)
	for _, e := range messageEvents(model, id, c, reply, true) {
		sse.event(e.name, e.data)
	}
}

// message is the answer to a Messages request that does not stream.
func message(model, id string, c Conversation, reply Reply) map[string]any {
	return map[string]any{
		"id": "msg_apitest_" + id, "type": "message", "role": "assistant", "model": model,
		"content":     []any{map[string]any{"type": "text", "text": reply.Text}},
		"stop_reason": reply.StopReason, "stop_sequence": stopSequence(reply),
		"usage": map[string]any{"input_tokens": tokens(c), "output_tokens": max(len(chunks(reply.Text)), 1)},
	}
}

// messageEvents are the events of a Messages stream: message_start,
// content_block_start, ping (when ping), content_block_delta...,
// content_block_stop, message_delta, message_stop.
func messageEvents(model, id string, c Conversation, reply Reply, ping bool) []streamEvent {
	parts := chunks(reply.Text)
	start := map[string]any{
		"id": "msg_apitest_" + id, "type": "message", "role": "assistant", "model": model,
		"content": []any{}, "stop_reason": nil, "stop_sequence": nil,
		"usage": map[string]any{"input_tokens": tokens(c), "output_tokens": 1},
	}
	evs := []streamEvent{
		{"message_start", map[string]any{"type": "message_start", "message": start}},
		{"content_block_start", map[string]any{"type": "content_block_start", "index": 0,
			"content_block": map[string]any{"type": "text", "text": ""}}},
	}
	if ping {
		evs = append(evs, streamEvent{"ping", map[string]any{"type": "ping"}})
	}
	for _, p := range parts {
		evs = append(evs, streamEvent{"content_block_delta", map[string]any{"type": "content_block_delta", "index": 0,
			"delta": map[string]any{"type": "text_delta", "text": p}}})
	}
	return append(evs,
		streamEvent{"content_block_stop", map[string]any{"type": "content_block_stop", "index": 0}},
		streamEvent{"message_delta", map[string]any{"type": "message_delta",
			"delta": map[string]any{"stop_reason": reply.StopReason, "stop_sequence": stopSequence(reply)},
			"usage": map[string]any{"output_tokens": max(len(parts), 1)}}},
		streamEvent{"message_stop", map[string]any{"type": "message_stop"}})
}

// completion is a legacy completion, or one event of a legacy stream: the
// stop reason and stop sequence only when stop.
func completion(model, id, text string, reply Reply, stop bool) map[string]any {
	m := map[string]any{"id": "compl_apitest_" + id, "type": "completion", "model": model,
		"completion": text, "stop_reason": nil, "stop": nil}
	if stop {
		m["stop_reason"], m["stop"] = legacyStopReason(reply.StopReason), stopField(reply)
	}
	return m
}

// completionParts are the texts of a legacy stream's completion events.
func completionParts(text string) []string {
	if parts := chunks(text); len(parts) > 0 {
		return parts
	}
	return []string{""}
}

// writeCompletion answers a legacy request: a completion, or a stream of
// completion events whose last one carries the stop reason.
func writeCompletion(w http.ResponseWriter, model, id string, stream bool, reply Reply) {
	if !stream {
		writeJSON(w, completion(model, id, reply.Text, reply, true))
		return
	}
	parts := completionParts(reply.Text)
	sse := newSSE(w)
	sse.event("ping", map[string]any{"type": "ping"})
	for i, p := range parts {
		sse.event("completion", completion(model, id, p, reply, i == len(parts)-1))
	}
}

type sseWriter struct {
	w http.ResponseWriter
	f http.Flusher
}

func newSSE(w http.ResponseWriter) sseWriter {
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	f, _ := w.(http.Flusher)
	return sseWriter{w: w, f: f}
}

func (s sseWriter) event(name string, data any) {
	b, _ := json.Marshal(data)
	fmt.Fprintf(s.w, "event: %s\ndata: %s\n\n", name, b)
	if s.f != nil {
		s.f.Flush()
	}
}
