package official

import (
	"context"
	"fmt"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

// Issue 10: a prompt built by a function of the package from its
// parameters is read from that function's template, with the call's
// arguments in place of the parameters.

func topicPrompt(topic, q string) string {
	return fmt.Sprintf("\n\nHuman: About %s: %s\n\nAssistant:", topic, q)
}

func fromTemplate(ctx context.Context, client anthropic.Client, q string) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            topicPrompt("the sea", q),
	})
}

func builtPrompt(system, q string, n int) string {
	var b strings.Builder
	b.WriteString(system)
	b.WriteString("\n\nHuman: ")
	b.WriteString(q)
	fmt.Fprintf(&b, " (%d words)", n)
	b.WriteString("\n\nAssistant:")
	return b.String()
}

func fromBuilder(ctx context.Context, client anthropic.Client, q string) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            builtPrompt("Be terse.", q, 20),
	})
}

// An argument with effects would be evaluated where the template reads it.
func fromTemplateCall(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: prompt is built in another function\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            topicPrompt("the sea", nextQuestion()),
	})
}

func loggedPrompt(q string) string {
	fmt.Println("asking", q)
	return "\n\nHuman: " + q + "\n\nAssistant:"
}

// A function that does more than build the prompt is still called.
func fromLoggingFunc(ctx context.Context, client anthropic.Client, q string) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: prompt is built in another function\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            loggedPrompt(q),
	})
}

// Verbs that name their arguments: each reads the argument it names.
func indexedTwice(ctx context.Context, client anthropic.Client, name string, n int) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            fmt.Sprintf("\n\nHuman: %[2]d times, say %[1]q. %[1]s!\n\nAssistant:", name, n),
	})
}

// A star width takes its width from an argument.
func indexedStar(ctx context.Context, client anthropic.Client, name string, n int) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: prompt uses Sprintf verb %\[1\]\*s with explicit argument indexes or star widths\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            fmt.Sprintf("\n\nHuman: %[1]*s\n\nAssistant:", n, name),
	})
}
