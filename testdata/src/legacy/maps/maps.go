// Package maps exercises hand-written map bodies.
package maps

import (
	"bytes"
	"encoding/json"
	"net/http"
)

func send(v any) {
	b, _ := json.Marshal(v)
	http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
}

func literal(question string) {
	send(map[string]any{ // want `map literal builds a legacy Text Completions request body \(max_tokens_to_sample\)`
		"model":                "claude-2.0", // want `model "claude-2.0" was retired`
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 300,
		"top_k":                -3,                                           // want `top_k`
		"metadata":             map[string]any{"user_id": "bob@example.com"}, // want `user_id`
	})
}

func keyByKey() {
	body := map[string]interface{}{ // want `map literal builds a legacy`
		"model":  "claude-sonnet-4-6",
		"prompt": "\n\nHuman: hi\n\nAssistant:",
	}
	body["max_tokens_to_sample"] = 256
	body["temperature"] = -1 // want `temperature`
	send(body)
}

func wrongKey() {
	send(map[string]any{ // want `map literal builds a legacy Text Completions request body \(prompt for Claude\)`
		"model":      "claude-sonnet-4-6",
		"prompt":     "\n\nHuman: hi\n\nAssistant:",
		"max_tokens": 300, // want `"max_tokens" is the Messages API's limit`
	})
}
