// Package structs exercises hand-written request structs.
package structs

import (
	"bytes"
	"encoding/json"
	"net/http"
)

type Metadata struct {
	UserID string `json:"user_id"`
}

type CompletionRequest struct {
	Model             string    `json:"model"`
	Prompt            string    `json:"prompt"`
	MaxTokensToSample int       `json:"max_tokens_to_sample,omitempty"`
	Temperature       *float64  `json:"temperature,omitempty"`
	StopSequences     []string  `json:"stop_sequences,omitempty"`
	Metadata          *Metadata `json:"metadata,omitempty"`
}

func send(v any) {
	b, _ := json.Marshal(v)
	http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
}

func literal(question string) {
	send(CompletionRequest{ // want `composite literal of CompletionRequest builds a legacy Text Completions request body \(max_tokens_to_sample\); migrate to the Messages API: https://docs.anthropic.com/en/api/migrating-from-text-completions-to-messages`
		Model:             "claude-2.1", // want `model "claude-2.1" was retired`
		Prompt:            "\n\nHuman: " + question + "\n\nAssistant:",
		MaxTokensToSample: 1000,
		Metadata:          &Metadata{UserID: "jane@example.com"}, // want `user_id`
	})
}

func assigned() {
	req := &CompletionRequest{ // want `composite literal of CompletionRequest builds a legacy`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
	}
	req.Prompt = "Human: hi Assistant:" // want `prompt` `prompt`
	t := 1.7
	req.Temperature = &t // want `temperature`
	send(req)
}

// Misspelt is a body with a camelCase token limit.
type Misspelt struct {
	Prompt            string `json:"prompt"`
	Model             string `json:"model"`
	MaxTokensToSample int    `json:"maxTokensToSample"`
}

func misspelt() {
	send(Misspelt{ // want `composite literal of Misspelt builds a legacy Text Completions request body \(prompt for Claude\)`
		Prompt:            "\n\nHuman: hi\n\nAssistant:",
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100, // want `"maxTokensToSample" is not an API key`
	})
}

// Embedded flattens into the body as encoding/json does.
type Embedded struct {
	CompletionRequest
	Stream bool `json:"stream"`
}

func embedded() {
	send(Embedded{CompletionRequest: CompletionRequest{ // want `composite literal of Embedded builds a legacy`
		Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 100,
	}, Stream: true})
}

// Reused is sent with a retired model, and a second request reads that
// model back from the first: the one constant is reported once, where its
// own request sets it.
type Reused struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

func reused() {
	first := Reused{Model: "claude-2.1", Prompt: "\n\nHuman: a\n\nAssistant:", MaxTokensToSample: 100} // want `composite literal of Reused builds a legacy` `model "claude-2.1" was retired`
	send(first)
	send(Reused{Model: first.Model, Prompt: "\n\nHuman: b\n\nAssistant:", MaxTokensToSample: 100}) // want `composite literal of Reused builds a legacy`
}
