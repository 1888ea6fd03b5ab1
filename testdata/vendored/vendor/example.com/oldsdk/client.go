// Package oldsdk is a client of the kind that predates the Messages API: it
// builds a Text Completions body from a request struct and posts it to
// /v1/complete. Its prompt comes from a struct, not a string parameter, so
// only its own legacy request makes Complete a sink.
package oldsdk

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Request is a completion request.
type Request struct {
	Prompt    string
	MaxTokens int
}

// Client calls the API.
type Client struct{ Key string }

// Complete sends the request.
func (c *Client) Complete(ctx context.Context, r *Request) (string, error) {
	return c.post(ctx, map[string]any{
		"model":                "claude-2.1",
		"prompt":               r.Prompt,
		"max_tokens_to_sample": r.MaxTokens,
	})
}

// Summarize always completes.
func (c *Client) Summarize(ctx context.Context, text []string) (string, error) {
	return c.Complete(ctx, &Request{Prompt: "\n\nHuman: Summarize.\n\nAssistant:", MaxTokens: 100})
}

// MaybeComplete completes only when asked to: not a sink.
func (c *Client) MaybeComplete(ctx context.Context, r *Request, legacy bool) (string, error) {
	if legacy {
		return c.Complete(ctx, r)
	}
	return "", nil
}

func (c *Client) post(ctx context.Context, body map[string]any) (string, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.anthropic.com/v1/complete", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	req.Header.Set("x-api-key", c.Key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	return "", nil
}
