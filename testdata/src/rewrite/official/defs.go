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

func promptVar(ctx context.Context, client anthropic.Client, text string) {
	prompt := humanPrompt + " Summarise:\n\n" + text + aiPrompt + " " // want `whitespace after the final`
	client.Completions.New(ctx, anthropic.CompletionNewParams{        // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

func promptVarDecl(ctx context.Context, client anthropic.Client, text string) {
	var prompt = fmt.Sprintf("\n\nHuman: Count to %d\n\nAssistant:", len(text))
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

func appended(ctx context.Context, client anthropic.Client, question string, n int) {
	prompt := humanPrompt + " "
	prompt += question
	prompt += fmt.Sprintf(" (%d words)", n) + aiPrompt
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

func builder(ctx context.Context, client anthropic.Client, function string) {
	var prompt strings.Builder
	prompt.WriteString("\n\nHuman: Explain this function:\n\n")
	prompt.WriteString(function)
	prompt.WriteString("\n\nAssistant:")
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt.String(),
	})
}

func partLocal(ctx context.Context, client anthropic.Client, q string) {
	human := humanPrompt + " "
	answer := aiPrompt + " Sure:"
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            human + q + answer,
	})
}

func alsoLogged(ctx context.Context, client anthropic.Client, q string) {
	prompt := humanPrompt + " " + q + aiPrompt
	fmt.Println(prompt)
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

func reassigned(ctx context.Context, client anthropic.Client, q string) {
	prompt := humanPrompt + " " + q + aiPrompt
	q = "changed"
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

type asker struct{ question string }

func throughPointer(ctx context.Context, client anthropic.Client, a *asker) {
	prompt := humanPrompt + " " + a.question + aiPrompt
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

func fieldOfValue(ctx context.Context, client anthropic.Client, a asker) {
	prompt := humanPrompt + " " + a.question + aiPrompt
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

func addressTaken(ctx context.Context, client anthropic.Client, q string) {
	prompt := humanPrompt + " " + q + aiPrompt
	edit(&q)
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

func edit(s *string) { *s = strings.TrimSpace(*s) }

func inLoop(ctx context.Context, client anthropic.Client, q string, n int) {
	prompt := humanPrompt + " " + q + aiPrompt
	for range n {
		client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
			Model:             "claude-sonnet-4-6",
			MaxTokensToSample: 100,
			Prompt:            prompt,
		})
		q = "next"
	}
}

func afterCall(ctx context.Context, client anthropic.Client, q string) string {
	prompt := humanPrompt + " " + q + aiPrompt
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
	q = strings.ToUpper(q)
	return q
}

// Pure standard-library calls and conversions in the moved parts read the
// same at the call; another call might not.
func pureCalls(ctx context.Context, client anthropic.Client, q string, qs []string, n int, raw []byte) {
	prompt := humanPrompt + " " + strings.TrimSpace(q) + " " + strings.Join(qs, ", ") + " " + string(raw) + aiPrompt
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

func impureCall(ctx context.Context, client anthropic.Client, q string) {
	prompt := humanPrompt + " " + lookup(q) + aiPrompt
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

func lookup(q string) string { return q }

// Issue 10: where a part may change before the call, the conversation is
// built where the prompt was.
func systemChanged(ctx context.Context, client anthropic.Client, q string) {
	prompt := "Be brief." + humanPrompt + " " + q + aiPrompt
	q = ""
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

// The prompt is also printed: it stays, and the conversation is built
// right after it, from the same parts.
func loggedAndChanged(ctx context.Context, client anthropic.Client, q string) {
	prompt := humanPrompt + " " + q + aiPrompt
	fmt.Println(prompt)
	q = "next"
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

var asked int

func nextQuestion() string {
	asked++
	return fmt.Sprint("question ", asked)
}

// Building the conversation beside the kept prompt would ask twice.
func loggedImpure(ctx context.Context, client anthropic.Client) {
	prompt := humanPrompt + " " + nextQuestion() + aiPrompt
	fmt.Println(prompt)
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: prompt variable prompt is also used at defs\.go:\d+\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

func shout(s *string) { *s = strings.ToUpper(*s) }

// The prompt itself is changed through a pointer: only it holds what is
// sent.
func promptEdited(ctx context.Context, client anthropic.Client, q string) {
	prompt := humanPrompt + " " + q + aiPrompt
	shout(&prompt)
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: prompt is built by a call at defs\.go:\d+\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}
