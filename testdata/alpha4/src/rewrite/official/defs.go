package official

import (
	"context"
	"fmt"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

const (
	humanPrompt = "\n\nHuman:"
	aiPrompt    = "\n\nAssistant:"
)

func promptVar(ctx context.Context, client *anthropic.Client, text string) {
	prompt := humanPrompt + " Summarise:\n\n" + text + aiPrompt + " " // want `whitespace after the final`
	client.Completions.New(ctx, anthropic.CompletionNewParams{        // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F(prompt),
	})
}

func promptVarDecl(ctx context.Context, client *anthropic.Client, text string) {
	var prompt = fmt.Sprintf("\n\nHuman: Count to %d\n\nAssistant:", len(text))
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F(prompt),
	})
}

func appended(ctx context.Context, client *anthropic.Client, question string, n int) {
	prompt := humanPrompt + " "
	prompt += question
	prompt += fmt.Sprintf(" (%d words)", n) + aiPrompt
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F(prompt),
	})
}

func builder(ctx context.Context, client *anthropic.Client, function string) {
	var prompt strings.Builder
	prompt.WriteString("\n\nHuman: Explain this function:\n\n")
	prompt.WriteString(function)
	prompt.WriteString("\n\nAssistant:")
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F(prompt.String()),
	})
}

func partLocal(ctx context.Context, client *anthropic.Client, q string) {
	human := humanPrompt + " "
	answer := aiPrompt + " Sure:"
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F(human + q + answer),
	})
}

func alsoLogged(ctx context.Context, client *anthropic.Client, q string) {
	prompt := humanPrompt + " " + q + aiPrompt
	fmt.Println(prompt)
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F(prompt),
	})
}

func reassigned(ctx context.Context, client *anthropic.Client, q string) {
	prompt := humanPrompt + " " + q + aiPrompt
	q = "changed"
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F(prompt),
	})
}

type asker struct{ question string }

func throughPointer(ctx context.Context, client *anthropic.Client, a *asker) {
	prompt := humanPrompt + " " + a.question + aiPrompt
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F(prompt),
	})
}

func fieldOfValue(ctx context.Context, client *anthropic.Client, a asker) {
	prompt := humanPrompt + " " + a.question + aiPrompt
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F(prompt),
	})
}

func addressTaken(ctx context.Context, client *anthropic.Client, q string) {
	prompt := humanPrompt + " " + q + aiPrompt
	edit(&q)
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F(prompt),
	})
}

func edit(s *string) { *s = strings.TrimSpace(*s) }

func inLoop(ctx context.Context, client *anthropic.Client, q string, n int) {
	prompt := humanPrompt + " " + q + aiPrompt
	for range n {
		client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
			Model:             anthropic.F("claude-sonnet-4-6"),
			MaxTokensToSample: anthropic.Int(100),
			Prompt:            anthropic.F(prompt),
		})
		q = "next"
	}
}

func afterCall(ctx context.Context, client *anthropic.Client, q string) string {
	prompt := humanPrompt + " " + q + aiPrompt
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.F("claude-sonnet-4-6"),
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F(prompt),
	})
	q = strings.ToUpper(q)
	return q
}
