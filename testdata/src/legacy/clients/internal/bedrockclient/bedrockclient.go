// Package bedrockclient is test plumbing: the Bedrock runtime client of the
// Bedrock callers, sending to $BEDROCK_ENDPOINT with static credentials.
package bedrockclient

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
)

// New returns a client for us-east-1 at $BEDROCK_ENDPOINT.
func New() *bedrockruntime.Client {
	return bedrockruntime.New(bedrockruntime.Options{
		Region:       "us-east-1",
		BaseEndpoint: aws.String(os.Getenv("BEDROCK_ENDPOINT")),
		Credentials: aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
			return aws.Credentials{AccessKeyID: "test", SecretAccessKey: "test"}, nil
		}),
	})
}
