// Package app calls langchaingo's Anthropic client at v0.1.5, which sends
// legacy Text Completions requests with the caller's text as the prompt.
package app

import (
	"context"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/anthropic"
)

func ask(ctx context.Context) (string, error) {
	llm, err := anthropic.New(anthropic.WithModel("claude-2.1"))
	if err != nil {
		return "", err
	}
	// The text is sent as the prompt as is: the API rejects it.
	return llm.Call(ctx, "What is the capital of France?") // want `LLM.Call sends a legacy Text Completions request; migrate to the Messages API \(no automatic rewrite: github.com/tmc/langchaingo v0.1.5 sends only Text Completions requests: upgrade it to v0.1.8 or later` `prompt has no turns`
}

func turns(ctx context.Context, llm *anthropic.LLM, q string) (*llms.ContentResponse, error) {
	if _, err := llm.Call(ctx, "\n\nHuman: "+q+"\n\nAssistant:"); err != nil { // want `LLM.Call sends a legacy`
		return nil, err
	}
	msgs := []llms.MessageContent{{Parts: []llms.ContentPart{llms.TextPart(q)}}}
	return llm.GenerateContent(ctx, msgs) // want `LLM.GenerateContent sends a legacy`
}

// asModel gives the client away as an llms.Model: its requests are out of
// sight, so the client is reported where it is built.
func asModel() (llms.Model, error) {
	return anthropic.New() // want `anthropic.New builds a langchaingo client that sends legacy Text Completions requests wherever it is used \(github.com/tmc/langchaingo v0.1.5 has no Messages API\)`
}

// A wrapper of Call: its callers' text is the prompt.
func summarize(ctx context.Context, llm *anthropic.LLM, text string) (string, error) {
	return llm.Call(ctx, text) // want `LLM.Call sends a legacy`
}

func callers(ctx context.Context, llm *anthropic.LLM) {
	summarize(ctx, llm, "\n\nHuman: Summarize this.\n\nAssistant:")
	summarize(ctx, llm, "Summarize this.") // want `prompt has no turns`
}
