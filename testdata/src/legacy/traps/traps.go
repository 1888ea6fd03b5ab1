// Package traps holds code that looks legacy but is not: nothing here may be
// reported.
package traps

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	anthropic "github.com/liushuangls/go-anthropic/v2"
)

// CompleteRequest is a Messages API body that happens to carry the legacy
// type's name.
type CompleteRequest struct {
	Model     string    `json:"model"`
	MaxTokens int       `json:"max_tokens"`
	Messages  []Message `json:"messages"`
}

type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

func messages(ctx context.Context) {
	b, _ := json.Marshal(CompleteRequest{
		Model:     "claude-sonnet-4-6",
		MaxTokens: 1024,
		Messages:  []Message{{Role: "user", Content: "hi"}},
	})
	http.Post("https://api.anthropic.com/v1/messages", "application/json", bytes.NewReader(b))
}

// fewShot is Human/Assistant text used as example data, never sent as a
// prompt.
const fewShot = "\n\nHuman: What is 2+2?\n\nAssistant: 4"

func examples() []string { return []string{fewShot, "Human: hi"} }

// Alias names the community SDK's legacy request type; nothing builds or
// sends one.
type Alias = anthropic.CompleteRequest

func describe(a *Alias) string { return string(a.Model) }

// otherProvider posts an OpenAI-style completions body to another
// provider's /complete endpoint.
func otherProvider() {
	b, _ := json.Marshal(map[string]any{
		"model":      "gpt-3.5-turbo-instruct",
		"prompt":     "Say hello",
		"max_tokens": 16,
	})
	http.Post("https://api.other-llm.example/v1/complete", "application/json", bytes.NewReader(b))
}

// OtherRequest is another provider's completions request type.
type OtherRequest struct {
	Prompt    string `json:"prompt"`
	MaxTokens int    `json:"max_tokens"`
}

func otherStruct() any {
	return OtherRequest{Prompt: "Say hello", MaxTokens: 16}
}
