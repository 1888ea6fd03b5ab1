// Command dohelper sends every API call through one generic helper that
// takes the path and decodes into the value it is given.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	_ "legacy/clients/internal/apiredirect"
)

type Client struct {
	BaseURL string
	APIKey  string
	HTTP    *http.Client
}

type CompleteRequest struct {
	Model             string            `json:"model"`
	Prompt            string            `json:"prompt"`
	MaxTokensToSample int               `json:"max_tokens_to_sample"`
	Metadata          map[string]string `json:"metadata,omitempty"`
}

type CompleteResponse struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
}

func (c *Client) do(ctx context.Context, path string, in, out any) error {
	b, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+path, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("x-api-key", c.APIKey)
	req.Header.Set("anthropic-version", "2023-06-01")
	req.Header.Set("content-type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", path, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func (c *Client) Ask(ctx context.Context, user, question string) (string, error) {
	var resp CompleteResponse
	err := c.do(ctx, "/v1/complete", CompleteRequest{
		Model:             "claude-instant-1.2",
		Prompt:            "\n\nHuman: " + question + "\n\nAssistant:",
		MaxTokensToSample: 256,
		Metadata:          map[string]string{"user_id": user},
	}, &resp)
	if err != nil {
		return "", err
	}
	return resp.Completion, nil
}

func main() {
	c := &Client{BaseURL: "https://api.anthropic.com", APIKey: os.Getenv("ANTHROPIC_API_KEY"), HTTP: http.DefaultClient}
	a, err := c.Ask(context.Background(), "user-42", "What is the boiling point of water in Celsius?")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(a)
}
