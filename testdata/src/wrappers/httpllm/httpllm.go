// want package:`wrappers\(1\)`

// Package httpllm builds legacy bodies by hand, without any SDK.
package httpllm

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// Complete posts the question in a hand-written body.
func Complete(question string) error { // want Complete:`wrapper "\\n\\nHuman: \{0\}\\n\\nAssistant:" builds a legacy Text Completions request body \(map literal\)`
	b, err := json.Marshal(map[string]any{ // want `map literal builds a legacy`
		"model":                "claude-sonnet-4-6",
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 256,
	})
	if err != nil {
		return err
	}
	_, err = http.Post("https://example.com/proxy", "application/json", bytes.NewReader(b))
	return err
}
