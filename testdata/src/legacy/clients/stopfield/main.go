// Command stopfield reports which stop sequence ended the completion by
// reading the legacy "stop" response field.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	_ "legacy/clients/internal/apiredirect"
)

type request struct {
	Model             string   `json:"model"`
	Prompt            string   `json:"prompt"`
	MaxTokensToSample int      `json:"max_tokens_to_sample"`
	StopSequences     []string `json:"stop_sequences"`
}

type response struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
	Stop       string `json:"stop"`
}

func main() {
	b, _ := json.Marshal(request{
		Model:             "claude-2.1",
		Prompt:            "\n\nHuman: Say yes or no, then STOP or HALT.\n\nAssistant:",
		MaxTokensToSample: 50,
		StopSequences:     []string{"STOP", "HALT"},
	})
	req, _ := http.NewRequest("POST", "https://api.anthropic.com/v1/complete", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("x-api-key", os.Getenv("ANTHROPIC_API_KEY"))
	req.Header.Set("anthropic-version", "2023-06-01")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	var r response
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%s (stopped by %q, %s)\n", r.Completion, r.Stop, r.StopReason)
}
