package apitest

import "time"

// sdkNonStreamingTokens is shared/constant.ModelNonStreamingTokens of the
// official Go SDK v1.84.0: matched on the exact id, without aliases.
var sdkNonStreamingTokens = map[string]int64{
	"claude-opus-4-20250514":                  8192,
	"claude-4-opus-20250514":                  8192,
	"claude-opus-4-0":                         8192,
	"anthropic.claude-opus-4-20250514-v1:0":   8192,
	"claude-opus-4@20250514":                  8192,
	"anthropic.claude-opus-4-1-20250805-v1:0": 8192,
	"claude-opus-4-1@20250805":                8192,
}

// SDKRefusesNonStreaming reports whether the official Go SDK (v1.84.0)
// refuses a non-streaming Messages call with no request timeout option
// before sending it ("streaming is required for operations that may take
// longer than 10 minutes"): when an hour per 128,000 tokens makes
// maxTokens take over ten minutes, or maxTokens exceeds the SDK's
// per-model limit (CalculateNonStreamingTimeout in the SDK's client.go).
// The server never sees such a request, so callers that build requests
// for the Go SDK check this themselves.
func SDKRefusesNonStreaming(maxTokens int64, model string) bool {
	expected := time.Duration(float64(time.Hour) * float64(maxTokens) / 128000.0)
	limit, ok := sdkNonStreamingTokens[model]
	return expected > 10*time.Minute || ok && maxTokens > limit
}
