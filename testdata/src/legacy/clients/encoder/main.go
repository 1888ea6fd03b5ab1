// Command encoder streams its request body with json.NewEncoder, builds the
// request with a context, and sets the temperature after the literal.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"

	_ "legacy/clients/internal/apiredirect"
)

type completeRequest struct {
	Model             string   `json:"model"`
	Prompt            string   `json:"prompt"`
	MaxTokensToSample int      `json:"max_tokens_to_sample"`
	Temperature       *float64 `json:"temperature,omitempty"`
	TopK              int      `json:"top_k,omitempty"`
}

type completeResponse struct {
	Type       string `json:"type"`
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
}

func translate(ctx context.Context, word, lang string) (string, error) {
	req := &completeRequest{
		Model:             "claude-2.0",
		Prompt:            "\n\nHuman: Translate the word \"" + word + "\" into " + lang + ". Reply with the word only.\n\nAssistant:",
		MaxTokensToSample: 50,
	}
	t := 0.2
	req.Temperature = &t

	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(req); err != nil {
		return "", err
	}
	httpReq, err := http.NewRequestWithContext(ctx, "POST", "https://api.anthropic.com/v1/complete", &buf)
	if err != nil {
		return "", err
	}
	httpReq.Header.Add("X-Api-Key", os.Getenv("ANTHROPIC_API_KEY"))
	httpReq.Header.Add("Anthropic-Version", "2023-06-01")
	httpReq.Header.Add("Content-Type", "application/json")

	res, err := http.DefaultClient.Do(httpReq)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var out completeResponse
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.Completion, nil
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, lang := range []string{"French", "German"} {
		w, err := translate(ctx, "cat", lang)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("%s: %s\n", lang, w)
	}
}
