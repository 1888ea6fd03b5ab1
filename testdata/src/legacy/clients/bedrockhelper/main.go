// Command bedrockhelper marshals its Bedrock body in a helper function.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"

	"legacy/clients/internal/bedrockclient"
)

const modelID = "anthropic.claude-v2:1"

type claudeBody struct {
	Prompt            string  `json:"prompt"`
	MaxTokensToSample int     `json:"max_tokens_to_sample"`
	Temperature       float64 `json:"temperature"`
}

type claudeOutput struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
}

func buildBody(question string) ([]byte, error) {
	return json.Marshal(claudeBody{
		Prompt:            "\n\nHuman: " + question + "\n\nAssistant:",
		MaxTokensToSample: 200,
		Temperature:       0.1,
	})
}

func ask(ctx context.Context, c *bedrockruntime.Client, question string) (string, error) {
	body, err := buildBody(question)
	if err != nil {
		return "", err
	}
	out, err := c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{
		ModelId:     aws.String(modelID),
		Body:        body,
		ContentType: aws.String("application/json"),
	})
	if err != nil {
		return "", err
	}
	var o claudeOutput
	if err := json.Unmarshal(out.Body, &o); err != nil {
		return "", err
	}
	return o.Completion, nil
}

func main() {
	a, err := ask(context.Background(), bedrockclient.New(), "Name a prime number above 10.")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(a)
}
