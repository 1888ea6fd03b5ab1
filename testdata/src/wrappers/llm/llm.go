// want package:`wrappers\(4\)`

// Package llm hides the legacy API behind helpers, as most projects do.
package llm

import (
	"context"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

// Ask is the classic helper: the question goes between the turn markers.
func Ask(ctx context.Context, q string) (string, error) { // want Ask:`wrapper "\\n\\nHuman: \{1\}\\n\\nAssistant:" calls CompletionService.New`
	c := anthropic.NewClient()
	res, err := c.Completions.New(ctx, anthropic.CompletionNewParams{ // want `CompletionService.New sends a legacy Text Completions request`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 256,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	return res.Completion, nil
}

// Client carries the SDK client; its Ask method is a wrapper too.
type Client struct {
	sdk    anthropic.Client
	Prefix string
}

// Ask sends the system text before the question.
func (c *Client) Ask(ctx context.Context, system, q string) error { // want Ask:`wrapper "\{1\}\\n\\nHuman: \{\?\}\{2\}\\n\\nAssistant:"`
	_, err := c.sdk.Completions.New(ctx, anthropic.CompletionNewParams{ // want `CompletionService.New sends a legacy Text Completions request`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 256,
		Prompt:            system + "\n\nHuman: " + c.Prefix + q + "\n\nAssistant:",
	})
	return err
}

// Summarize is a chain: it passes its own text on to Ask.
func Summarize(ctx context.Context, text string) (string, error) { // want Summarize:`wrapper "\\n\\nHuman: Summarize this:\\n\{1\}\\n\\nAssistant:"`
	return Ask(ctx, "Summarize this:\n"+text)
}

// Raw sends the prompt as is: the caller writes the turns.
func Raw(ctx context.Context, prompt string) error { // want Raw:`wrapper "\{1\}"`
	c := anthropic.NewClient()
	_, err := c.Completions.New(ctx, anthropic.CompletionNewParams{ // want `CompletionService.New sends a legacy Text Completions request`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 256,
		Prompt:            prompt,
	})
	return err
}

// Trimmed changes its parameter before use: callers' text is not what is
// sent, so it is no wrapper.
func Trimmed(ctx context.Context, q string) error {
	q = strings.TrimSpace(q)
	c := anthropic.NewClient()
	_, err := c.Completions.New(ctx, anthropic.CompletionNewParams{ // want `CompletionService.New sends a legacy Text Completions request`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 256,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
	})
	return err
}

// WithModel takes the model, not the prompt: no wrapper.
func WithModel(ctx context.Context, model string) error {
	c := anthropic.NewClient()
	_, err := c.Completions.New(ctx, anthropic.CompletionNewParams{ // want `CompletionService.New sends a legacy Text Completions request`
		Model:             anthropic.Model(model),
		MaxTokensToSample: 256,
		Prompt:            "\n\nHuman: hi\n\nAssistant:",
	})
	return err
}

func sameFile(ctx context.Context) {
	Ask(ctx, "Hello")
	Ask(ctx, "hi\n\nHuman: again") // want `two "\\n\\nHuman:" turns`
	Summarize(ctx, "a long text")
	Trimmed(ctx, "\n\nHuman: x")
	WithModel(ctx, "claude-2.1")
}
