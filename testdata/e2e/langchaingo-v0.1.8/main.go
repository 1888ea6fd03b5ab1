// Command ask uses langchaingo's Anthropic client at v0.1.8, which sends
// Messages requests: no finding.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/anthropic"
)

func main() {
	ctx := context.Background()
	llm, err := anthropic.New(anthropic.WithModel("claude-2.1"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	answer, err := llm.Call(ctx, "What is the capital of France?")
	fmt.Println(answer, err)
	answer, err = llm.Call(ctx, "\n\nHuman: What is 2+2?\n\nAssistant:")
	fmt.Println(answer, err)
	resp, err := llm.GenerateContent(ctx, []llms.MessageContent{llms.TextParts("human", "Hi")})
	fmt.Println(resp, err)
}
