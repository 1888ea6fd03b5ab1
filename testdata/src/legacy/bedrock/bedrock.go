// Package bedrock exercises InvokeModel with legacy Claude text models.
package bedrock

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
)

func mapBody(ctx context.Context, c *bedrockruntime.Client, question string) {
	payload := map[string]any{
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 300,
		"temperature":          1.5,                    // want `temperature`
		"stop_sequences":       []string{"\n\nHuman:"}, // want `stop_sequences`
	}
	body, err := json.Marshal(payload)
	if err != nil {
		return
	}
	c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ // want `Client.InvokeModel sends a legacy Text Completions request`
		ModelId:     aws.String("anthropic.claude-v2"), // want `model "anthropic.claude-v2" is claude-2.0, which was retired`
		Body:        body,
		ContentType: aws.String("application/json"),
	})
}

type claudeBody struct {
	Prompt            string  `json:"prompt"`
	MaxTokensToSample int     `json:"max_tokens_to_sample"`
	TopP              float64 `json:"top_p,omitempty"`
}

func structBody(ctx context.Context, c *bedrockruntime.Client) {
	body, _ := json.Marshal(claudeBody{
		Prompt: "Human: hi", // want `prompt` `prompt`
		TopP:   2,           // want `top_p`
	})
	c.InvokeModelWithResponseStream(ctx, &bedrockruntime.InvokeModelWithResponseStreamInput{ // want `InvokeModelWithResponseStream sends a legacy` `max_tokens_to_sample`
		ModelId: aws.String("anthropic.claude-instant-v1"), // want `model "anthropic.claude-instant-v1" is claude-instant-1.2, which was retired`
		Body:    body,
	})
}

// unknownBody is legacy by its model id alone.
func unknownBody(ctx context.Context, c *bedrockruntime.Client, body []byte) {
	c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ // want `InvokeModel sends a legacy`
		ModelId: aws.String("anthropic.claude-v2:1"), // want `model "anthropic.claude-v2:1" is claude-2.1, which was retired`
		Body:    body,
	})
}

// messagesBody is a current model with a Messages body: not reported.
func messagesBody(ctx context.Context, c *bedrockruntime.Client) {
	body, _ := json.Marshal(map[string]any{
		"anthropic_version": "bedrock-2023-05-31",
		"max_tokens":        300,
		"messages":          []map[string]any{{"role": "user", "content": "hi"}},
	})
	c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{
		ModelId: aws.String("anthropic.claude-3-5-sonnet-20241022-v2:0"),
		Body:    body,
	})
}

// The AWS example's shape: the model id in a local, the prompt wrapped by
// hand in a struct body.
type claudeRequest struct {
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

func modelInVariable(ctx context.Context, c *bedrockruntime.Client, prompt string) {
	modelID := "anthropic.claude-v2"
	body, err := json.Marshal(claudeRequest{Prompt: "Human: " + prompt + "\n\nAssistant:", MaxTokensToSample: 200}) // want `prompt starts with "Human:"`
	if err != nil {
		return
	}
	c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ // want `Client.InvokeModel sends a legacy Text Completions request`
		ModelId: aws.String(modelID), // want `model "anthropic.claude-v2" is claude-2.0, which was retired`
		Body:    body,
	})
}
