package official

import (
	"context"
	"fmt"

	"github.com/anthropics/anthropic-sdk-go"
)

func basic(ctx context.Context, client anthropic.Client) (string, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-2.1", // want `model "claude-2\.1" was retired on `
		MaxTokensToSample: 256,
		Prompt:            "You are terse.\n\nHuman: Hello there\n\nAssistant:",
		StopSequences:     []string{"\n\nHuman:"}, // want `"\\n\\nHuman:" in stop_sequences is redundant`
		Temperature:       anthropic.Float(0.2),
	})
	if err != nil {
		return "", err
	}
	if resp.StopReason == "stop_sequence" {
		fmt.Println("done", resp.ID, resp.Model)
	}
	return resp.Completion, nil
}

func prefill(ctx context.Context, client *anthropic.Client) {
	resp, _ := client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             anthropic.ModelClaude_2_1, // want `model "claude-2\.1" was retired on `
		MaxTokensToSample: 64,
		Prompt:            "\n\nHuman: Say hi\n\nAssistant: Hi\n\nHuman: Again, as JSON\n\nAssistant: {  ", // want `the prefill after the final "\\n\\nAssistant:" ends in whitespace`
		StopSequences:     []string{"\n\nHuman:", "}"},                                                     // want `"\\n\\nHuman:" in stop_sequences is redundant`
		TopK:              anthropic.Int(5),
	})
	if resp != nil && !(resp.StopReason != "stop_sequence") {
		fmt.Println(resp.Completion)
	}
}
