// Package goanthropic exercises github.com/liushuangls/go-anthropic v1 and v2.
package goanthropic

import (
	"context"

	anthropic "github.com/liushuangls/go-anthropic"
	anthropic2 "github.com/liushuangls/go-anthropic/v2"
)

const ok = "\n\nHuman: hi\n\nAssistant:"

func ptr[T any](v T) *T { return &v }

func v1(ctx context.Context, c *anthropic.Client) {
	temp := float32(1.5)
	c.CreateComplete(ctx, anthropic.CompleteRequest{ // want `CreateComplete sends a legacy Text Completions request`
		Model:             anthropic.ModelClaude2Dot1, // want `model "claude-2.1" was retired`
		Prompt:            ok,
		MaxTokensToSample: 0,     // want `max_tokens_to_sample`
		Temperature:       &temp, // want `temperature`
	})
	c.CreateStreamComplete(ctx, anthropic.CompleteStreamRequest{ // want `CreateStreamComplete sends a legacy`
		CompleteRequest: anthropic.CompleteRequest{
			Model:             "claude-sonnet-4-6",
			Prompt:            "Hello", // want `prompt`
			MaxTokensToSample: 100,
			TopK:              ptr(-1), // want `top_k`
		},
	})
}

func v2(ctx context.Context, c *anthropic2.Client, question string) {
	req := anthropic2.CompleteRequest{
		Model:             anthropic2.ModelClaudeInstant1Dot2, // want `model "claude-instant-1.2" was retired`
		Prompt:            "\n\nHuman: " + question + "\n\nAssistant:",
		MaxTokensToSample: 300,
	}
	req.SetTemperature(2)      // want `temperature`
	c.CreateComplete(ctx, req) // want `CreateComplete sends a legacy`

	var s anthropic2.CompleteStreamRequest
	s.Prompt = ok
	s.MaxTokensToSample = 100
	s.Model = "claude-sonnet-4-6"
	s.TopP = ptr(float32(-0.5))    // want `top_p`
	c.CreateCompleteStream(ctx, s) // want `CreateCompleteStream sends a legacy`
}
