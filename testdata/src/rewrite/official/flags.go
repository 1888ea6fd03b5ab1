package official

import (
	"context"
	"flag"
	"fmt"

	"github.com/anthropics/anthropic-sdk-go"
)

// The model comes from a flag's default. Its fix writes the model every
// request sending it accepts: ask prefills, which claude-opus-4-8 (the
// documented successor) rejects.
var modelFlag = flag.String("model", "claude-2.0", "model id") // want `model "claude-2.0" \(the default of flag -model\) was retired on 2025-07-21 and no longer answers; use "claude-opus-4-5-20251101", which accepts what its requests send`

func askFlag(ctx context.Context, client anthropic.Client, model, q string) {
	resp, _ := client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             model,
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Answer in <answer> tags: " + q + "\n\nAssistant: <answer>",
	})
	fmt.Println(resp.Completion)
}

func chatFlag(ctx context.Context, client anthropic.Client, model, q string) {
	resp, _ := client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             model,
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
	})
	fmt.Println(resp.Completion)
}

func mainFlag(ctx context.Context, client anthropic.Client) {
	flag.Parse()
	askFlag(ctx, client, *modelFlag, "Capital of France?")
	chatFlag(ctx, client, *modelFlag, "Hello")
}
