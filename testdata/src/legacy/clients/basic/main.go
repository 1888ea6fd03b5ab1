// Command basic asks Claude one question through a hand-written client: a
// request struct marshalled with json.Marshal, sent with http.NewRequest
// and client.Do, and a response struct decoded with json.NewDecoder.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	_ "legacy/clients/internal/apiredirect"
)

type CompletionRequest struct {
	Model             string   `json:"model"`
	Prompt            string   `json:"prompt"`
	MaxTokensToSample int      `json:"max_tokens_to_sample"`
	StopSequences     []string `json:"stop_sequences,omitempty"`
	Temperature       float64  `json:"temperature,omitempty"`
}

type CompletionResponse struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
	Model      string `json:"model"`
}

func ask(client *http.Client, apiKey, question string) (string, error) {
	reqBody := CompletionRequest{
		Model:             "claude-2.1",
		Prompt:            fmt.Sprintf("\n\nHuman: %s\n\nAssistant:", question),
		MaxTokensToSample: 1024,
		StopSequences:     []string{"\n\nHuman:"},
		Temperature:       0.7,
	}
	data, err := json.Marshal(reqBody)
	if err != nil {
		return "", fmt.Errorf("marshal request: %w", err)
	}
	req, err := http.NewRequest(http.MethodPost, "https://api.anthropic.com/v1/complete", bytes.NewReader(data))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("x-api-key", apiKey)
	req.Header.Set("anthropic-version", "2023-06-01")
	resp, err := client.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("anthropic: %s", resp.Status)
	}
	var out CompletionResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", fmt.Errorf("decode response: %w", err)
	}
	return out.Completion, nil
}

func main() {
	client := &http.Client{Timeout: 30 * time.Second}
	answer, err := ask(client, os.Getenv("ANTHROPIC_API_KEY"), "What is the capital of France?")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(answer)
}
