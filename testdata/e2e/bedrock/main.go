// Command bedrock sends legacy Claude text bodies through the real
// aws-sdk-go-v2 Bedrock runtime client to $BEDROCK_ENDPOINT. The end-to-end
// test runs it before and after completelint -fix against a stand-in: the
// rewritten program must build, vet, and hold the same conversations.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
)

func ask(ctx context.Context, c *bedrockruntime.Client, question string) (string, error) {
	body, err := json.Marshal(map[string]any{
		"prompt":               "You answer in one word.\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 300,
		"temperature":          0.5,
		"stop_sequences":       []string{"\n\nHuman:"},
	})
	if err != nil {
		return "", err
	}
	out, err := c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{
		ModelId:     aws.String("anthropic.claude-v2"),
		Body:        body,
		ContentType: aws.String("application/json"),
		Accept:      aws.String("application/json"),
	})
	if err != nil {
		return "", err
	}
	var resp map[string]any
	if err := json.Unmarshal(out.Body, &resp); err != nil {
		return "", err
	}
	text, _ := resp["completion"].(string)
	return text, nil
}

func count(ctx context.Context, c *bedrockruntime.Client, topic string, n int) (string, error) {
	payload := map[string]any{
		"prompt":               fmt.Sprintf("\n\nHuman: Write %d words about %s.\n\nAssistant: Sure:", n, topic),
		"max_tokens_to_sample": 200,
	}
	body, err := json.Marshal(payload)
	if err != nil {
		return "", err
	}
	out, err := c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{
		ModelId: aws.String("anthropic.claude-instant-v1"),
		Body:    body,
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

func main() {
	c := bedrockruntime.New(bedrockruntime.Options{
		Region:       "us-east-1",
		BaseEndpoint: aws.String(os.Getenv("BEDROCK_ENDPOINT")),
		Credentials: aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
			return aws.Credentials{AccessKeyID: "test", SecretAccessKey: "test"}, nil
		}),
	})
	ctx := context.Background()
	if len(os.Args) < 2 {
		return
	}
	for _, f := range []func() (string, error){
		func() (string, error) { return ask(ctx, c, os.Args[1]) },
		func() (string, error) { return count(ctx, c, os.Args[1], 5) },
	} {
		out, err := f()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println(out)
	}
}
