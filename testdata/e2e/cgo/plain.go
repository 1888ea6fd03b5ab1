package main

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// count is the same kind of request in a file without import "C": it gets
// a rewrite.
func count(client *http.Client, base string) (string, error) {
	body, err := json.Marshal(map[string]any{
		"model":                "claude-sonnet-4-6",
		"prompt":               "\n\nHuman: Count to 3.\n\nAssistant:",
		"max_tokens_to_sample": 50,
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequest("POST", base+"/v1/complete", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
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
