// Command localtype declares its request and response types inside the
// function that uses them.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

import _ "legacy/clients/internal/apiredirect"

type config struct {
	APIKey      string
	Temperature float32
}

func generate(ctx context.Context, cfg config, prompt string) (string, error) {
	type AnthropicRequest struct {
		Prompt        string   `json:"prompt"`
		Model         string   `json:"model"`
		MaxTokens     int      `json:"max_tokens_to_sample"`
		Temperature   float32  `json:"temperature"`
		StopSequences []string `json:"stop_sequences"`
	}
	type AnthropicResponse struct {
		Completion string `json:"completion"`
	}

	formattedPrompt := fmt.Sprintf("\n\nHuman: %s\n\nAssistant:", prompt)
	requestBody := AnthropicRequest{
		Prompt:        formattedPrompt,
		Model:         "claude-2",
		MaxTokens:     1024,
		Temperature:   cfg.Temperature,
		StopSequences: []string{"\n\nHuman:"},
	}
	requestJSON, err := json.Marshal(requestBody)
	if err != nil {
		return "", fmt.Errorf("failed to marshal Anthropic request: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, "POST", "https://api.anthropic.com/v1/complete", bytes.NewBuffer(requestJSON))
	if err != nil {
		return "", fmt.Errorf("failed to create Anthropic request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-API-Key", cfg.APIKey)
	req.Header.Set("anthropic-version", "2023-06-01")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("failed to call Anthropic: %w", err)
	}
	defer resp.Body.Close()
	var anthropicResponse AnthropicResponse
	if err := json.NewDecoder(resp.Body).Decode(&anthropicResponse); err != nil {
		return "", fmt.Errorf("failed to unmarshal Anthropic response: %w", err)
	}
	return anthropicResponse.Completion, nil
}

func main() {
	cfg := config{APIKey: os.Getenv("ANTHROPIC_API_KEY"), Temperature: 0.4}
	out, err := generate(context.Background(), cfg, "Suggest a name for a pet turtle.")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(out)
}
