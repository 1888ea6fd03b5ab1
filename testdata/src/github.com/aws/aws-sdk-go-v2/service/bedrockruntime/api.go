// Package bedrockruntime is a stub of aws-sdk-go-v2's Bedrock runtime client.
package bedrockruntime

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime/types"
)

type Client struct{}

type Options struct {
	Region       string
	BaseEndpoint *string
	Credentials  aws.CredentialsProvider
}

func New(options Options) *Client { return &Client{} }

type InvokeModelInput struct {
	ModelId     *string
	Body        []byte
	ContentType *string
	Accept      *string
}

type InvokeModelOutput struct {
	Body        []byte
	ContentType *string
}

func (c *Client) InvokeModel(ctx context.Context, params *InvokeModelInput, optFns ...func(*Options)) (*InvokeModelOutput, error) {
	return nil, nil
}

type InvokeModelWithResponseStreamInput struct {
	ModelId     *string
	Body        []byte
	ContentType *string
	Accept      *string
}

type InvokeModelWithResponseStreamOutput struct {
	ContentType *string
	eventStream *InvokeModelWithResponseStreamEventStream
}

// GetStream returns the stream of the response's events.
func (o *InvokeModelWithResponseStreamOutput) GetStream() *InvokeModelWithResponseStreamEventStream {
	return o.eventStream
}

// InvokeModelWithResponseStreamEventStream is the stream of a response's
// events.
type InvokeModelWithResponseStreamEventStream struct{}

func (es *InvokeModelWithResponseStreamEventStream) Events() <-chan types.ResponseStream { return nil }

func (es *InvokeModelWithResponseStreamEventStream) Close() error { return nil }

func (es *InvokeModelWithResponseStreamEventStream) Err() error { return nil }

func (c *Client) InvokeModelWithResponseStream(ctx context.Context, params *InvokeModelWithResponseStreamInput, optFns ...func(*Options)) (*InvokeModelWithResponseStreamOutput, error) {
	return nil, nil
}
