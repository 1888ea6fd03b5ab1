// Command sseevents streams a completion and dispatches on each event's
// name, from its "event:" line: completion, ping and error. It stops at the
// completion that carries the stop reason.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"

	_ "legacy/clients/internal/apiredirect"
)

type completionRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
	Stream            bool   `json:"stream"`
}

type completionEvent struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
}

func streamTo(w *bufio.Writer, question string) error {
	body, err := json.Marshal(completionRequest{
		Model:             "claude-2.1",
		Prompt:            "\n\nHuman: " + question + "\n\nAssistant:",
		MaxTokensToSample: 300,
		Stream:            true,
	})
	if err != nil {
		return err
	}
	req, err := http.NewRequest("POST", "https://api.anthropic.com/v1/complete", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	req.Header.Set("x-api-key", os.Getenv("ANTHROPIC_API_KEY"))
	req.Header.Set("anthropic-version", "2023-06-01")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()

	sc := bufio.NewScanner(resp.Body)
	var event string
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			event = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			data := strings.TrimPrefix(line, "data: ")
			switch event {
			case "completion":
				var ev completionEvent
				if err := json.Unmarshal([]byte(data), &ev); err != nil {
					return err
				}
				w.WriteString(ev.Completion)
				if ev.StopReason != "" {
					fmt.Fprintf(w, "\n[stopped: %s]", ev.StopReason)
					return w.Flush()
				}
			case "error":
				return errors.New(data)
			case "ping":
			}
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return errors.New("the stream ended without a stop reason")
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	if err := streamTo(w, "Count from 1 to 5."); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println()
}
