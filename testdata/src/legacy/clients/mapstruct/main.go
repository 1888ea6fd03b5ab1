// Command mapstruct builds its body as a map but decodes the response into
// a struct.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	_ "legacy/clients/internal/apiredirect"
)

type result struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
}

func ask(question string) (string, error) {
	b, err := json.Marshal(map[string]any{
		"model":                "claude-instant-1.2",
		"prompt":               fmt.Sprintf("\n\nHuman: %s\n\nAssistant:", question),
		"max_tokens_to_sample": 100,
		"stop_sequences":       []string{"\n\nHuman:"},
	})
	if err != nil {
		return "", err
	}
	req, _ := http.NewRequest("POST", "https://api.anthropic.com/v1/complete", bytes.NewReader(b))
	req.Header.Set("x-api-key", os.Getenv("ANTHROPIC_API_KEY"))
	req.Header.Set("anthropic-version", "2023-06-01")
	req.Header.Set("content-type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var r result
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return "", err
	}
	return r.Completion, nil
}

func main() {
	a, err := ask("What color is a ripe banana?")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(a)
}
