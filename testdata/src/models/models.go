// Package models exercises the model lifecycle rules at a fixed date.
package models

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

const ok = "\n\nHuman: hi\n\nAssistant:"

func lifecycle(ctx context.Context, c anthropic.Client) {
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-2.1", MaxTokensToSample: 5, Prompt: ok})                   // want `legacy` `model "claude-2.1" was retired`
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-instant-1.2", MaxTokensToSample: 5, Prompt: ok})           // want `legacy` `retired`
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: anthropic.ModelClaudeSonnet4_5, MaxTokensToSample: 5, Prompt: ok}) // want `legacy` `model "claude-sonnet-4-5" is deprecated and will be retired on 2026-11-30`
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", MaxTokensToSample: 5, Prompt: ok})            // want `legacy`
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "my-fine-tune", MaxTokensToSample: 5, Prompt: ok})                 // want `legacy`
}

// Messages calls are judged too, so that migrated code stays checked.
func messages(ctx context.Context, c anthropic.Client) {
	c.Messages.New(ctx, anthropic.MessageNewParams{Model: "claude-3-haiku-20240307", MaxTokens: 5})           // want `model "claude-3-haiku-20240307" was retired on 2026-04-20 and no longer answers; use "claude-haiku-4-5-20251001"`
	c.Messages.New(ctx, anthropic.MessageNewParams{Model: anthropic.ModelClaudeSonnet4_5, MaxTokens: 5})      // want `model "claude-sonnet-4-5" is deprecated`
	c.Messages.NewStreaming(ctx, anthropic.MessageNewParams{Model: "claude-opus-4-1-20250805", MaxTokens: 5}) // want `model "claude-opus-4-1-20250805" was retired on 2026-08-05 and no longer answers; use "claude-opus-4-8"`
	c.Messages.New(ctx, anthropic.MessageNewParams{Model: "claude-sonnet-4-6", MaxTokens: 5})
}
