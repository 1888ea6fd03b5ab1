// Command multi sends legacy Text Completions requests from several
// packages to the server at $ROUNDTRIP_BASE_URL and prints the answers. The
// migrate end-to-end test runs it before and after completelint migrate
// against a recording server: the conversations and the output must not
// change.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/option"

	"example.com/multi/ask"
	"example.com/multi/chat"
	"example.com/multi/manual"
	"example.com/multi/stream"
)

func main() {
	client := anthropic.NewClient(
		option.WithBaseURL(os.Getenv("ROUNDTRIP_BASE_URL")),
		option.WithAPIKey("test-key"),
		option.WithMaxRetries(0),
	)
	ctx := context.Background()
	for _, step := range []func(context.Context, *anthropic.Client) (string, error){
		ask.Arithmetic, ask.Translate, chat.FewShot, chat.Pinned, stream.Story, manual.Raw,
	} {
		out, err := step(ctx, &client)
		if err != nil {
			fmt.Fprintln(os.Stderr, "multi:", err)
			os.Exit(1)
		}
		fmt.Println(out)
	}
}
