package official

import (
	"context"
	"fmt"

	"github.com/anthropics/anthropic-sdk-go"
)

func basic(ctx context.Context, client *anthropic.Client, question string, n int) (string, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.F(anthropic.ModelClaude_2_1), // want `model "claude-2\.1" was retired on `
		MaxTokensToSample: anthropic.Int(256),
		Prompt:            anthropic.F(fmt.Sprintf("You are terse.\n\nHuman: %s, %d times\n\nAssistant: Well ", question, n)), // want `the prefill after the final "\\n\\nAssistant:" ends in whitespace`
		StopSequences:     anthropic.F([]string{"\n\nHuman:", "END"}),                                                         // want `"\\n\\nHuman:" in stop_sequences is redundant`
		Temperature:       anthropic.Float(0.2),
	})
	if err != nil {
		return "", err
	}
	if resp.StopReason == "stop_sequence" {
		fmt.Println("done", resp.ID, resp.Model)
	}
	return resp.Completion, nil
}

func stream(ctx context.Context, client *anthropic.Client) string {
	var text string
	s := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.NewStreaming\)$`
		Model:             anthropic.F("claude-instant-1.2"), // want `model "claude-instant-1\.2" was retired on `
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F("\n\nHuman: Tell a story\n\nAssistant:"),
		StopSequences:     anthropic.F([]string{"\n\nHuman:"}), // want `"\\n\\nHuman:" in stop_sequences is redundant`
	})
	for s.Next() {
		text += s.Current().Completion
	}
	return text
}

func streamPrint(ctx context.Context, client *anthropic.Client) {
	s := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.NewStreaming\)$`
		Model:             anthropic.F("claude-3-5-haiku-latest"), // want `model "claude-3-5-haiku-latest" was retired on `
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F("\n\nHuman: Tell a story\n\nAssistant:"),
	})
	for s.Next() {
		fmt.Print(s.Current().Completion)
	}
}

func streamScoped(ctx context.Context, client *anthropic.Client) {
	s := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.NewStreaming\)$`
		Model:             anthropic.F("claude-3-5-haiku-latest"), // want `model "claude-3-5-haiku-latest" was retired on `
		MaxTokensToSample: anthropic.Int(100),
		Prompt:            anthropic.F("\n\nHuman: Tell a story\n\nAssistant:"),
	})
	for s.Next() {
		if ev := s.Current(); ev.Completion != "" {
			fmt.Print("x")
		}
	}
}
