// Package betacalls uses the v0.2.0-beta parameter style: required fields
// are plain values, optional ones param.Opt set with anthropic.Float/Int.
package betacalls

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/packages/param"
)

func ask(ctx context.Context, client anthropic.Client, q string) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `CompletionService.New sends a legacy Text Completions request`
		Model:             "claude-instant-1.2", // want `retired`
		MaxTokensToSample: 300,
		Prompt:            "Human: " + q + "\n\nAssistant:", // want `Human:`
		Temperature:       param.NewOpt(-1.0),               // want `temperature`
	})
}
