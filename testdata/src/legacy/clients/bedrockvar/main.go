// Command bedrockvar declares its Bedrock body as a zero value and sets the
// fields one by one, as the AWS examples did.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"

	"legacy/clients/internal/bedrockclient"
)

type Body struct {
	Prompt        string   `json:"prompt"`
	MaxTokens     int      `json:"max_tokens_to_sample"`
	Temperature   float64  `json:"temperature"`
	TopK          int      `json:"top_k"`
	StopSequences []string `json:"stop_sequences"`
}

type AnthropicResponseBody struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
}

func poem(svc *bedrockruntime.Client, subject string) (string, error) {
	accept := "*/*"
	contentType := "application/json"
	modelId := "anthropic.claude-instant-v1"

	var body Body
	body.Prompt = "\n\nHuman: Write a short poem about " + subject + ".\n\nAssistant:"
	body.MaxTokens = 300
	body.Temperature = 1
	body.TopK = 250
	body.StopSequences = []string{
		"\n\nHuman:",
	}

	bodyString, err := json.Marshal(body)
	if err != nil {
		return "", fmt.Errorf("unable to marshal body: %v", err)
	}
	resp, err := svc.InvokeModel(context.TODO(), &bedrockruntime.InvokeModelInput{
		Accept:      &accept,
		ModelId:     &modelId,
		ContentType: &contentType,
		Body:        bodyString,
	})
	if err != nil {
		return "", fmt.Errorf("error from Bedrock, %v", err)
	}
	var out AnthropicResponseBody
	if err := json.Unmarshal(resp.Body, &out); err != nil {
		return "", fmt.Errorf("unable to unmarshal response from Bedrock: %v", err)
	}
	return out.Completion, nil
}

func main() {
	p, err := poem(bedrockclient.New(), "the sea")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(p)
}
