//go:build go1.21

// Package emptyguard_fix pins how a rewrite guards a turn that may be empty
// at run time: cmp.Or from Go 1.22, a function literal before it (this
// file's language version is go1.21) or where the name cmp is taken.
package emptyguard_fix

import (
	"bytes"
	"encoding/json"
	"net/http"
)

func ask121(question string) (string, error) {
	body, err := json.Marshal(map[string]any{ // want `map literal builds a legacy Text Completions request body`
		"model":                "claude-opus-4-6",
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 300,
	})
	if err != nil {
		return "", err
	}
	resp, err := http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(body))
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
