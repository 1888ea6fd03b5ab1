// Package reach exercises requests whose parts are not where the finders
// first look: nested request structs, values set elsewhere, bodies and
// model ids from helper functions, parameters reassigned in place.
package reach

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/anthropics/anthropic-sdk-go"
	ga1 "github.com/liushuangls/go-anthropic"
	ga "github.com/liushuangls/go-anthropic/v2"
)

// Nested request structs: the prompt of the embedded CompleteRequest is
// checked however the embedded value is given.
func nestedLiteral(ctx context.Context, g *ga.Client) {
	g.CreateCompleteStream(ctx, ga.CompleteStreamRequest{CompleteRequest: ga.CompleteRequest{ // want `CreateCompleteStream sends a legacy`
		Model:             "claude-sonnet-4-6",
		Prompt:            "You write polite replies.\n\nAssistant:", // want `prompt must start with "\\n\\nHuman:" turn`
		MaxTokensToSample: 100,
	}})
}

func nestedLocal(ctx context.Context, g *ga.Client, ticket string) {
	req := ga.CompleteRequest{
		Model:             "claude-sonnet-4-6",
		Prompt:            "You write polite replies.\n\nAssistant:", // want `prompt must start with "\\n\\nHuman:" turn`
		MaxTokensToSample: 100,
	}
	req.SetTemperature(3)                                                       // want `temperature`
	g.CreateCompleteStream(ctx, ga.CompleteStreamRequest{CompleteRequest: req}) // want `CreateCompleteStream sends a legacy`

	var v1 ga1.CompleteRequest
	v1.Model = "claude-sonnet-4-6"
	v1.Prompt = "\n\nHuman: " + ticket + "\nAssistant:" // want `"\\nAssistant:" is preceded by a single newline`
	// v1 sets no max_tokens_to_sample: the API requires it.
	g1 := ga1.NewClient("key")
	g1.CreateStreamComplete(ctx, ga1.CompleteStreamRequest{CompleteRequest: v1}) // want `CreateStreamComplete sends a legacy` `max_tokens_to_sample is required`
}

func nestedHelper(ctx context.Context, g *ga.Client) {
	g.CreateCompleteStream(ctx, ga.CompleteStreamRequest{CompleteRequest: baseRequest("hi")}) // want `CreateCompleteStream sends a legacy`
}

func baseRequest(q string) ga.CompleteRequest {
	return ga.CompleteRequest{
		Model:             "claude-2.1",      // want `model "claude-2.1" was retired`
		Prompt:            "\n\nHuman: " + q, // want `prompt must end with "\\n\\nAssistant:" turn`
		MaxTokensToSample: 10,
	}
}

// nestedUnknown: the embedded request is the caller's; what it sets is
// unknown, so nothing is said to be missing.
func nestedUnknown(ctx context.Context, g *ga.Client, r ga.CompleteRequest) {
	g.CreateCompleteStream(ctx, ga.CompleteStreamRequest{CompleteRequest: r}) // want `CreateCompleteStream sends a legacy`
}

// The official SDK's metadata, given as a local.
func metadataLocal(ctx context.Context, c anthropic.Client) {
	md := anthropic.MetadataParam{UserID: anthropic.String("jane@example.com")} // want `user_id`
	c.Completions.New(ctx, anthropic.CompletionNewParams{                       // want `CompletionService.New sends a legacy`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: hi\n\nAssistant:",
		Metadata:          md,
	})
}

// A hand-written body embedding the struct that holds its prompt.
type turns struct {
	Prompt string `json:"prompt"`
}

type payload struct {
	Model             string `json:"model"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
	turns
}

func embeddedBody(q string) {
	inner := turns{Prompt: "Human: " + q}                                                           // want `prompt starts with "Human:"` `prompt must end`
	b, _ := json.Marshal(payload{Model: "claude-sonnet-4-6", MaxTokensToSample: 100, turns: inner}) // want `composite literal of payload builds a legacy`
	http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
}
