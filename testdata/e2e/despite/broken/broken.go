// Package broken does not type-check: it calls a function nobody declares.
package broken

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// Ask sends one legacy Text Completions request.
func Ask(base, question string) (*http.Response, error) {
	body, err := json.Marshal(map[string]any{
		"model":                "claude-2.1",
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 100,
	})
	if err != nil {
		return nil, err
	}
	undeclared()
	return http.Post(base+"/v1/complete", "application/json", bytes.NewReader(body))
}
