// Package bedrockv1 calls Bedrock through aws-sdk-go v1.
package bedrockv1

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/bedrockruntime"
)

func invoke(ctx context.Context, c *bedrockruntime.BedrockRuntime, question string) ([]byte, error) {
	body, err := json.Marshal(map[string]any{
		"prompt":               "\n\nHuman: " + question + "\nAssistant:", // want `single newline`
		"max_tokens_to_sample": 300,
	})
	if err != nil {
		return nil, err
	}
	out, err := c.InvokeModelWithContext(ctx, &bedrockruntime.InvokeModelInput{ // want `BedrockRuntime.InvokeModelWithContext sends a legacy Text Completions request`
		ModelId: aws.String("anthropic.claude-instant-v1"), // want `model "anthropic.claude-instant-v1" is claude-instant-1.2, which was retired`
		Body:    body,
	})
	if err != nil {
		return nil, err
	}
	return out.Body, nil
}

func stream(c *bedrockruntime.BedrockRuntime, body []byte) {
	c.InvokeModelWithResponseStream(&bedrockruntime.InvokeModelWithResponseStreamInput{ // want `BedrockRuntime.InvokeModelWithResponseStream sends a legacy Text Completions request`
		ModelId: aws.String("anthropic.claude-v2:1"), // want `model "anthropic.claude-v2:1" is claude-2.1, which was retired`
		Body:    body,
	})
}

// Another provider's model through the same client is not legacy.
func other(c *bedrockruntime.BedrockRuntime, body []byte) {
	c.InvokeModel(&bedrockruntime.InvokeModelInput{ModelId: aws.String("amazon.titan-text-express-v1"), Body: body})
}
