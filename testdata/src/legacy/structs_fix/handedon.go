package structs_fix

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
)

type handedCompletion struct {
	Completion string `json:"completion"`
}

// readHanded decodes a response it is handed: the request's function
// reads no answer itself, so its rewrite would leave this one reading
// "completion" from a Messages response.
func readHanded(resp *http.Response) string {
	var out handedCompletion
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return out.Completion
}

func parseHanded(data []byte) string {
	var out handedCompletion
	_ = json.Unmarshal(data, &out)
	return out.Completion
}

type handedRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

func askHanded(q string) string {
	b, _ := json.Marshal(handedRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: " + q + "\n\nAssistant:", MaxTokensToSample: 10}) // want `no automatic rewrite: resp is passed to readHanded at handedon.go:38`
	resp, _ := http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	return readHanded(resp)
}

type handedBytesRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

func askHandedBytes(q string) string {
	b, _ := json.Marshal(handedBytesRequest{Model: "claude-sonnet-4-6", Prompt: "\n\nHuman: " + q + "\n\nAssistant:", MaxTokensToSample: 10}) // want `no automatic rewrite: data is passed to parseHanded at handedon.go:55`
	resp, err := http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return parseHanded(data)
}
