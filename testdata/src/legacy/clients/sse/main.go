// Command sse streams a completion: it reads the server-sent events with a
// bufio.Scanner and prints each completion delta as it arrives.
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

type streamRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
	Stream            bool   `json:"stream"`
}

type streamEvent struct {
	Completion string  `json:"completion"`
	StopReason *string `json:"stop_reason"`
}

func stream(question string) (string, error) {
	payload, err := json.Marshal(streamRequest{
		Model:             "claude-2.1",
		Prompt:            "\n\nHuman: " + question + "\n\nAssistant:",
		MaxTokensToSample: 500,
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
	req.Header.Set("accept", "text/event-stream")
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
		line := scanner.Text()
		if !strings.HasPrefix(line, "data: ") {
			continue
		}
		var ev streamEvent
		if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &ev); err != nil {
			continue
		}
		fmt.Print(ev.Completion)
		full.WriteString(ev.Completion)
		if ev.StopReason != nil {
			break
		}
	}
	fmt.Println()
	return full.String(), scanner.Err()
}

func main() {
	text, err := stream("Name three primary colors.")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d bytes streamed\n", len(text))
}
