// Command stopfieldmap decodes the answer into a map and reports the
// legacy "stop" field, the stop sequence that ended the completion.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	_ "legacy/clients/internal/apiredirect"
)

func main() {
	b, _ := json.Marshal(map[string]any{
		"model":                "claude-2.1",
		"prompt":               "\n\nHuman: Count to three, then say DONE.\n\nAssistant:",
		"max_tokens_to_sample": 50,
		"stop_sequences":       []string{"DONE"},
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
	var m map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%v (stopped by %q)\n", m["completion"], m["stop"])
}
