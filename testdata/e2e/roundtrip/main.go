// Command roundtrip sends a fixed series of legacy Text Completions requests
// to the server at $ROUNDTRIP_BASE_URL and prints the answers. The end-to-end
// tests run it before and after completelint -fix against a recording server:
// the conversations sent and the lines printed must not change.
package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/option"
)

const system = "You are a terse assistant."

func main() {
	client := anthropic.NewClient(
		option.WithBaseURL(os.Getenv("ROUNDTRIP_BASE_URL")),
		option.WithAPIKey("test-key"),
		option.WithMaxRetries(0),
	)
	ctx := context.Background()
	for _, step := range []func(context.Context, *anthropic.Client) (string, error){
		arithmetic, translate, fewShot, story,
	} {
		out, err := step(ctx, &client)
		if err != nil {
			fmt.Fprintln(os.Stderr, "roundtrip:", err)
			os.Exit(1)
		}
		fmt.Println(out)
	}
}

// arithmetic: a constant prompt with system text.
func arithmetic(ctx context.Context, client *anthropic.Client) (string, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 100,
		Prompt:            system + "\n\nHuman: What is 2+2?\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	return "arithmetic: " + resp.Completion, nil
}

// translate: a Sprintf prompt with a prefill and stop sequences.
func translate(ctx context.Context, client *anthropic.Client) (string, error) {
	text, lang := "good morning", "French"
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 50,
		Temperature:       anthropic.Float(0.3),
		StopSequences:     []string{"\n\nHuman:", "\nNote:"},
		Prompt:            fmt.Sprintf("\n\nHuman: Translate %q into %s.\n\nAssistant: Translation:", text, lang),
	})
	if err != nil {
		return "", err
	}
	return "translate: " + strings.TrimSpace(resp.Completion), nil
}

// fewShot: a conversation with an earlier Assistant turn.
func fewShot(ctx context.Context, client *anthropic.Client) (string, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 20,
		TopK:              anthropic.Int(5),
		Metadata:          anthropic.MetadataParam{UserID: anthropic.String("user-42")},
		Prompt:            "\n\nHuman: Say hi.\n\nAssistant: Hi!\n\nHuman: Say bye.\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	return "few-shot: " + resp.Completion, nil
}

// story: a streamed answer, printed chunk by chunk.
func story(ctx context.Context, client *anthropic.Client) (string, error) {
	topic := "a lighthouse"
	stream := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 200,
		TopP:              anthropic.Float(0.9),
		Prompt:            system + "\n\nHuman: Tell a story about " + topic + ".\n\nAssistant:",
	})
	defer stream.Close()
	var chunks []string
	for stream.Next() {
		chunks = append(chunks, stream.Current().Completion)
	}
	if err := stream.Err(); err != nil {
		return "", err
	}
	return "story: " + strings.Join(chunks, "|"), nil
}
