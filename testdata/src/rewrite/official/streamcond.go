package official

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

func writeInInit(ctx context.Context, client anthropic.Client, out io.Writer) error {
	s := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.NewStreaming\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Tell a story\n\nAssistant:",
	})
	defer s.Close()
	for s.Next() {
		if _, err := io.WriteString(out, s.Current().Completion); err != nil {
			return err
		}
	}
	return s.Err()
}

func eventInInit(ctx context.Context, client anthropic.Client) {
	s := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.NewStreaming\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Tell a story\n\nAssistant:",
	})
	for s.Next() {
		if ev := s.Current(); ev.Completion != "" {
			fmt.Print(ev.Completion)
		} else {
			fmt.Print(".")
		}
	}
}

func countSpaces(ctx context.Context, client anthropic.Client) int {
	s := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.NewStreaming\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Tell a story\n\nAssistant:",
	})
	n := 0
	for s.Next() {
		switch chunk := s.Current().Completion; {
		case strings.HasPrefix(chunk, " "):
			n++
		}
		switch {
		case s.Current().Completion == "\n":
			n--
		}
	}
	return n
}

func switchTag(ctx context.Context, client anthropic.Client) {
	s := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.NewStreaming\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Tell a story\n\nAssistant:",
	})
	for s.Next() {
		switch s.Current().Completion {
		case "":
		default:
			fmt.Print(s.Current().Completion)
		}
	}
}

func elseIf(ctx context.Context, client anthropic.Client, quiet bool, out io.Writer) {
	s := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.NewStreaming\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Tell a story\n\nAssistant:",
	})
	for s.Next() {
		if quiet {
		} else if _, err := io.WriteString(out, s.Current().Completion); err != nil {
			return
		}
	}
}
