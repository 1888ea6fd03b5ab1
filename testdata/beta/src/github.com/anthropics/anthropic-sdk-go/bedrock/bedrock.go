// Package bedrock routes requests to Amazon Bedrock.
package bedrock

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go/option"
)

// WithLoadDefaultConfig is simplified for the stub: the real function also
// takes ...func(*config.LoadOptions) error from aws-sdk-go-v2, left out so the
// stub needs no AWS packages. Calls without options type-check the same.
func WithLoadDefaultConfig(ctx context.Context) option.RequestOption {
	return option.WithBaseURL("https://bedrock-runtime.us-east-1.amazonaws.com/")
}
