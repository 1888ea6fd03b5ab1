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
		Model:             anthropic.ModelClaudeSonnet4_6,
		MaxTokensToSample: 64,
		Prompt:            "\n\nHuman: Say hi\n\nAssistant: Hi\n\nHuman: Again, as JSON\n\nAssistant: {  ", // want `the prefill after the final "\\n\\nAssistant:" ends in whitespace`
		StopSequences:     []string{"\n\nHuman:", "}"},                                                     // want `"\\n\\nHuman:" in stop_sequences is redundant`
		TopK:              anthropic.Int(5),
	})
	if resp != nil && !(resp.StopReason != "stop_sequence") {
		fmt.Println(resp.Completion)
	}
}

// Issue 9: requests made acceptable to their model without changing what
// they do.

// The legacy API capped max_tokens_to_sample silently; Opus 4.5 allows
// 64000, and the SDK sends more than 21333 without streaming only with a
// request timeout.
func bigOutput(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-2.1", // want `model "claude-2\.1" was retired on `
		MaxTokensToSample: 100000,
		Prompt:            "\n\nHuman: Write a long story.\n\nAssistant:",
	})
}

// Opus 4.8 rejects any sampling parameter; at its default, it can go.
func defaultTemperature(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-opus-4-8",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Name a colour.\n\nAssistant:",
		Temperature:       anthropic.Float(1),
	})
}

// A chat log quoted inside the Human turn is one message.
func quotedChat(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Summarise the chat:\n<chat>\nHuman: my order is late\nAssistant: sorry, let me check\n</chat>\n\nAssistant:",
	})
}

// A question checked before the call is never empty: no fallback.
func checkedQuestion(ctx context.Context, client anthropic.Client, q string) error {
	if q == "" {
		return fmt.Errorf("empty question")
	}
	_, err := client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
	})
	return err
}
