// Package vertex routes requests to Google Vertex AI.
package vertex

import (
	"context"

	sdkoption "github.com/anthropics/anthropic-sdk-go/option"
)

// WithGoogleAuth has the real signature; it needs no Google types.
func WithGoogleAuth(ctx context.Context, region string, projectID string, scopes ...string) sdkoption.RequestOption {
	return sdkoption.WithBaseURL("https://" + region + "-aiplatform.googleapis.com/")
}
