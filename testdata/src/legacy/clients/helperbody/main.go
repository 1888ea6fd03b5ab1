// Command helperbody builds its request body in one function, sends it in
// another that returns the decoded response, and reads the answer in a
// third.
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

type anthropicRequest struct {
	Model             string   `json:"model"`
	Prompt            string   `json:"prompt"`
	MaxTokensToSample int      `json:"max_tokens_to_sample"`
	StopSequences     []string `json:"stop_sequences,omitempty"`
}

type anthropicResponse struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
	Model      string `json:"model"`
}

func newRequest(topic string) anthropicRequest {
	return anthropicRequest{
		Model:             "claude-2",
		Prompt:            "\n\nHuman: Write a haiku about " + topic + ".\n\nAssistant:",
		MaxTokensToSample: 200,
		StopSequences:     []string{"\n\nHuman:"},
	}
}

func send(apiKey string, r anthropicRequest) (*anthropicResponse, error) {
	b, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest("POST", "https://api.anthropic.com/v1/complete", bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("x-api-key", apiKey)
	req.Header.Set("anthropic-version", "2023-06-01")
	req.Header.Set("content-type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out anthropicResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}

func haiku(apiKey, topic string) (string, error) {
	resp, err := send(apiKey, newRequest(topic))
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(resp.Completion), nil
}

func main() {
	h, err := haiku(os.Getenv("ANTHROPIC_API_KEY"), "autumn")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(h)
}
