// Command bedrockmap invokes Claude on Bedrock with a map body and decodes
// the answer into a struct.
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

type claudeResponse struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
}

func describe(ctx context.Context, rt *bedrockruntime.Client, thing string) (string, error) {
	payload := map[string]any{
		"prompt":               fmt.Sprintf("\n\nHuman: Describe %s in five words.\n\nAssistant:", thing),
		"max_tokens_to_sample": 100,
		"top_k":                50,
	}
	body, err := json.Marshal(payload)
	if err != nil {
		return "", err
	}
	res, err := rt.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{
		ModelId:     aws.String("anthropic.claude-instant-v1"),
		Body:        body,
		ContentType: aws.String("application/json"),
		Accept:      aws.String("*/*"),
	})
	if err != nil {
		return "", err
	}
	var r claudeResponse
	if err := json.Unmarshal(res.Body, &r); err != nil {
		return "", err
	}
	if r.StopReason != "stop_sequence" {
		return r.Completion + " [" + r.StopReason + "]", nil
	}
	return r.Completion, nil
}

func main() {
	d, err := describe(context.Background(), bedrockclient.New(), "a lighthouse")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(d)
}
