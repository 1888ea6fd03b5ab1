package main

// A recording stand-in for the Anthropic API: it answers /v1/complete and
// /v1/messages, plain and streamed, and records each request as the
// library-independent conversation the migration mapping says both forms
// carry, so that a program can be compared before and after -fix.

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// A turn is one message of a conversation.
type turn struct {
	Role string // "user" or "assistant"
	Text string
}

// A conversation is a request with the endpoint's spelling removed. Model is
// left out: the rewrite replaces retired models.
type conversation struct {
	System      string
	Turns       []turn
	MaxTokens   int64
	Stop        []string // without "\n\nHuman:", which the legacy API always implies
	Temperature *float64
	TopP        *float64
	TopK        *int64
	UserID      string
	Stream      bool
}

// A recorder is the stand-in server and what it saw.
type recorder struct {
	srv *httptest.Server

	mu        sync.Mutex
	endpoints []string
	convs     []conversation
	errs      []string
}

func newRecorder(t *testing.T) *recorder {
	rec := &recorder{}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/complete", rec.complete)
	mux.HandleFunc("POST /v1/messages", rec.messages)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		rec.fail(w, "unexpected request %s %s", r.Method, r.URL.Path)
	})
	rec.srv = httptest.NewServer(mux)
	t.Cleanup(rec.srv.Close)
	return rec
}

// runProgram forgets what was recorded, builds the program of the module
// in dir, runs it with baseURLVar pointing at the recorder, and returns what
// it printed. The program must succeed and the recorder accept every request.
func (rec *recorder) runProgram(t *testing.T, dir, baseURLVar string) string {
	t.Helper()
	rec.reset()
	bin := filepath.Join(dir, filepath.Base(dir)+".bin")
	build := run(t, dir, "go", "build", "-o", bin, ".")
	require.Equal(t, 0, build.code, "%s", build)
	r := runEnv(t, dir, []string{baseURLVar + "=" + rec.srv.URL}, bin)
	require.NoError(t, os.Remove(bin))
	rec.mu.Lock()
	defer rec.mu.Unlock()
	require.Empty(t, rec.errs, "server rejected requests")
	require.Equal(t, 0, r.code, "%s", r)
	return r.stdout
}

// reset forgets what was recorded.
func (rec *recorder) reset() {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	rec.endpoints, rec.convs, rec.errs = nil, nil, nil
}

func (rec *recorder) fail(w http.ResponseWriter, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	rec.mu.Lock()
	rec.errs = append(rec.errs, msg)
	rec.mu.Unlock()
	http.Error(w, `{"type":"error","error":{"type":"invalid_request_error","message":`+quote(msg)+`}}`, http.StatusBadRequest)
}

func (rec *recorder) record(endpoint string, c conversation) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	rec.endpoints = append(rec.endpoints, endpoint)
	rec.convs = append(rec.convs, c)
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

type legacyRequest struct {
	Model         string   `json:"model"`
	Prompt        string   `json:"prompt"`
	MaxTokens     int64    `json:"max_tokens_to_sample"`
	StopSequences []string `json:"stop_sequences"`
	Temperature   *float64 `json:"temperature"`
	TopP          *float64 `json:"top_p"`
	TopK          *int64   `json:"top_k"`
	Metadata      struct {
		UserID string `json:"user_id"`
	} `json:"metadata"`
	Stream bool `json:"stream"`
}

func (rec *recorder) complete(w http.ResponseWriter, r *http.Request) {
	var req legacyRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		rec.fail(w, "decoding /v1/complete: %v", err)
		return
	}
	system, turns, err := splitPrompt(req.Prompt)
	if err != nil {
		rec.fail(w, "%v", err)
		return
	}
	c := conversation{
		System: system, Turns: turns, MaxTokens: req.MaxTokens,
		Stop:        slices.DeleteFunc(slices.Clone(req.StopSequences), func(s string) bool { return s == "\n\nHuman:" }),
		Temperature: req.Temperature, TopP: req.TopP, TopK: req.TopK,
		UserID: req.Metadata.UserID, Stream: req.Stream,
	}
	rec.record("/v1/complete", normalize(c))
	chunks := answer(c)
	if !req.Stream {
		writeJSON(w, map[string]any{
			"id": "compl_1", "type": "completion", "model": req.Model,
			"completion": strings.Join(chunks, ""), "stop_reason": "stop_sequence",
		})
		return
	}
	sse := newSSE(w)
	sse.event("ping", map[string]any{"type": "ping"})
	for i, chunk := range chunks {
		var stop any
		if i == len(chunks)-1 {
			stop = "stop_sequence"
		}
		sse.event("completion", map[string]any{
			"id": "compl_1", "type": "completion", "model": req.Model,
			"completion": chunk, "stop_reason": stop,
		})
	}
}

// splitPrompt applies the migration mapping to a legacy prompt: text before
// the first Human turn is the system prompt; each turn drops the single space
// after its colon; a final empty Assistant turn is no message, a final
// non-empty one is a prefill with trailing whitespace trimmed.
func splitPrompt(prompt string) (string, []turn, error) {
	const human, assistant = "\n\nHuman:", "\n\nAssistant:"
	first := strings.Index(prompt, human)
	if first < 0 {
		return "", nil, fmt.Errorf("prompt has no Human turn: %q", prompt)
	}
	system, rest := prompt[:first], prompt[first:]
	var turns []turn
	for rest != "" {
		role, marker := "user", human
		if strings.HasPrefix(rest, assistant) {
			role, marker = "assistant", assistant
		} else if !strings.HasPrefix(rest, human) {
			return "", nil, fmt.Errorf("malformed prompt near %q", rest)
		}
		rest = rest[len(marker):]
		end := len(rest)
		for _, m := range []string{human, assistant} {
			if i := strings.Index(rest, m); i >= 0 && i < end {
				end = i
			}
		}
		text := strings.TrimPrefix(rest[:end], " ")
		rest = rest[end:]
		turns = append(turns, turn{Role: role, Text: text})
	}
	if len(turns) == 0 || turns[len(turns)-1].Role != "assistant" {
		return "", nil, fmt.Errorf("prompt does not end with an Assistant turn: %q", prompt)
	}
	last := &turns[len(turns)-1]
	last.Text = strings.TrimRight(last.Text, " \t\r\n")
	if last.Text == "" {
		turns = turns[:len(turns)-1]
	}
	return system, turns, nil
}

type messagesRequest struct {
	Model    string          `json:"model"`
	System   json.RawMessage `json:"system"`
	Messages []struct {
		Role    string          `json:"role"`
		Content json.RawMessage `json:"content"`
	} `json:"messages"`
	MaxTokens     int64    `json:"max_tokens"`
	StopSequences []string `json:"stop_sequences"`
	Temperature   *float64 `json:"temperature"`
	TopP          *float64 `json:"top_p"`
	TopK          *int64   `json:"top_k"`
	Metadata      struct {
		UserID string `json:"user_id"`
	} `json:"metadata"`
	Stream bool `json:"stream"`
}

// text reads a string or a list of text blocks.
func text(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s, nil
	}
	var blocks []struct {
		Type string `json:"type"`
		Text string `json:"text"`
	}
	if err := json.Unmarshal(raw, &blocks); err != nil {
		return "", err
	}
	var b strings.Builder
	for _, bl := range blocks {
		if bl.Type != "text" {
			return "", fmt.Errorf("unexpected %q block", bl.Type)
		}
		b.WriteString(bl.Text)
	}
	return b.String(), nil
}

func (rec *recorder) messages(w http.ResponseWriter, r *http.Request) {
	var req messagesRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		rec.fail(w, "decoding /v1/messages: %v", err)
		return
	}
	system, err := text(req.System)
	if err != nil {
		rec.fail(w, "system: %v", err)
		return
	}
	c := conversation{
		System: system, MaxTokens: req.MaxTokens, Stop: req.StopSequences,
		Temperature: req.Temperature, TopP: req.TopP, TopK: req.TopK,
		UserID: req.Metadata.UserID, Stream: req.Stream,
	}
	for _, m := range req.Messages {
		s, err := text(m.Content)
		if err != nil {
			rec.fail(w, "message content: %v", err)
			return
		}
		c.Turns = append(c.Turns, turn{Role: m.Role, Text: s})
	}
	rec.record("/v1/messages", normalize(c))
	chunks := answer(c)
	message := map[string]any{
		"id": "msg_1", "type": "message", "role": "assistant", "model": req.Model,
		"content": []any{}, "stop_reason": nil, "stop_sequence": nil,
		"usage": map[string]any{"input_tokens": 1, "output_tokens": 1},
	}
	if !req.Stream {
		message["content"] = []any{map[string]any{"type": "text", "text": strings.Join(chunks, "")}}
		message["stop_reason"] = "end_turn"
		writeJSON(w, message)
		return
	}
	sse := newSSE(w)
	sse.event("message_start", map[string]any{"type": "message_start", "message": message})
	sse.event("content_block_start", map[string]any{"type": "content_block_start", "index": 0,
		"content_block": map[string]any{"type": "text", "text": ""}})
	sse.event("ping", map[string]any{"type": "ping"})
	for _, chunk := range chunks {
		sse.event("content_block_delta", map[string]any{"type": "content_block_delta", "index": 0,
			"delta": map[string]any{"type": "text_delta", "text": chunk}})
	}
	sse.event("content_block_stop", map[string]any{"type": "content_block_stop", "index": 0})
	sse.event("message_delta", map[string]any{"type": "message_delta",
		"delta": map[string]any{"stop_reason": "end_turn", "stop_sequence": nil},
		"usage": map[string]any{"output_tokens": len(chunks)}})
	sse.event("message_stop", map[string]any{"type": "message_stop"})
}

// normalize makes absent and empty stop lists compare equal.
func normalize(c conversation) conversation {
	if len(c.Stop) == 0 {
		c.Stop = nil
	}
	return c
}

// answer is the reply to c, in streaming chunks: it depends only on the
// conversation, so both endpoints answer alike.
func answer(c conversation) []string {
	last := ""
	for _, t := range c.Turns {
		if t.Role == "user" {
			last = t.Text
		}
	}
	words := strings.Fields(fmt.Sprintf("you said %q after %d turns", last, len(c.Turns)))
	for i := 1; i < len(words); i++ {
		words[i] = " " + words[i]
	}
	return words
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

type sseWriter struct {
	w io.Writer
	f http.Flusher
}

func newSSE(w http.ResponseWriter) sseWriter {
	w.Header().Set("Content-Type", "text/event-stream")
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
