// Package maps_fix exercises the Messages rewrite of hand-written map bodies
// sent with net/http.
package maps_fix

import (
	"bytes"
	"encoding/json"
	"net/http"
)

func post(body map[string]any) (map[string]any, error) {
	return nil, nil
}

// ask is the common client: the body, the URL and the read of the answer
// change together.
func ask(client *http.Client, key, question string) (string, error) {
	body, err := json.Marshal(map[string]any{ // want `map literal builds a legacy Text Completions request body`
		"model":                "claude-2.1", // want `model "claude-2.1" was retired`
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 300,
		"stop_sequences":       []string{"\n\nHuman:", "END"}, // want `redundant`
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequest("POST", "https://api.anthropic.com/v1/complete", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("x-api-key", key)
	req.Header.Set("anthropic-version", "2023-06-01")
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

// system has text before the first turn, a formatted number, a prefill,
// and its token limit assigned after the literal.
func system(base string, n int) (string, error) {
	payload := map[string]interface{}{ // want `map literal builds a legacy`
		"model":  "claude-sonnet-4-6",
		"prompt": "You are terse.\n\nHuman: " + "count to " + itoa(n) + "\n\nAssistant: 1,",
	}
	payload["max_tokens_to_sample"] = 50
	b, _ := json.Marshal(payload)
	resp, err := http.Post(base+"/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out map[string]interface{}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return "1," + out["completion"].(string), nil
}

func itoa(n int) string { return string(rune('0' + n)) }

type legacyResponse struct {
	Completion string `json:"completion"`
}

// structResponse reads the answer through a struct of the file: the
// struct moves to the Messages response with the body.
func structResponse(question string) (string, error) {
	b, _ := json.Marshal(map[string]any{ // want `map literal builds a legacy Text Completions request body`
		"model":                "claude-sonnet-4-6",
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 300,
	})
	resp, err := http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out legacyResponse
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.Completion, err
}

// rawResponse hands the response to its caller: no fix.
func rawResponse(question string) (*http.Response, error) {
	b, _ := json.Marshal(map[string]any{ // want `no automatic rewrite: the function returns \*http.Response`
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 300,
	})
	return http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
}

// streamed asks for server-sent events, whose format differs: no fix.
func streamed() {
	b, _ := json.Marshal(map[string]any{ // want `no automatic rewrite: body key "stream" has no mechanical Messages counterpart`
		"prompt":               "\n\nHuman: hi\n\nAssistant:",
		"max_tokens_to_sample": 300,
		"stream":               true,
	})
	http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
}

const endpoint = "https://api.anthropic.com/v1/complete"

// sharedURL sends to a package-level URL that other code may use: no fix.
func sharedURL() {
	b, _ := json.Marshal(map[string]any{ // want `no automatic rewrite: the endpoint URL is spelled outside this function at maps_fix.go:\d+`
		"prompt":               "\n\nHuman: hi\n\nAssistant:",
		"max_tokens_to_sample": 300,
	})
	http.Post(endpoint, "application/json", bytes.NewReader(b))
}

// elsewhere builds a body sent by another function: no fix.
func elsewhere() {
	post(map[string]any{ // want `no automatic rewrite: the request's /v1/complete URL is not in the function that builds the body`
		"prompt":               "\n\nHuman: hi\n\nAssistant:",
		"max_tokens_to_sample": 300,
	})
}
