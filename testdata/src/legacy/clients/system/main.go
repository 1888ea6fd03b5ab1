// Command system sends a prompt with text before the first Human turn and
// an Assistant prefill.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"

	_ "legacy/clients/internal/apiredirect"
)

const (
	modelName = "claude-2.1"
	maxTokens = 600
)

type Request struct {
	Model             string   `json:"model"`
	Prompt            string   `json:"prompt"`
	MaxTokensToSample int      `json:"max_tokens_to_sample"`
	StopSequences     []string `json:"stop_sequences,omitempty"`
}

type Response struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
}

func extract(doc string) (string, error) {
	r := Request{
		Model:             modelName,
		Prompt:            "You are a careful data extractor.\n\nHuman: List the names in this text as JSON:\n" + doc + "\n\nAssistant: [",
		MaxTokensToSample: maxTokens,
		StopSequences:     []string{"]"},
	}
	b, err := json.Marshal(r)
	if err != nil {
		return "", err
	}
	req, err := http.NewRequest("POST", "https://api.anthropic.com/v1/complete", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	req.Header.Set("x-api-key", os.Getenv("ANTHROPIC_API_KEY"))
	req.Header.Set("anthropic-version", "2023-06-01")
	req.Header.Set("content-type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	var out Response
	if err := json.Unmarshal(raw, &out); err != nil {
		return "", err
	}
	return "[" + out.Completion + "]", nil
}

func main() {
	names, err := extract("Alice met Bob at the station.")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(names)
}
