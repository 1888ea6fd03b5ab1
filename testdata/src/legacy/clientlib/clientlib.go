// Package clientlib is a project's own client: it declares the legacy body
// type but builds none.
package clientlib

// Request is the body of POST /v1/complete.
type Request struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

// Send posts r.
func Send(r Request) error { return nil }
