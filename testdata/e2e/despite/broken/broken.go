// Package broken does not type-check: it calls a function nobody declares.
package broken

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// Ask sends one legacy Text Completions request.
func Ask(base, question string) (string, error) {
	body, err := json.Marshal(map[string]any{
		"model":                "claude-2.1",
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 100,
	})
	if err != nil {
		return "", err
	}
	undeclared()
	req, err := http.NewRequest("POST", base+"/v1/complete", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	resp, err := http.DefaultClient.Do(req)
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
