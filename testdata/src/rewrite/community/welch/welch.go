// Package welch is the golden corpus of github.com/madebywelch/anthropic-go
// v1, v2 and v3 calls moved to the library's own Messages API, where the
// library lets them.
package welch

import (
	"context"
	"fmt"

	anthropic1 "github.com/madebywelch/anthropic-go/pkg/anthropic"
	anthropic2 "github.com/madebywelch/anthropic-go/v2/pkg/anthropic"
	anthropic3 "github.com/madebywelch/anthropic-go/v3/pkg/anthropic"
	"github.com/madebywelch/anthropic-go/v3/pkg/anthropic/client/bedrock"
	"github.com/madebywelch/anthropic-go/v3/pkg/anthropic/client/native"
)

// v1 has no Messages API.
func v1(c *anthropic1.Client) (string, error) {
	resp, err := c.Complete(&anthropic1.CompletionRequest{ // want `sends a legacy Text Completions request.*has no MessageRequest`
		Prompt:            "\n\nHuman: Hi\n\nAssistant:",
		Model:             anthropic1.ClaudeV2, // want `was retired`
		MaxTokensToSample: 100,
	})
	if err != nil {
		return "", err
	}
	return resp.Completion, nil
}

// v2Literal: a request literal; system text, the implied stop dropped.
func v2Literal(c *anthropic2.Client, question string) (string, error) {
	resp, err := c.Complete(&anthropic2.CompletionRequest{ // want `sends a legacy Text Completions request`
		Prompt:            "Answer briefly.\n\nHuman: " + question + "\n\nAssistant:",
		Model:             anthropic2.ClaudeV2_1, // want `was retired`
		MaxTokensToSample: 500,
		StopSequences:     []string{"\n\nHuman:"}, // want `redundant`
		Temperature:       0.3,
	})
	if err != nil {
		return "", err
	}
	if resp.StopReason != "stop_sequence" {
		return "", fmt.Errorf("cut at %d tokens", 500)
	}
	return resp.Completion, nil
}

// v2Options: the constructor and its options, instantiated for
// MessageRequest.
func v2Options(c *anthropic2.Client) error {
	req := anthropic2.NewCompletionRequest(
		"\n\nHuman: Why is the sky blue?\n\nAssistant:",
		anthropic2.WithModel[anthropic2.CompletionRequest](anthropic2.ClaudeV2), // want `was retired`
		anthropic2.WithMaxTokens[anthropic2.CompletionRequest](100),
		anthropic2.WithTemperature[anthropic2.CompletionRequest](0.5),
	)
	resp, err := c.Complete(req) // want `sends a legacy Text Completions request`
	if err != nil {
		return err
	}
	fmt.Printf("Completion: %s\n", resp.Completion)
	return nil
}

// v2System: system text becomes the WithSystemPrompt option.
func v2System(c *anthropic2.Client, topic string) (string, error) {
	resp, err := c.Complete(anthropic2.NewCompletionRequest( // want `sends a legacy Text Completions request`
		"You are terse.\n\nHuman: Explain "+topic+".\n\nAssistant:",
		anthropic2.WithModel[anthropic2.CompletionRequest](anthropic2.ClaudeV2), // want `was retired`
		anthropic2.WithMaxTokens[anthropic2.CompletionRequest](300),
	))
	if err != nil {
		return "", err
	}
	return resp.Completion, nil
}

// v2Default: the model is the constructor's default.
func v2Default(c *anthropic2.Client) error {
	_, err := c.Complete(anthropic2.NewCompletionRequest("\n\nHuman: Hi\n\nAssistant:")) // want `sends a legacy Text Completions request.*the model is the default of anthropic2.NewCompletionRequest`
	return err
}

// v2Stream: v2's MessageStream sends only retired models.
func v2Stream(c *anthropic2.Client) {
	events, errs := c.CompleteStream(anthropic2.NewCompletionRequest( // want `sends a legacy Text Completions request.*MessageStream refuses, before sending`
		"\n\nHuman: Hi\n\nAssistant:",
		anthropic2.WithModel[anthropic2.CompletionRequest](anthropic2.ClaudeV2_1), // want `was retired`
		anthropic2.WithMaxTokens[anthropic2.CompletionRequest](100),
		anthropic2.WithStreaming[anthropic2.CompletionRequest](true),
	))
	for {
		select {
		case e := <-events:
			fmt.Print(e.Completion)
		case <-errs:
			return
		}
	}
}

// v3Native and v3Bedrock: v3 validates every Messages request against a
// list of retired models.
func v3Native(ctx context.Context, c *native.Client) (string, error) {
	resp, err := c.Complete(ctx, anthropic3.NewCompletionRequest("\n\nHuman: Hi\n\nAssistant:", // want `sends a legacy Text Completions request.*Message refuses, before sending`
		anthropic3.WithModel[anthropic3.CompletionRequest](anthropic3.ClaudeV2_1), // want `was retired`
		anthropic3.WithMaxTokens[anthropic3.CompletionRequest](100)))
	if err != nil {
		return "", err
	}
	return resp.Completion, nil
}

func v3Bedrock(ctx context.Context, c *bedrock.Client) error {
	_, err := c.Complete(ctx, &anthropic3.CompletionRequest{ // want `sends a legacy Text Completions request.*Message refuses`
		Prompt:            "\n\nHuman: Hi\n\nAssistant:",
		Model:             anthropic3.ClaudeV2, // want `was retired`
		MaxTokensToSample: 100,
	})
	return err
}
