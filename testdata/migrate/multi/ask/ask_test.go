package ask

import (
	"context"
	"testing"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/option"
)

// TestOffline only has to compile: its request is migrated too.
func TestOffline(t *testing.T) {
	t.Skip("needs a server")
	client := anthropic.NewClient(option.WithAPIKey("test-key"))
	resp, err := client.Completions.New(context.Background(), anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 5,
		Prompt:            "\n\nHuman: ping\n\nAssistant:",
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(resp.Completion)
}
