// Command anonresponse decodes its answers into anonymous structs: the
// whole response of one request, each server-sent event of a stream.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"

	_ "legacy/clients/internal/apiredirect"
)

func complete(question string) (string, error) {
	body, err := json.Marshal(map[string]any{
		"model":                "claude-2.1",
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 300,
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequest("POST", "https://api.anthropic.com/v1/complete", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("content-type", "application/json")
	req.Header.Set("x-api-key", os.Getenv("ANTHROPIC_API_KEY"))
	req.Header.Set("anthropic-version", "2023-06-01")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		Completion string `json:"completion"`
		StopReason string `json:"stop_reason"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	if out.StopReason == "max_tokens" {
		fmt.Println("(truncated)")
	}
	fmt.Println("stop:", out.StopReason)
	return strings.TrimSpace(out.Completion), nil
}

type streamRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
	Stream            bool   `json:"stream"`
}

func stream(question string) (string, error) {
	payload, err := json.Marshal(streamRequest{
		Model:             "claude-2.1",
		Prompt:            "\n\nHuman: " + question + "\n\nAssistant:",
		MaxTokensToSample: 300,
		Stream:            true,
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequest("POST", "https://api.anthropic.com/v1/complete", bytes.NewReader(payload))
	if err != nil {
		return "", err
	}
	req.Header.Set("content-type", "application/json")
	req.Header.Set("x-api-key", os.Getenv("ANTHROPIC_API_KEY"))
	req.Header.Set("anthropic-version", "2023-06-01")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var full strings.Builder
	scanner := bufio.NewScanner(resp.Body)
	for scanner.Scan() {
		line, ok := strings.CutPrefix(scanner.Text(), "data: ")
		if !ok {
			continue
		}
		var ev struct {
			Completion string  `json:"completion"`
			StopReason *string `json:"stop_reason"`
		}
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			continue
		}
		full.WriteString(ev.Completion)
		if ev.StopReason != nil {
			break
		}
	}
	return full.String(), scanner.Err()
}

func main() {
	text, err := complete("Name a prime number below ten.")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(text)
	streamed, err := stream("Name a primary color.")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d bytes streamed\n", len(streamed))
}
