// Package welch exercises github.com/madebywelch/anthropic-go v1, v2 and v3:
// struct literals and option-style constructors.
package welch

import (
	"context"

	anthropic1 "github.com/madebywelch/anthropic-go/pkg/anthropic"
	anthropic2 "github.com/madebywelch/anthropic-go/v2/pkg/anthropic"
	anthropic3 "github.com/madebywelch/anthropic-go/v3/pkg/anthropic"
	"github.com/madebywelch/anthropic-go/v3/pkg/anthropic/client/native"
)

const ok = "\n\nHuman: hi\n\nAssistant:"

func v1(c *anthropic1.Client) {
	c.Complete(&anthropic1.CompletionRequest{ // want `Complete sends a legacy`
		Prompt:            ok,
		Model:             anthropic1.ClaudeV1, // want `model "claude-v1" was retired`
		MaxTokensToSample: 100,
		StopSequences:     []string{"\n\nHuman:"}, // want `stop_sequences`
	})
	req := anthropic1.NewCompletionRequest(ok,
		anthropic1.WithMaxTokens(-5), // want `max_tokens_to_sample`
	)
	c.Complete(req) // want `Complete sends a legacy`
}

func v2(c *anthropic2.Client) {
	req := anthropic2.NewCompletionRequest(
		"Why is the sky blue?", // want `prompt`
		anthropic2.WithModel[anthropic2.CompletionRequest](anthropic2.ClaudeV2_1), // want `model "claude-2.1" was retired`
		anthropic2.WithTemperature[anthropic2.CompletionRequest](3),               // want `temperature`
		anthropic2.WithStreaming[anthropic2.CompletionRequest](true),
	)
	c.CompleteStream(req) // want `CompleteStream sends a legacy`
}

func v3(ctx context.Context, c *native.Client) {
	c.Complete(ctx, anthropic3.NewCompletionRequest(ok, anthropic3.WithMaxTokens[anthropic3.CompletionRequest](100))) // want `Complete sends a legacy`
}
