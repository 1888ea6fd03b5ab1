// Command mapbody builds its body and reads its response as maps.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	_ "legacy/clients/internal/apiredirect"
)

func complete(apiKey, question string) (string, error) {
	body := map[string]interface{}{
		"model":                "claude-2",
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 300,
		"temperature":          0.3,
	}
	jsonBody, err := json.Marshal(body)
	if err != nil {
		return "", err
	}
	req, err := http.NewRequest("POST", "https://api.anthropic.com/v1/complete", bytes.NewBuffer(jsonBody))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("x-api-key", apiKey)
	req.Header.Set("anthropic-version", "2023-06-01")
	client := &http.Client{}
	resp, err := client.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var result map[string]interface{}
	if err := json.NewDecoder(resp.Body).Decode(&result); err != nil {
		return "", err
	}
	completion, ok := result["completion"].(string)
	if !ok {
		return "", fmt.Errorf("unexpected response: %v", result)
	}
	return completion, nil
}

func main() {
	out, err := complete(os.Getenv("ANTHROPIC_API_KEY"), "Give me a synonym for happy.")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(out)
}
