// Command multiturn keeps a chat history and renders it into the prompt
// with a loop.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"

	_ "legacy/clients/internal/apiredirect"
)

type turn struct {
	human, assistant string
}

type completionRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

type completionResponse struct {
	Completion string `json:"completion"`
}

func chat(history []turn, next string) (string, error) {
	var sb strings.Builder
	for _, t := range history {
		sb.WriteString("\n\nHuman: " + t.human)
		sb.WriteString("\n\nAssistant: " + t.assistant)
	}
	sb.WriteString("\n\nHuman: " + next + "\n\nAssistant:")
	b, err := json.Marshal(completionRequest{Model: "claude-2.1", Prompt: sb.String(), MaxTokensToSample: 300})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequest("POST", "https://api.anthropic.com/v1/complete", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	req.Header.Set("x-api-key", os.Getenv("ANTHROPIC_API_KEY"))
	req.Header.Set("anthropic-version", "2023-06-01")
	req.Header.Set("content-type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out completionResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.Completion, nil
}

func main() {
	history := []turn{{"Hi, I'm Sam.", "Hello Sam! How can I help?"}}
	answer, err := chat(history, "What's my name?")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(answer)
}
