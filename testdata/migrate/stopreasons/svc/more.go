package svc

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

// Stored assigns the result to a variable declared for it.
func Stored(ctx context.Context, client *anthropic.Client, q string) (string, string, error) {
	var resp *anthropic.Completion
	var err error
	resp, err = client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
	})
	if err != nil {
		return "", "", err
	}
	return resp.Completion, resp.StopReason, nil
}

// Described hands the whole result to a helper.
func Described(ctx context.Context, client *anthropic.Client, q string) (string, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	return describe(resp), nil
}

func describe(c *anthropic.Completion) string {
	return fmt.Sprintf("%s (%s)", strings.TrimSpace(c.Completion), c.StopReason)
}

// Continue prefills the answer with a start that may be empty.
func Continue(ctx context.Context, client *anthropic.Client, q, start string) (string, string, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant: " + start,
	})
	if err != nil {
		return "", "", err
	}
	return start + resp.Completion, resp.StopReason, nil
}

// Logged logs the prompt it sends, with its system text.
func Logged(ctx context.Context, client *anthropic.Client, q string) (string, string, error) {
	prompt := "Answer in one line.\n\nHuman: " + q + "\n\nAssistant:"
	log.Printf("prompt: %q", prompt)
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
	if err != nil {
		return "", "", err
	}
	return resp.Completion, resp.StopReason, nil
}

// Batch asks each question in turn and collects the stop reasons.
func Batch(ctx context.Context, client *anthropic.Client, qs []string) (string, []string, error) {
	var texts, stops []string
	for _, q := range qs {
		resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
			Model:             "claude-2.1",
			MaxTokensToSample: 100,
			Prompt:            fmt.Sprintf("\n\nHuman: %s\n\nAssistant:", q),
		})
		if err != nil {
			return "", nil, err
		}
		texts = append(texts, resp.Completion)
		stops = append(stops, resp.StopReason)
	}
	return strings.Join(texts, " | "), stops, nil
}

// Checked logs the stop reason and tells a complete answer apart.
func Checked(ctx context.Context, client *anthropic.Client, q string) (string, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	logStop(resp.StopReason)
	if resp.StopReason != "stop_sequence" && resp.StopReason != "" {
		return resp.Completion + " (incomplete)", nil
	}
	return resp.Completion, nil
}

func logStop(reason string) { log.Printf("stop reason: %s", reason) }
