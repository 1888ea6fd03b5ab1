// Command bedrockstream streams from Claude on Bedrock with
// InvokeModelWithResponseStream and a struct body, decoding each chunk into
// a struct: it prints the text as it comes and how the answer ended.
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

type Request struct {
	Prompt            string  `json:"prompt"`
	MaxTokensToSample int     `json:"max_tokens_to_sample"`
	Temperature       float64 `json:"temperature,omitempty"`
}

type Chunk struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
}

func stream(ctx context.Context, c *bedrockruntime.Client, q string) error {
	body, err := json.Marshal(Request{
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
		MaxTokensToSample: 300,
		Temperature:       0.1,
	})
	if err != nil {
		return err
	}
	out, err := c.InvokeModelWithResponseStream(ctx, &bedrockruntime.InvokeModelWithResponseStreamInput{
		ModelId:     aws.String("anthropic.claude-instant-v1"),
		ContentType: aws.String("application/json"),
		Body:        body,
	})
	if err != nil {
		return err
	}
	s := out.GetStream()
	defer s.Close()
	chunks, ended := 0, "unfinished"
	for ev := range s.Events() {
		switch v := ev.(type) {
		case *types.ResponseStreamMemberChunk:
			var ch Chunk
			if err := json.Unmarshal(v.Value.Bytes, &ch); err != nil {
				return err
			}
			fmt.Print(ch.Completion)
			if ch.Completion != "" {
				chunks++
			}
			if ch.StopReason == "stop_sequence" {
				ended = "finished"
			} else if ch.StopReason == "max_tokens" {
				ended = "cut short"
			}
		}
	}
	fmt.Printf("\n%d chunks, %s\n", chunks, ended)
	return s.Err()
}

func main() {
	if err := stream(context.Background(), bedrockclient.New(), "Describe Lambda in one line."); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
