// Command httppost summarizes a text with http.Post and reads the whole
// response with io.ReadAll before unmarshalling it; it warns when the
// answer was cut at the token limit.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"

	_ "legacy/clients/internal/apiredirect"
)

const anthropicURL = "https://api.anthropic.com/v1/complete"

type claudeRequest struct {
	Prompt            string  `json:"prompt"`
	Model             string  `json:"model"`
	MaxTokensToSample int     `json:"max_tokens_to_sample"`
	Temperature       float64 `json:"temperature"`
}

type claudeResponse struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
}

func summarize(text string) (string, error) {
	payload, _ := json.Marshal(&claudeRequest{
		Prompt:            "\n\nHuman: Summarize this in one sentence:\n" + text + "\n\nAssistant:",
		Model:             "claude-instant-1.2",
		MaxTokensToSample: 256,
		Temperature:       0,
	})
	resp, err := http.Post(anthropicURL, "application/json", bytes.NewBuffer(payload))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	if resp.StatusCode >= 300 {
		return "", errors.New(string(body))
	}
	var cr claudeResponse
	if err := json.Unmarshal(body, &cr); err != nil {
		return "", err
	}
	if cr.StopReason == "max_tokens" {
		fmt.Fprintln(os.Stderr, "warning: summary truncated")
	}
	return cr.Completion, nil
}

func main() {
	s, err := summarize("Go is an open source programming language that makes it simple to build secure, scalable systems.")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("summary:", s)
}
