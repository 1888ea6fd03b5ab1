// Package anthropic is a stub of the parts of github.com/anthropics/anthropic-sdk-go
// that the workspace calls: completelint finds the SDK by import path and
// method name, so the stub stands in for the real module offline.
package anthropic

import "context"

// Model is a model id.
type Model string

// Client is the SDK client.
type Client struct {
	Completions CompletionService
}

// NewClient returns a client.
func NewClient() Client { return Client{} }

// CompletionService is the legacy Text Completions API.
type CompletionService struct{}

// CompletionNewParams are the legacy request parameters.
type CompletionNewParams struct {
	MaxTokensToSample int64
	Model             Model
	Prompt            string
}

// Completion is a legacy response.
type Completion struct {
	Completion string
}

// New creates a Text Completion.
//
// Deprecated: Use the Messages API instead.
func (r *CompletionService) New(ctx context.Context, params CompletionNewParams) (*Completion, error) {
	return &Completion{}, nil
}
