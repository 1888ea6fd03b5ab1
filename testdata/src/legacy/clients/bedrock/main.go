// Command bedrock invokes Claude on Amazon Bedrock with a struct body.
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

// ClaudeRequest is the body of an Anthropic Claude invocation.
type ClaudeRequest struct {
	Prompt            string   `json:"prompt"`
	MaxTokensToSample int      `json:"max_tokens_to_sample"`
	Temperature       float64  `json:"temperature,omitempty"`
	TopP              float64  `json:"top_p,omitempty"`
	StopSequences     []string `json:"stop_sequences,omitempty"`
}

// ClaudeResponse is the body Claude answers with.
type ClaudeResponse struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
}

func invoke(ctx context.Context, client *bedrockruntime.Client, question string) (string, error) {
	payload := ClaudeRequest{
		Prompt:            "\n\nHuman: " + question + "\n\nAssistant:",
		MaxTokensToSample: 300,
		Temperature:       0.5,
		StopSequences:     []string{"\n\nHuman:"},
	}
	body, err := json.Marshal(payload)
	if err != nil {
		return "", err
	}
	out, err := client.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{
		ModelId:     aws.String("anthropic.claude-v2"),
		ContentType: aws.String("application/json"),
		Accept:      aws.String("application/json"),
		Body:        body,
	})
	if err != nil {
		return "", err
	}
	var resp ClaudeResponse
	if err := json.Unmarshal(out.Body, &resp); err != nil {
		return "", err
	}
	return resp.Completion, nil
}

func main() {
	text, err := invoke(context.Background(), bedrockclient.New(), "What is Amazon Bedrock?")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(text)
}
