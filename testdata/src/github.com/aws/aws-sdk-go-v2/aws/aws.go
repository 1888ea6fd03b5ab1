// Package aws is a stub of the pointer helpers of aws-sdk-go-v2.
package aws

import "context"

func String(v string) *string { return &v }

func Float32(v float32) *float32 { return &v }

// Credentials are AWS credentials.
type Credentials struct {
	AccessKeyID     string
	SecretAccessKey string
}

// A CredentialsProvider supplies credentials.
type CredentialsProvider interface {
	Retrieve(ctx context.Context) (Credentials, error)
}

// CredentialsProviderFunc is a function that supplies credentials.
type CredentialsProviderFunc func(context.Context) (Credentials, error)

func (fn CredentialsProviderFunc) Retrieve(ctx context.Context) (Credentials, error) { return fn(ctx) }
