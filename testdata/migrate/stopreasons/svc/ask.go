// Package svc is service code in the style that hands each answer and the
// reason it stopped to the caller.
package svc

import (
	"context"
	"fmt"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

const model = "claude-2.1"

// Ask returns the answer and why it stopped.
func Ask(ctx context.Context, client *anthropic.Client, q string) (string, string, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             model,
		MaxTokensToSample: 200,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
	})
	if err != nil {
		return "", "", err
	}
	return resp.Completion, resp.StopReason, nil
}

// AskShouting builds the prompt, then changes the question it came from.
func AskShouting(ctx context.Context, client *anthropic.Client, q string) (string, string, error) {
	prompt := fmt.Sprintf("\n\nHuman: %s\n\nAssistant:", q)
	q = strings.ToUpper(q)
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             model,
		MaxTokensToSample: 200,
		Prompt:            prompt,
	})
	if err != nil {
		return "", "", err
	}
	return resp.Completion + " [" + q + "]", resp.StopReason, nil
}

func summaryPrompt(doc string, words int) string {
	return fmt.Sprintf("Be concise.\n\nHuman: Summarise in %d words:\n%s\n\nAssistant:", words, doc)
}

// Summarize reads its prompt from a template function.
func Summarize(ctx context.Context, client *anthropic.Client, doc string) (string, string, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 300,
		Prompt:            summaryPrompt(doc, 20),
	})
	if err != nil {
		return "", "", err
	}
	return resp.Completion, resp.StopReason, nil
}

// Classify switches on the stop reason.
func Classify(ctx context.Context, client *anthropic.Client, text string) (string, string, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-instant-1.2",
		MaxTokensToSample: 20,
		Prompt:            "\n\nHuman: Classify: " + text + "\n\nAssistant: Label:",
	})
	if err != nil {
		return "", "", err
	}
	label := strings.TrimSpace(resp.Completion)
	switch resp.StopReason {
	case "max_tokens":
		return label, "truncated", nil
	case "stop_sequence":
		return label, "complete", nil
	}
	return label, "unknown", nil
}

// Translate sets its parameters after the literal.
func Translate(ctx context.Context, client *anthropic.Client, text, lang string) (string, string, error) {
	params := anthropic.CompletionNewParams{Model: "claude-2.1"}
	params.MaxTokensToSample = 100
	params.StopSequences = []string{"\n\nHuman:", "END"}
	params.Prompt = fmt.Sprintf("\n\nHuman: Translate %q into %s.\n\nAssistant:", text, lang)
	resp, err := client.Completions.New(ctx, params)
	if err != nil {
		return "", "", err
	}
	return resp.Completion, resp.StopReason, nil
}

// Checklist builds its question in a loop.
func Checklist(ctx context.Context, client *anthropic.Client, items []string) (string, string, error) {
	prompt := "\n\nHuman: Which of these matters most?"
	for _, it := range items {
		prompt += "\n- " + it
	}
	prompt += "\n\nAssistant:"
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

// An Answer is a text and why it stopped.
type Answer struct {
	Text, Stop string
}

// Structured returns both in a struct.
func Structured(ctx context.Context, client *anthropic.Client, q string) (Answer, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
	})
	if err != nil {
		return Answer{}, err
	}
	return Answer{Text: resp.Completion, Stop: resp.StopReason}, nil
}

// Truncated reports whether the answer was cut.
func Truncated(ctx context.Context, client *anthropic.Client, q string) (string, bool, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
	})
	if err != nil {
		return "", false, err
	}
	return resp.Completion, resp.StopReason == "max_tokens", nil
}
