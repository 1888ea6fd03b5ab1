// want package:`wrappers\(1\)`

// Package acked acknowledges its wrapper's legacy call with a suppression,
// so that the wrapper's callers are reported instead: once per package, at
// the first call, with the others as related places.
package acked

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// Ask sends q between the turn markers.
func Ask(ctx context.Context, q string) (string, error) { // want Ask:`wrapper "\\n\\nHuman: \{1\}\\n\\nAssistant:"`
	c := anthropic.NewClient()
	//completelint:ignore legacy-api the callers are reported instead
	res, err := c.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 256,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	return res.Completion, nil
}

func local(ctx context.Context) {
	Ask(ctx, "Hello")              // want `^Ask calls CompletionService.New \(legacy Text Completions\) at acked.go:18; migrate it to the Messages API$`
	Ask(ctx, "hi\n\nHuman: again") // want `two "\\n\\nHuman:" turns`
}
