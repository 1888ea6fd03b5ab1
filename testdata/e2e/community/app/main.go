// Command app sends legacy requests through the community SDKs
// github.com/liushuangls/go-anthropic/v2 and
// github.com/madebywelch/anthropic-go/v2 to the API at COMMUNITY_BASE_URL,
// and prints what comes back; the round trip test runs it before and after
// completelint -fix.
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"

	goanthropic "github.com/liushuangls/go-anthropic/v2"
	welch "github.com/madebywelch/anthropic-go/v2/pkg/anthropic"
)

func main() {
	base := os.Getenv("COMMUNITY_BASE_URL")
	if base == "" {
		log.Fatal("COMMUNITY_BASE_URL is not set")
	}
	ctx := context.Background()
	ga := goanthropic.NewClient("test-key", goanthropic.WithBaseURL(base+"/v1"))
	answer, err := oneWord(ctx, ga, "What is the capital of France?")
	check(err)
	fmt.Println("one word:", answer)
	fmt.Println("prefilled:", prefilled(ctx, ga, "Can you count to three?"))
	story, err := streamed(ctx, ga, "a lighthouse")
	check(err)
	fmt.Println("\nstory:", story)

	// anthropic-go has no base URL option: its requests go to the server
	// through the default transport.
	target, err := url.Parse(base)
	check(err)
	http.DefaultTransport = redirect{target, http.DefaultTransport}
	wc, err := welch.NewClient("test-key")
	check(err)
	brief, err := briefly(wc, "Why is the sea salty?")
	check(err)
	fmt.Println("briefly:", brief)
	check(options(wc))
	terse, err := tersely(wc, "tides")
	check(err)
	fmt.Println("tersely:", terse)
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// redirect sends every request to target's host through next.
type redirect struct {
	target *url.URL
	next   http.RoundTripper
}

func (r redirect) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.URL.Scheme, req.URL.Host, req.Host = r.target.Scheme, r.target.Host, r.target.Host
	return r.next.RoundTrip(req)
}

func oneWord(ctx context.Context, c *goanthropic.Client, question string) (string, error) {
	resp, err := c.CreateComplete(ctx, goanthropic.CompleteRequest{
		Model:             goanthropic.ModelClaude2Dot1,
		Prompt:            "You answer in one word.\n\nHuman: " + question + "\n\nAssistant:",
		MaxTokensToSample: 300,
		StopSequences:     []string{"\n\nHuman:", "END"},
	})
	if err != nil {
		return "", err
	}
	if resp.StopReason == "max_tokens" {
		return "", fmt.Errorf("truncated")
	}
	return resp.Completion, nil
}

func prefilled(ctx context.Context, c *goanthropic.Client, question string) string {
	req := goanthropic.CompleteRequest{
		Model:             goanthropic.ModelClaudeInstant1Dot2,
		Prompt:            fmt.Sprintf("\n\nHuman: %s\n\nAssistant: Sure,", question),
		MaxTokensToSample: 200,
	}
	req.SetTemperature(0.2)
	resp, err := c.CreateComplete(ctx, req)
	if err != nil {
		return "error: " + err.Error()
	}
	switch resp.StopReason {
	case "stop_sequence":
		return "Sure," + resp.Completion
	case "max_tokens":
		return "Sure," + resp.Completion + "..."
	}
	return "stopped otherwise"
}

func streamed(ctx context.Context, c *goanthropic.Client, topic string) (string, error) {
	var sb strings.Builder
	resp, err := c.CreateCompleteStream(ctx, goanthropic.CompleteStreamRequest{
		CompleteRequest: goanthropic.CompleteRequest{
			Model:             "claude-2.1",
			Prompt:            "\n\nHuman: Tell a story about " + topic + ".\n\nAssistant:",
			MaxTokensToSample: 1000,
		},
		OnCompletion: func(event goanthropic.CompleteResponse) {
			sb.WriteString(event.Completion)
			fmt.Print(event.Completion, "|")
		},
	})
	if err != nil {
		return "", err
	}
	if resp.Completion != sb.String() {
		return "", fmt.Errorf("stream and response differ")
	}
	return resp.Completion, nil
}

func briefly(c *welch.Client, question string) (string, error) {
	resp, err := c.Complete(&welch.CompletionRequest{
		Prompt:            "Answer briefly.\n\nHuman: " + question + "\n\nAssistant:",
		Model:             welch.ClaudeV2_1,
		MaxTokensToSample: 500,
		StopSequences:     []string{"\n\nHuman:"},
		Temperature:       0.3,
	})
	if err != nil {
		return "", err
	}
	if resp.StopReason != "stop_sequence" {
		return "", fmt.Errorf("cut short")
	}
	return resp.Completion, nil
}

func options(c *welch.Client) error {
	req := welch.NewCompletionRequest(
		"\n\nHuman: Why is the sky blue?\n\nAssistant:",
		welch.WithModel[welch.CompletionRequest](welch.ClaudeV2),
		welch.WithMaxTokens[welch.CompletionRequest](100),
		welch.WithTemperature[welch.CompletionRequest](0.5),
	)
	resp, err := c.Complete(req)
	if err != nil {
		return err
	}
	fmt.Printf("Completion: %s\n", resp.Completion)
	return nil
}

func tersely(c *welch.Client, topic string) (string, error) {
	resp, err := c.Complete(welch.NewCompletionRequest(
		"You are terse.\n\nHuman: Explain "+topic+".\n\nAssistant:",
		welch.WithModel[welch.CompletionRequest](welch.ClaudeV2),
		welch.WithMaxTokens[welch.CompletionRequest](300),
	))
	if err != nil {
		return "", err
	}
	return resp.Completion, nil
}
