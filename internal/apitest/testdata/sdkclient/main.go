// Command sdkclient sends a fixed series of requests with the official Go SDK
// to the server at $APITEST_BASE_URL and prints one JSON line per step: the
// answer the SDK decoded, or the error it returned. The apitest tests run it
// against the stand-in server.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/option"
)

// A result is what one step saw.
type result struct {
	Step       string   `json:"step"`
	Text       string   `json:"text,omitempty"`
	StopReason string   `json:"stop_reason,omitempty"`
	Events     []string `json:"events,omitempty"`
	Status     int      `json:"status,omitempty"`
	ErrorType  string   `json:"error_type,omitempty"`
	Message    string   `json:"message,omitempty"`
	Error      string   `json:"error,omitempty"`
}

func main() {
	client := anthropic.NewClient(
		option.WithBaseURL(os.Getenv("APITEST_BASE_URL")),
		option.WithAPIKey("test-key"),
		option.WithMaxRetries(0),
	)
	ctx := context.Background()
	user := func(s string) anthropic.MessageParam { return anthropic.NewUserMessage(anthropic.NewTextBlock(s)) }
	assistant := func(s string) anthropic.MessageParam { return anthropic.NewAssistantMessage(anthropic.NewTextBlock(s)) }
	out := json.NewEncoder(os.Stdout)
	newMessage := func(step string, p anthropic.MessageNewParams, opts ...option.RequestOption) {
		msg, err := client.Messages.New(ctx, p, opts...)
		r := result{Step: step}
		if err != nil {
			fail(&r, err)
		} else {
			r.Text, r.StopReason = text(msg), string(msg.StopReason)
		}
		_ = out.Encode(r)
	}

	newMessage("new", anthropic.MessageNewParams{
		Model: anthropic.ModelClaudeHaiku4_5, MaxTokens: 100,
		System:   []anthropic.TextBlockParam{{Text: "Be brief."}},
		Messages: []anthropic.MessageParam{user("Hi there")},
	})

	stream := client.Messages.NewStreaming(ctx, anthropic.MessageNewParams{
		Model: anthropic.ModelClaudeOpus4_8, MaxTokens: 100,
		Messages: []anthropic.MessageParam{user("Tell a story")},
	})
	r := result{Step: "stream"}
	var acc anthropic.Message
	for stream.Next() {
		ev := stream.Current()
		r.Events = append(r.Events, ev.Type)
		if err := acc.Accumulate(ev); err != nil {
			r.Error = err.Error()
		}
	}
	if err := stream.Err(); err != nil {
		fail(&r, err)
	}
	r.Text, r.StopReason = text(&acc), string(acc.StopReason)
	_ = out.Encode(r)

	newMessage("prefill", anthropic.MessageNewParams{
		Model: anthropic.ModelClaudeOpus4_8, MaxTokens: 100,
		Messages: []anthropic.MessageParam{user("Answer in JSON"), assistant("{")},
	})
	newMessage("retired", anthropic.MessageNewParams{
		Model: "claude-3-haiku-20240307", MaxTokens: 100,
		Messages: []anthropic.MessageParam{user("Hi")},
	})
	newMessage("sampling", anthropic.MessageNewParams{
		Model: anthropic.ModelClaudeSonnet4_6, MaxTokens: 100,
		Messages:    []anthropic.MessageParam{user("Hi")},
		Temperature: anthropic.Float(0.5), TopP: anthropic.Float(0.9),
	})
	long := anthropic.MessageNewParams{
		Model: anthropic.ModelClaudeSonnet4_6, MaxTokens: 21333,
		Messages: []anthropic.MessageParam{user("Hi")},
	}
	newMessage("limit", long)
	long.MaxTokens++
	newMessage("too-long", long)
	newMessage("too-long-timeout", long, option.WithRequestTimeout(time.Minute))

	completion, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model: "claude-2.1", MaxTokensToSample: 100,
		Prompt: "Be brief.\n\nHuman: Hi there\n\nAssistant:",
	})
	r = result{Step: "complete"}
	if err != nil {
		fail(&r, err)
	} else {
		r.Text, r.StopReason = completion.Completion, completion.StopReason
	}
	_ = out.Encode(r)

	cs := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{
		Model: "claude-2.1", MaxTokensToSample: 100,
		Prompt: "\n\nHuman: Tell a story\n\nAssistant:",
	})
	r = result{Step: "complete-stream"}
	for cs.Next() {
		ev := cs.Current()
		r.Events = append(r.Events, string(ev.Type))
		r.Text += ev.Completion
		if ev.StopReason != "" {
			r.StopReason = ev.StopReason
		}
	}
	if err := cs.Err(); err != nil {
		fail(&r, err)
	}
	_ = out.Encode(r)
}

func text(m *anthropic.Message) string {
	s := ""
	for _, b := range m.Content {
		s += b.Text
	}
	return s
}

// fail fills r from err: the status and error body of an API error, or the
// error text of one the SDK returned before sending.
func fail(r *result, err error) {
	var apiErr *anthropic.Error
	if !errors.As(err, &apiErr) {
		r.Error = err.Error()
		return
	}
	r.Status = apiErr.StatusCode
	var body struct {
		Error struct{ Type, Message string }
	}
	if jerr := json.Unmarshal([]byte(apiErr.RawJSON()), &body); jerr != nil {
		r.Error = fmt.Sprintf("undecodable error body %q: %v", apiErr.RawJSON(), jerr)
		return
	}
	r.ErrorType, r.Message = body.Error.Type, body.Error.Message
}
