// Command ssereader streams with a bufio.Reader, hands every delta to a
// callback, and reports the final stop reason.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"

	_ "legacy/clients/internal/apiredirect"
)

type Params struct {
	Prompt            string   `json:"prompt"`
	Model             string   `json:"model"`
	MaxTokensToSample int      `json:"max_tokens_to_sample"`
	StopSequences     []string `json:"stop_sequences,omitempty"`
	Stream            bool     `json:"stream,omitempty"`
}

type Completion struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
}

func streamComplete(ctx context.Context, prompt string, onDelta func(string)) error {
	b, err := json.Marshal(Params{
		Prompt:            "\n\nHuman: " + prompt + "\n\nAssistant:",
		Model:             "claude-instant-1.2",
		MaxTokensToSample: 300,
		StopSequences:     []string{"\n\nHuman:", "</answer>"},
		Stream:            true,
	})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.anthropic.com/v1/complete", bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header = http.Header{
		"Content-Type":      {"application/json"},
		"X-Api-Key":         {os.Getenv("ANTHROPIC_API_KEY")},
		"Anthropic-Version": {"2023-06-01"},
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	r := bufio.NewReader(resp.Body)
	stop := ""
	for {
		line, err := r.ReadString('\n')
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		data, ok := strings.CutPrefix(strings.TrimSpace(line), "data:")
		if !ok {
			continue
		}
		var c Completion
		if json.Unmarshal([]byte(strings.TrimSpace(data)), &c) != nil {
			continue
		}
		onDelta(c.Completion)
		if c.StopReason != "" {
			stop = c.StopReason
		}
	}
	fmt.Println("\nstop:", stop)
	return nil
}

func main() {
	err := streamComplete(context.Background(), "Spell the word 'go' backwards.", func(s string) { fmt.Print(s) })
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
