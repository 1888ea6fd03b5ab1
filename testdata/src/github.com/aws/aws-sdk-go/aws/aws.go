// Package aws is a stub of github.com/aws/aws-sdk-go/aws (v1.55.8): only
// what the Bedrock fixtures use, with the real names and types.
package aws

import "context"

// Context is the real alias of context.Context.
type Context = context.Context

// String returns a pointer to v.
func String(v string) *string { return &v }
