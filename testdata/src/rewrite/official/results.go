package official

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

// Issue 10: results that leave the call keep their legacy values. A stop
// reason read other than by comparing it with a legacy constant goes
// through one helper per file.

// The service style: the text and the stop reason go to the caller.
func askService(ctx context.Context, client anthropic.Client, q string) (string, string, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
	})
	if err != nil {
		return "", "", err
	}
	return resp.Completion, resp.StopReason, nil
}

type answer struct {
	text, stop string
}

func storedStop(ctx context.Context, client anthropic.Client) answer {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Hi\n\nAssistant:",
	})
	if err != nil {
		log.Fatal(err)
	}
	a := answer{text: resp.Completion, stop: resp.StopReason}
	reason := resp.StopReason
	log.Printf("stopped: %s (%s)", resp.StopReason, reason)
	record(resp.Completion, resp.StopReason)
	if resp.StopReason != "max_tokens" && resp.StopReason != "" {
		fmt.Println("complete")
	}
	return a
}

func record(text, stop string) { fmt.Println(len(text), stop) }

// A result passed to a function of this file with no other caller: the
// function's parameter becomes a Message and its reads are rewritten too.
func passedResult(ctx context.Context, client anthropic.Client) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Hi\n\nAssistant:",
	})
	if err != nil {
		return
	}
	show(resp, "answer")
}

func show(c *anthropic.Completion, label string) {
	if c.StopReason == "max_tokens" {
		label += " (cut)"
	}
	fmt.Println(label, c.Completion, c.StopReason)
}

func sharedShow(c *anthropic.Completion) { fmt.Println(c.Completion) }

func passedShared(ctx context.Context, client anthropic.Client) {
	resp, _ := client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: result passed to sharedShow at results\.go:\d+, which has other callers\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Hi\n\nAssistant:",
	})
	sharedShow(resp)
	sharedShow(&anthropic.Completion{Completion: "x"})
}

// A result assigned to a variable declared for it.
func declaredFirst(ctx context.Context, client anthropic.Client) string {
	var resp *anthropic.Completion
	var err error
	resp, err = client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Hi\n\nAssistant:",
	})
	if err != nil {
		return ""
	}
	return resp.Completion
}

// A stream's stop reason comes with its last event: the message_delta
// event, which the loop now also runs for, with no text.
func streamStop(ctx context.Context, client anthropic.Client) (string, string) {
	s := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.NewStreaming\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Tell a story\n\nAssistant:",
	})
	var text strings.Builder
	reason := ""
	for s.Next() {
		ev := s.Current()
		text.WriteString(ev.Completion)
		if ev.StopReason != "" {
			reason = ev.StopReason
		}
	}
	return text.String(), reason
}

// After the loop, the current Messages event is message_stop, with no stop
// reason.
func streamStopAfterLoop(ctx context.Context, client anthropic.Client) bool {
	s := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: stream event's stop reason read at results\.go:\d+ outside the stream's loop\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Tell a story\n\nAssistant:",
	})
	for s.Next() {
		fmt.Print(s.Current().Completion)
	}
	return s.Current().StopReason == "max_tokens"
}

// Stop reasons compared in the loop go through the helper too: the
// events without one compare as they did.
func streamStopCompared(ctx context.Context, client anthropic.Client) bool {
	s := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.NewStreaming\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Tell a story\n\nAssistant:",
	})
	cut := false
	for s.Next() {
		fmt.Print(s.Current().Completion)
		switch s.Current().StopReason {
		case "max_tokens":
			cut = true
		}
	}
	return cut
}
