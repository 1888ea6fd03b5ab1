// Command headers keeps its base URL and key in a small client type and
// sets the API headers in a helper.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	_ "legacy/clients/internal/apiredirect"
)

const (
	defaultBaseURL = "https://api.anthropic.com"
	apiVersion     = "2023-01-01"
)

type client struct {
	baseURL string
	apiKey  string
	http    *http.Client
}

type request struct {
	Model         string   `json:"model"`
	Prompt        string   `json:"prompt"`
	MaxTokens     int      `json:"max_tokens_to_sample"`
	StopSequences []string `json:"stop_sequences,omitempty"`
	TopP          float64  `json:"top_p,omitempty"`
}

type response struct {
	Completion string  `json:"completion"`
	StopReason string  `json:"stop_reason"`
	Stop       *string `json:"stop"`
}

func newClient() *client {
	base := os.Getenv("ANTHROPIC_BASE_URL")
	if base == "" {
		base = defaultBaseURL
	}
	return &client{baseURL: base, apiKey: os.Getenv("ANTHROPIC_API_KEY"), http: http.DefaultClient}
}

func setHeaders(req *http.Request, key string) {
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-API-Key", key)
	req.Header.Set("anthropic-version", apiVersion)
}

func (c *client) classify(review string) (string, error) {
	body, err := json.Marshal(request{
		Model:     "claude-instant-1",
		Prompt:    fmt.Sprintf("\n\nHuman: Is this review positive or negative? Answer with one word.\n<review>%s</review>\n\nAssistant:", review),
		MaxTokens: 10,
		TopP:      0.9,
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequest("POST", c.baseURL+"/v1/complete", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	setHeaders(req, c.apiKey)
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var r response
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return "", err
	}
	return r.Completion, nil
}

func main() {
	c := newClient()
	label, err := c.classify("The battery lasts for days and the screen is gorgeous.")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("label:", label)
}
