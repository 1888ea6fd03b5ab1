// Package anthropic is a stub of langchaingo's Anthropic client
// (github.com/tmc/langchaingo/llms/anthropic): New with functional options,
// one of which switches the client to the legacy Text Completions API.
package anthropic

import "context"

type options struct {
	token, model, baseURL       string
	useLegacyTextCompletionsAPI bool
}

// Option configures the client.
type Option func(*options)

// LLM is the client.
type LLM struct{ opts options }

// New returns a client.
func New(opts ...Option) (*LLM, error) {
	o := options{}
	for _, opt := range opts {
		opt(&o)
	}
	return &LLM{opts: o}, nil
}

func WithToken(token string) Option { return func(o *options) { o.token = token } }

func WithModel(model string) Option { return func(o *options) { o.model = model } }

func WithBaseURL(baseURL string) Option { return func(o *options) { o.baseURL = baseURL } }

// WithLegacyTextCompletionsAPI enables the use of the legacy text completions API.
func WithLegacyTextCompletionsAPI() Option {
	return func(o *options) { o.useLegacyTextCompletionsAPI = true }
}

// Call requests a completion for the given prompt.
func (o *LLM) Call(ctx context.Context, prompt string) (string, error) { return "", nil }
