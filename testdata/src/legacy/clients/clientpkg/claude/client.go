// Package claude is a small client for Anthropic's API.
package claude

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

const defaultModel = "claude-2.1"

// Client calls the API with an API key.
type Client struct {
	apiKey     string
	baseURL    string
	httpClient *http.Client
}

// New returns a client for the API at baseURL.
func New(apiKey, baseURL string) *Client {
	return &Client{apiKey: apiKey, baseURL: baseURL, httpClient: &http.Client{Timeout: 60 * time.Second}}
}

type completionRequest struct {
	Model             string   `json:"model"`
	Prompt            string   `json:"prompt"`
	MaxTokensToSample int      `json:"max_tokens_to_sample"`
	StopSequences     []string `json:"stop_sequences,omitempty"`
	Temperature       float64  `json:"temperature,omitempty"`
}

type completionResponse struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
	Model      string `json:"model"`
}

type apiError struct {
	Error struct {
		Type    string `json:"type"`
		Message string `json:"message"`
	} `json:"error"`
}

// Complete sends prompt as the Human turn and returns Claude's answer.
func (c *Client) Complete(ctx context.Context, prompt string) (string, error) {
	body, err := json.Marshal(completionRequest{
		Model:             defaultModel,
		Prompt:            "\n\nHuman: " + prompt + "\n\nAssistant:",
		MaxTokensToSample: 2048,
		Temperature:       0.5,
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v1/complete", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("x-api-key", c.apiKey)
	req.Header.Set("anthropic-version", "2023-06-01")
	req.Header.Set("content-type", "application/json")
	resp, err := c.httpClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("claude: %w", err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	if resp.StatusCode != http.StatusOK {
		var e apiError
		_ = json.Unmarshal(data, &e)
		return "", fmt.Errorf("claude: %s: %s", e.Error.Type, e.Error.Message)
	}
	var out completionResponse
	if err := json.Unmarshal(data, &out); err != nil {
		return "", err
	}
	return out.Completion, nil
}
