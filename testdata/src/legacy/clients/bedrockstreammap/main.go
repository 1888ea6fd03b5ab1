// Command bedrockstreammap streams from Claude on Bedrock with a map body
// and decodes each chunk into a map.
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

func main() {
	ctx := context.Background()
	c := bedrockclient.New()
	body, _ := json.Marshal(map[string]any{
		"prompt":               "\n\nHuman: Tell me about EC2.\n\nAssistant:",
		"max_tokens_to_sample": 200,
	})
	out, err := c.InvokeModelWithResponseStream(ctx, &bedrockruntime.InvokeModelWithResponseStreamInput{
		ModelId:     aws.String("anthropic.claude-v2"),
		ContentType: aws.String("application/json"),
		Body:        body,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	st := out.GetStream()
	defer st.Close()
	stop := "none"
	for ev := range st.Events() {
		if c, ok := ev.(*types.ResponseStreamMemberChunk); ok {
			var m map[string]any
			if err := json.Unmarshal(c.Value.Bytes, &m); err != nil {
				continue
			}
			if s, ok := m["completion"].(string); ok {
				fmt.Print(s)
			}
			if r, ok := m["stop_reason"].(string); ok {
				stop = r
			}
		}
	}
	if err := st.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("\nstop:", stop)
}
