package main

import (
	"context"
	"fmt"
	"io"

	"github.com/anthropics/anthropic-sdk-go"
)

// ask streams the answer to one question. The answer is prefilled with an
// <answer> tag and stops at the closing tag.
func ask(ctx context.Context, client *anthropic.Client, model, question string, out io.Writer) error {
	stream := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{
		Model:             model,
		MaxTokensToSample: 500,
		StopSequences:     []string{"\n\nHuman:", "</answer>"},
		Prompt:            fmt.Sprintf("\n\nHuman: Answer the question in <answer> tags.\n<question>%s</question>\nAssistant: <answer>", question),
	})
	defer stream.Close()
	for stream.Next() {
		if _, err := io.WriteString(out, stream.Current().Completion); err != nil {
			return err
		}
	}
	if err := stream.Err(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(out)
	return err
}
