// Command direct sends legacy Text Completions requests built by hand with
// net/http to $DIRECT_BASE_URL. The end-to-end test runs it before and after
// completelint -fix against a recording server: the conversations sent and
// the lines printed must not change.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

func ask(client *http.Client, base, question string) (string, error) {
	body, err := json.Marshal(map[string]any{
		"model":                "claude-sonnet-4-6",
		"prompt":               "You are terse.\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 100,
		"stop_sequences":       []string{"\n\nHuman:", "END"},
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequest("POST", base+"/v1/complete", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("x-api-key", "test-key")
	req.Header.Set("anthropic-version", "2023-06-01")
	req.Header.Set("content-type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	text, _ := out["completion"].(string)
	return text, nil
}

func count(base string, n int) (string, error) {
	payload := map[string]any{
		"model":  "claude-sonnet-4-6",
		"prompt": fmt.Sprintf("\n\nHuman: Count to %d.\n\nAssistant: 1,", n),
	}
	payload["max_tokens_to_sample"] = 50
	payload["temperature"] = 0.2
	b, err := json.Marshal(payload)
	if err != nil {
		return "", err
	}
	resp, err := http.Post(base+"/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return "1," + fmt.Sprint(out["completion"]), nil
}

func main() {
	base := os.Getenv("DIRECT_BASE_URL")
	for _, f := range []func() (string, error){
		func() (string, error) { return ask(http.DefaultClient, base, "What is 2+2?") },
		func() (string, error) { return count(base, 3) },
	} {
		out, err := f()
		if err != nil {
			fmt.Fprintln(os.Stderr, "direct:", err)
			os.Exit(1)
		}
		fmt.Println(out)
	}
}
