package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

// chat answers each line read from in, keeping the whole conversation in one
// growing prompt.
func chat(ctx context.Context, client *anthropic.Client, model string, in io.Reader, out io.Writer) error {
	history := systemPrompt
	lines := bufio.NewScanner(in)
	for lines.Scan() {
		history += "\n\nHuman: " + lines.Text() + "\n\nAssistant:"
		resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
			Model:             model,
			MaxTokensToSample: 1024,
			Temperature:       anthropic.Float(1.5),
			Prompt:            history,
		})
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintln(out, strings.TrimSpace(resp.Completion)); err != nil {
			return err
		}
		history += resp.Completion
	}
	return lines.Err()
}
