// Package anthropic is a thin client for the Anthropic API.
package anthropic

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Client sends requests to the API.
type Client struct {
	APIKey  string
	BaseURL string
}

// Complete asks the model to continue the conversation with question.
func (c *Client) Complete(ctx context.Context, question string) (*CompletionResponse, error) {
	in := CompletionRequest{
		Model:             "claude-2.0",
		Prompt:            fmt.Sprintf("\n\nHuman: %s\n\nAssistant:", question),
		MaxTokensToSample: 300,
	}
	b, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, "POST", c.BaseURL+"/v1/complete", bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("x-api-key", c.APIKey)
	req.Header.Set("anthropic-version", "2023-06-01")
	req.Header.Set("content-type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out CompletionResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}
