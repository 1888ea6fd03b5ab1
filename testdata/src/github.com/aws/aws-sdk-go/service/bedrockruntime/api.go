// Package bedrockruntime is a stub of
// github.com/aws/aws-sdk-go/service/bedrockruntime (v1.55.8): the
// InvokeModel methods with their real signatures; the constructor drops its
// config provider.
package bedrockruntime

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/request"
)

type BedrockRuntime struct{}

func New() *BedrockRuntime { return &BedrockRuntime{} }

type InvokeModelInput struct {
	_           struct{} `type:"structure" payload:"Body"`
	Accept      *string  `location:"header" locationName:"Accept" type:"string"`
	Body        []byte   `locationName:"body" type:"blob" required:"true" sensitive:"true"`
	ContentType *string  `location:"header" locationName:"Content-Type" type:"string"`
	ModelId     *string  `location:"uri" locationName:"modelId" min:"1" type:"string" required:"true"`
}

type InvokeModelOutput struct {
	_           struct{} `type:"structure" payload:"Body"`
	Body        []byte   `locationName:"body" type:"blob" required:"true" sensitive:"true"`
	ContentType *string  `location:"header" locationName:"Content-Type" type:"string" required:"true"`
}

type InvokeModelWithResponseStreamInput struct {
	_           struct{} `type:"structure" payload:"Body"`
	Accept      *string  `location:"header" locationName:"X-Amzn-Bedrock-Accept" type:"string"`
	Body        []byte   `locationName:"body" type:"blob" required:"true" sensitive:"true"`
	ContentType *string  `location:"header" locationName:"Content-Type" type:"string"`
	ModelId     *string  `location:"uri" locationName:"modelId" min:"1" type:"string" required:"true"`
}

type InvokeModelWithResponseStreamOutput struct{}

func (c *BedrockRuntime) InvokeModel(input *InvokeModelInput) (*InvokeModelOutput, error) {
	return &InvokeModelOutput{}, nil
}

func (c *BedrockRuntime) InvokeModelWithContext(ctx aws.Context, input *InvokeModelInput, opts ...request.Option) (*InvokeModelOutput, error) {
	return &InvokeModelOutput{}, nil
}

func (c *BedrockRuntime) InvokeModelWithResponseStream(input *InvokeModelWithResponseStreamInput) (*InvokeModelWithResponseStreamOutput, error) {
	return &InvokeModelWithResponseStreamOutput{}, nil
}

func (c *BedrockRuntime) InvokeModelWithResponseStreamWithContext(ctx aws.Context, input *InvokeModelWithResponseStreamInput, opts ...request.Option) (*InvokeModelWithResponseStreamOutput, error) {
	return &InvokeModelWithResponseStreamOutput{}, nil
}
