package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

// systemPrompt is sent ahead of every conversation.
const systemPrompt = "You are a careful editor. Answer in plain English."

// summaryPrompt asks for a summary of the text that replaces %s. The
// instructions and the text are two Human turns in a row, and the final
// Assistant marker is followed by a space.
const summaryPrompt = systemPrompt + "\n\nHuman: Summarise the text below in three sentences." +
	"\n\nHuman: <text>%s</text>\n\nAssistant: "

// summarize prints a short summary of everything read from in.
func summarize(ctx context.Context, client *anthropic.Client, in io.Reader, out io.Writer) error {
	text, err := io.ReadAll(in)
	if err != nil {
		return err
	}
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 300,
		Temperature:       anthropic.Float(0.2),
		Prompt:            fmt.Sprintf(summaryPrompt, strings.TrimSpace(string(text))),
	})
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(out, strings.TrimSpace(resp.Completion))
	return err
}
