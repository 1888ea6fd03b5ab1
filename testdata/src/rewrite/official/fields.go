package official

import (
	"context"
	"fmt"

	"github.com/anthropics/anthropic-sdk-go"
)

// A hand-written client keeps its model in a field, set by its
// constructor. The origin's fix writes the model every request reading the
// field accepts: answer prefills, which claude-opus-4-8 (the documented
// successor) rejects.
type assistant struct {
	api   anthropic.Client
	model string
}

func newAssistant(api anthropic.Client) *assistant {
	return &assistant{api: api, model: "claude-2.0"} // want `model "claude-2.0" \(stored in assistant.model\) was retired on 2025-07-21 and no longer answers; use "claude-opus-4-5-20251101", which accepts what its requests send`
}

func (a *assistant) answer(ctx context.Context, q string) {
	resp, _ := a.api.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             a.model,
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Answer in <answer> tags: " + q + "\n\nAssistant: <answer>",
	})
	fmt.Println(resp.Completion)
}

func (a *assistant) chat(ctx context.Context, q string) {
	resp, _ := a.api.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             a.model,
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
	})
	fmt.Println(resp.Completion)
}

func mainAssistant(ctx context.Context, api anthropic.Client) {
	a := newAssistant(api)
	a.answer(ctx, "Capital of France?")
	a.chat(ctx, "Hello")
}
