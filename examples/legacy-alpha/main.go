// Command summarize summarises standard input with Claude through the legacy
// Text Completions API, written against an early (v0.2.0-alpha) release of
// the official Go SDK where every parameter is wrapped in anthropic.F. It is
// completelint's bundled example for that parameter style.
//
//	summarize < article.txt
//	summarize -stream < article.txt
//
// The client reads ANTHROPIC_API_KEY; -base-url points it elsewhere.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/option"
)

const (
	humanPrompt = "\n\nHuman:"
	aiPrompt    = "\n\nAssistant:"
)

func main() {
	stream := flag.Bool("stream", false, "print the summary as it arrives")
	baseURL := flag.String("base-url", "", "API base URL (default: the public API)")
	flag.Parse()

	var opts []option.RequestOption
	if *baseURL != "" {
		opts = append(opts, option.WithBaseURL(*baseURL))
	}
	client := anthropic.NewClient(opts...)
	text, err := io.ReadAll(os.Stdin)
	if err == nil {
		if *stream {
			err = summarizeStreaming(context.Background(), client, strings.TrimSpace(string(text)), os.Stdout)
		} else {
			err = summarizeOnce(context.Background(), client, strings.TrimSpace(string(text)), os.Stdout)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "summarize:", err)
		os.Exit(1)
	}
}

// summarizeOnce prints the summary of text. The final Assistant marker is
// followed by a space.
func summarizeOnce(ctx context.Context, client *anthropic.Client, text string, out io.Writer) error {
	prompt := humanPrompt + " Summarise this text in one paragraph:\n\n" + text + aiPrompt + " "
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             anthropic.F(anthropic.ModelClaude_2_1),
		MaxTokensToSample: anthropic.F(int64(400)),
		Temperature:       anthropic.F(0.2),
		Prompt:            anthropic.F(prompt),
	})
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(out, strings.TrimSpace(resp.Completion))
	return err
}

// summarizeStreaming prints the summary of text as it arrives. Its prompt
// sends the instructions as a second Human turn.
func summarizeStreaming(ctx context.Context, client *anthropic.Client, text string, out io.Writer) error {
	prompt := humanPrompt + " " + text + "\n\nHuman: Summarise the text above in one paragraph." + aiPrompt
	stream := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{
		Model:             anthropic.F(anthropic.ModelClaude_2_1),
		MaxTokensToSample: anthropic.Int(400),
		StopSequences:     anthropic.F([]string{humanPrompt}),
		Prompt:            anthropic.F(prompt),
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
