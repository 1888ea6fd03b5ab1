// Package reachbedrock exercises Bedrock requests whose model id and body
// come from helper functions, and a Bedrock body found on its own.
package reachbedrock

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
)

const textModel = "anthropic.claude-v2" // want `model "anthropic.claude-v2" \(returned by modelID\) is claude-2.0`

func modelID() string { return textModel }

func buildBody(q string) []byte {
	b, _ := json.Marshal(map[string]any{
		"prompt":               "\n\nHuman: " + q + "\n\nAssistant:",
		"max_tokens_to_sample": 300,
	})
	return b
}

func buildBodyErr(q string) ([]byte, error) {
	if q == "" {
		return nil, nil
	}
	return json.Marshal(map[string]any{
		"prompt":               "\n\nHuman: " + q + "\nAssistant:", // want `"\\nAssistant:" is preceded by a single newline`
		"max_tokens_to_sample": 300,
	})
}

// The model id and the body come from helpers of the package.
func invokeHelpers(ctx context.Context, c *bedrockruntime.Client, q string) {
	c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ // want `Client.InvokeModel sends a legacy Text Completions request`
		ModelId: aws.String(modelID()),
		Body:    buildBody(q),
	})
	body, err := buildBodyErr(q)
	if err != nil {
		return
	}
	c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ // want `Client.InvokeModel sends a legacy Text Completions request`
		ModelId: aws.String(modelID()),
		Body:    body,
	})
}

// invokeInput sends what its caller built: the body below is found on its
// own, and it is a Bedrock body, with no URL to miss.
func invokeInput(ctx context.Context, c *bedrockruntime.Client, in *bedrockruntime.InvokeModelInput) {
	c.InvokeModel(ctx, in)
}

func standaloneBody() []byte {
	b, _ := json.Marshal(map[string]any{ // want `map literal builds a legacy Text Completions request body \(max_tokens_to_sample\); .* \(no automatic rewrite: the body goes to a Bedrock InvokeModel call that is not in view`
		"prompt":               "\n\nHuman: hi\n\nAssistant:",
		"max_tokens_to_sample": 300,
	})
	return b
}
