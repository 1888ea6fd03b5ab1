// want package:`wrappers\(1\)`

// Package claudehttp is another module's client of the legacy endpoint:
// its body, URL and call of net/http are one request, reported once, with
// the URL and the call as related places.
package claudehttp

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// Complete posts the question in a hand-written body.
func Complete(question string) error { // want Complete:`wrapper "\\n\\nHuman: \{0\}\\n\\nAssistant:" builds a legacy Text Completions request body \(map literal\)`
	b, err := json.Marshal(map[string]any{ // want `^map literal builds a legacy Text Completions request body`
		"model":                "claude-sonnet-4-6",
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 256,
	})
	if err != nil {
		return err
	}
	_, err = http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	return err
}
