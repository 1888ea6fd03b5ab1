// Package goanthropic is the golden corpus of github.com/liushuangls/go-anthropic
// v1 and v2 calls moved to the library's own Messages API.
package goanthropic

import (
	"context"
	"errors"
	"fmt"
	"strings"

	anthropic "github.com/liushuangls/go-anthropic"
	anthropic2 "github.com/liushuangls/go-anthropic/v2"
)

// v1Answer: a literal at the call; system text, the implied stop dropped,
// the text and the stop reason read from the response.
func v1Answer(ctx context.Context, c *anthropic.Client, question string) (string, error) {
	resp, err := c.CreateComplete(ctx, anthropic.CompleteRequest{ // want `sends a legacy Text Completions request`
		Model:             anthropic.ModelClaude2Dot1, // want `was retired`
		Prompt:            "You answer in one word.\n\nHuman: " + question + "\n\nAssistant:",
		MaxTokensToSample: 300,
		StopSequences:     []string{"\n\nHuman:", "END"}, // want `redundant`
	})
	if err != nil {
		return "", err
	}
	if resp.StopReason == "max_tokens" {
		return "", errors.New("truncated")
	}
	return resp.Completion, nil
}

// v1Stream: v1 streams Messages with callbacks too, but its stream types
// are not in the stub (see its message.go).
func v1Stream(ctx context.Context, c *anthropic.Client) error {
	_, err := c.CreateStreamComplete(ctx, anthropic.CompleteStreamRequest{ // want `sends a legacy Text Completions request.*no MessagesStreamRequest`
		CompleteRequest: anthropic.CompleteRequest{
			Model:             anthropic.ModelClaude2Dot1, // want `was retired`
			Prompt:            "\n\nHuman: Count to three.\n\nAssistant:",
			MaxTokensToSample: 100,
		},
		OnCompletion: func(r anthropic.CompleteResponse) { fmt.Print(r.Completion) },
	})
	return err
}

// v2Prefill: a request variable, a setter kept on the Messages request, a
// prefill, a switch on the stop reason.
func v2Prefill(ctx context.Context, c *anthropic2.Client, question string) string {
	req := anthropic2.CompleteRequest{
		Model:             anthropic2.ModelClaudeInstant1Dot2, // want `was retired`
		Prompt:            fmt.Sprintf("\n\nHuman: %s\n\nAssistant: Sure,", question),
		MaxTokensToSample: 200,
	}
	req.SetTemperature(0.2)
	resp, err := c.CreateComplete(ctx, req) // want `sends a legacy Text Completions request`
	if err != nil {
		return ""
	}
	switch resp.StopReason {
	case "stop_sequence":
		return "Sure," + resp.Completion
	case "max_tokens":
		return "Sure," + resp.Completion + "..."
	}
	return ""
}

// v2Stream: the completion callback becomes the content delta callback;
// the final response holds the whole text.
func v2Stream(ctx context.Context, c *anthropic2.Client, topic string) (string, error) {
	var sb strings.Builder
	resp, err := c.CreateCompleteStream(ctx, anthropic2.CompleteStreamRequest{ // want `sends a legacy Text Completions request`
		CompleteRequest: anthropic2.CompleteRequest{
			Model:             "claude-2.1", // want `was retired`
			Prompt:            "\n\nHuman: Tell a story about " + topic + ".\n\nAssistant:",
			MaxTokensToSample: 1000,
		},
		OnCompletion: func(event anthropic2.CompleteResponse) {
			sb.WriteString(event.Completion)
			fmt.Print(event.Completion)
		},
		OnError: func(e anthropic2.ErrorResponse) { fmt.Println(e.Type) },
	})
	if err != nil {
		return "", err
	}
	if resp.Completion != sb.String() {
		return "", errors.New("stream and response differ")
	}
	return resp.ID + ": " + resp.Completion, nil
}

// v2Metadata: MetaData has no counterpart of the same type and name.
func v2Metadata(ctx context.Context, c *anthropic2.Client) error {
	_, err := c.CreateComplete(ctx, anthropic2.CompleteRequest{ // want `sends a legacy Text Completions request.*field MetaData has no counterpart`
		Model:             anthropic2.ModelClaude2Dot1, // want `was retired`
		Prompt:            "\n\nHuman: Hi\n\nAssistant:",
		MaxTokensToSample: 10,
		MetaData:          map[string]any{"user_id": "u-1"},
	})
	return err
}

// v2Callback: a callback that is not a literal is left alone.
func v2Callback(ctx context.Context, c *anthropic2.Client, print func(anthropic2.CompleteResponse)) error {
	_, err := c.CreateCompleteStream(ctx, anthropic2.CompleteStreamRequest{ // want `sends a legacy Text Completions request.*OnCompletion callback is not a function literal`
		CompleteRequest: anthropic2.CompleteRequest{
			Model:             anthropic2.ModelClaude2Dot1, // want `was retired`
			Prompt:            "\n\nHuman: Hi\n\nAssistant:",
			MaxTokensToSample: 10,
		},
		OnCompletion: print,
	})
	return err
}

// v2Escapes: the response leaves the function.
func v2Escapes(ctx context.Context, c *anthropic2.Client) (anthropic2.CompleteResponse, error) {
	return c.CreateComplete(ctx, anthropic2.CompleteRequest{ // want `sends a legacy Text Completions request.*result is returned`
		Model:             anthropic2.ModelClaude2Dot1, // want `was retired`
		Prompt:            "\n\nHuman: Hi\n\nAssistant:",
		MaxTokensToSample: 10,
	})
}
