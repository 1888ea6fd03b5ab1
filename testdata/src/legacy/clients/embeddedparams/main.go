// Command embeddedparams embeds the sampling parameters it shares between
// requests in its request struct: encoding/json sends them as the body's own.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	_ "legacy/clients/internal/apiredirect"
)

// SamplingParams are the sampling settings of every request.
type SamplingParams struct {
	Temperature float64 `json:"temperature,omitempty"`
	TopK        int     `json:"top_k,omitempty"`
}

// Stops ends the answer early.
type Stops struct {
	StopSequences []string `json:"stop_sequences,omitempty"`
}

type completionRequest struct {
	SamplingParams
	*Stops
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

type completionResponse struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
}

func ask(q string) (string, error) {
	body, err := json.Marshal(completionRequest{
		SamplingParams:    SamplingParams{Temperature: 0.4, TopK: 40},
		Stops:             &Stops{StopSequences: []string{"</answer>"}},
		Model:             "claude-2.1",
		Prompt:            "\n\nHuman: " + q + "\n\nAssistant:",
		MaxTokensToSample: 300,
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequest("POST", "https://api.anthropic.com/v1/complete", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("x-api-key", os.Getenv("ANTHROPIC_API_KEY"))
	req.Header.Set("anthropic-version", "2023-06-01")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var cr completionResponse
	if err := json.NewDecoder(resp.Body).Decode(&cr); err != nil {
		return "", err
	}
	return fmt.Sprintf("%s (%s)", cr.Completion, cr.StopReason), nil
}

func main() {
	a, err := ask("What is a monad?")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(a)
}
