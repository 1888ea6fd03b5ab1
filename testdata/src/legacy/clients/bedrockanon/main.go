// Command bedrockanon invokes Claude on Amazon Bedrock with an anonymous
// struct body, its values listed in field order, and decodes the answer
// into an anonymous struct too; then streams, decoding each chunk into an
// anonymous struct.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime/types"

	"legacy/clients/internal/bedrockclient"
)

func invoke(ctx context.Context, client *bedrockruntime.Client, question string) (string, error) {
	body, err := json.Marshal(struct {
		Prompt            string  `json:"prompt"`
		MaxTokensToSample int     `json:"max_tokens_to_sample"`
		Temperature       float64 `json:"temperature"`
	}{"\n\nHuman: " + question + "\n\nAssistant:", 200, 0.5})
	if err != nil {
		return "", err
	}
	out, err := client.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{
		ModelId:     aws.String("anthropic.claude-v2:1"),
		ContentType: aws.String("application/json"),
		Body:        body,
	})
	if err != nil {
		return "", err
	}
	var resp struct {
		Completion string `json:"completion"`
		StopReason string `json:"stop_reason"`
	}
	if err := json.Unmarshal(out.Body, &resp); err != nil {
		return "", err
	}
	fmt.Println("stop:", resp.StopReason)
	return resp.Completion, nil
}

func stream(ctx context.Context, client *bedrockruntime.Client, question string) error {
	body, err := json.Marshal(struct {
		Prompt            string `json:"prompt"`
		MaxTokensToSample int    `json:"max_tokens_to_sample"`
	}{
		Prompt:            "\n\nHuman: " + question + "\n\nAssistant:",
		MaxTokensToSample: 200,
	})
	if err != nil {
		return err
	}
	out, err := client.InvokeModelWithResponseStream(ctx, &bedrockruntime.InvokeModelWithResponseStreamInput{
		ModelId:     aws.String("anthropic.claude-instant-v1"),
		ContentType: aws.String("application/json"),
		Body:        body,
	})
	if err != nil {
		return err
	}
	s := out.GetStream()
	defer s.Close()
	for ev := range s.Events() {
		if v, ok := ev.(*types.ResponseStreamMemberChunk); ok {
			var chunk struct {
				Completion string `json:"completion"`
				StopReason string `json:"stop_reason"`
			}
			if err := json.Unmarshal(v.Value.Bytes, &chunk); err != nil {
				return err
			}
			fmt.Print(chunk.Completion)
			if chunk.StopReason != "" {
				fmt.Print(" [", chunk.StopReason, "]")
			}
		}
	}
	fmt.Println()
	return s.Err()
}

func main() {
	text, err := invoke(context.Background(), bedrockclient.New(), "Write a limerick about S3 buckets.")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(text)
	if err := stream(context.Background(), bedrockclient.New(), "Describe Lambda in one line."); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
