// Package bedrock_fix exercises the Messages rewrite of Bedrock map bodies.
package bedrock_fix

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
)

// ask keeps its model id: the built-in replacement is a first-party id.
func ask(ctx context.Context, c *bedrockruntime.Client, question string) (string, error) {
	body, err := json.Marshal(map[string]any{
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 300,
		"temperature":          0.5,
		"stop_sequences":       []string{"\n\nHuman:"}, // want `redundant`
	})
	if err != nil {
		return "", err
	}
	out, err := c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ // want `Client.InvokeModel sends a legacy Text Completions request`
		ModelId:     aws.String("anthropic.claude-v2"), // want `model "anthropic.claude-v2" is claude-2.0, which was retired`
		Body:        body,
		ContentType: aws.String("application/json"),
	})
	if err != nil {
		return "", err
	}
	var resp map[string]any
	if err := json.Unmarshal(out.Body, &resp); err != nil {
		return "", err
	}
	return fmt.Sprint(resp["completion"]), nil
}

// mapped has a configured Bedrock replacement for its model, and a
// formatted prompt.
func mapped(ctx context.Context, c *bedrockruntime.Client, topic string, n int) error {
	payload := map[string]any{
		"prompt":               fmt.Sprintf("\n\nHuman: Write %d words about %s.\n\nAssistant:", n, topic),
		"max_tokens_to_sample": 200,
	}
	body, _ := json.Marshal(payload)
	_, err := c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ // want `Client.InvokeModel sends a legacy`
		ModelId: aws.String("anthropic.claude-instant-v1"), // want `model "anthropic.claude-instant-v1" was retired`
		Body:    body,
	})
	return err
}

// returned hands the output to its caller: no fix.
func returned(ctx context.Context, c *bedrockruntime.Client) (*bedrockruntime.InvokeModelOutput, error) {
	body, _ := json.Marshal(map[string]any{
		"prompt":               "\n\nHuman: hi\n\nAssistant:",
		"max_tokens_to_sample": 300,
	})
	return c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ // want `no automatic rewrite: the function returns \*bedrockruntime.InvokeModelOutput`
		ModelId: aws.String("anthropic.claude-v2:1"), // want `retired`
		Body:    body,
	})
}

type claudeBody struct {
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

// structBody is a struct of the file: its type moves to the Messages body,
// with the Bedrock version.
func structBody(ctx context.Context, c *bedrockruntime.Client) {
	body, _ := json.Marshal(claudeBody{Prompt: "\n\nHuman: hi\n\nAssistant:", MaxTokensToSample: 10})
	c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ // want `Client.InvokeModel sends a legacy Text Completions request; migrate to the Messages API`
		ModelId: aws.String("anthropic.claude-v2"), // want `retired`
		Body:    body,
	})
}

type versionedBody struct {
	Prompt           string   `json:"prompt"`
	MaxTokens        int      `json:"max_tokens_to_sample"`
	StopSequences    []string `json:"stop_sequences"`
	AnthropicVersion string   `json:"anthropic_version,omitempty"`
}

type versionedAnswer struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
}

// versioned declares the version field but leaves it unset; its body is a
// zero value filled in field by field, and it returns the stop reason.
func versioned(ctx context.Context, c *bedrockruntime.Client, q string) (string, string, error) {
	var body versionedBody
	body.Prompt = "\n\nHuman: " + q + "\n\nAssistant:"
	body.MaxTokens = 50
	body.StopSequences = []string{"\n\nHuman:"} // want `redundant`
	b, err := json.Marshal(body)
	if err != nil {
		return "", "", err
	}
	out, err := c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ // want `Client.InvokeModel sends a legacy Text Completions request; migrate to the Messages API`
		ModelId: aws.String("anthropic.claude-v2:1"), // want `retired`
		Body:    b,
	})
	if err != nil {
		return "", "", err
	}
	var a versionedAnswer
	if err := json.Unmarshal(out.Body, &a); err != nil {
		return "", "", err
	}
	return a.Completion, a.StopReason, nil
}
