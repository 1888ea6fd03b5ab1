package emptyguard_fix

import (
	"bytes"
	"encoding/json"
	"net/http"
)

func askTaken(question string, cmp int) (string, error) {
	body, err := json.Marshal(map[string]any{ // want `map literal builds a legacy Text Completions request body`
		"model":                "claude-opus-4-6",
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 300 + cmp,
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
