package official

import (
	"context"
	"fmt"

	"github.com/anthropics/anthropic-sdk-go"
)

func stopSwitch(ctx context.Context, client anthropic.Client) string {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Hi\n\nAssistant:",
	})
	if err != nil {
		return ""
	}
	switch resp.StopReason {
	case "stop_sequence":
		return "done"
	case "max_tokens":
		return "cut"
	}
	if resp.StopReason == "max_tokens" {
		fmt.Println("cut")
	}
	return "?"
}

const (
	stopped   string = "stop_sequence"
	maxTokens string = "max_tokens"
)

func stopTyped(ctx context.Context, client anthropic.Client) bool {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Hi\n\nAssistant:",
	})
	if err != nil {
		return false
	}
	switch resp.StopReason {
	case stopped, maxTokens:
		fmt.Println("stopped")
	}
	return resp.StopReason != maxTokens
}

func stopOther(ctx context.Context, client anthropic.Client) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Hi\n\nAssistant:",
	})
	if err != nil {
		return
	}
	switch resp.StopReason {
	case "stop_sequence":
	case "refusal":
		fmt.Println("refused")
	}
}
