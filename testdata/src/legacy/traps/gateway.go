package traps

// Request types of gateways and other providers reuse the legacy key next
// to messages; a literal that builds a messages body is not legacy.
type gatewayRequest struct {
	Model             string           `json:"model"`
	Prompt            string           `json:"prompt,omitempty"`
	Messages          []map[string]any `json:"messages,omitempty"`
	MaxTokens         int              `json:"max_tokens,omitempty"`
	MaxTokensToSample int              `json:"max_tokens_to_sample,omitempty"`
}

type otherProviderRequest struct {
	Model     string           `json:"model"`
	Messages  []map[string]any `json:"messages"`
	MaxTokens int              `json:"max_tokens_to_sample"`
}

func gatewayBodies(msgs []map[string]any, max int) (any, any) {
	a := gatewayRequest{Model: "claude-sonnet-4-6", Messages: msgs, MaxTokens: max}
	b := otherProviderRequest{Model: "abab6.5", Messages: msgs, MaxTokens: max}
	return a, b
}
