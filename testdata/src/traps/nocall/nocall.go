// Package nocall has Human/Assistant few-shot text that never reaches a
// legacy request, next to a Messages API call.
package nocall

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

const fewShot = "Human: what is 2+2?\nAssistant: 4\n\nHuman:"

func ask(ctx context.Context, c anthropic.Client, q string) {
	c.Messages.New(ctx, anthropic.MessageNewParams{
		Model:     "claude-sonnet-4-6",
		MaxTokens: 100,
		Messages:  []anthropic.MessageParam{anthropic.NewUserMessage(anthropic.NewTextBlock(fewShot + q))},
	})
}
