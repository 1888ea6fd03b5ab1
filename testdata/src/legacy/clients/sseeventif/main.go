// Command sseeventif streams a completion with a bufio.Reader, remembers
// the name of each event, and skips the data of every event but the
// completions.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"

	_ "legacy/clients/internal/apiredirect"
)

type streamParams struct {
	Model             string  `json:"model"`
	Prompt            string  `json:"prompt"`
	MaxTokensToSample int     `json:"max_tokens_to_sample"`
	Temperature       float64 `json:"temperature,omitempty"`
	Stream            bool    `json:"stream"`
}

type chunk struct {
	Completion string `json:"completion"`
}

func stream(topic string, onText func(string)) error {
	b, err := json.Marshal(streamParams{
		Model:             "claude-instant-1.2",
		Prompt:            fmt.Sprintf("\n\nHuman: Write one sentence about %s.\n\nAssistant:", topic),
		MaxTokensToSample: 200,
		Temperature:       0.5,
		Stream:            true,
	})
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodPost, "https://api.anthropic.com/v1/complete", bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("content-type", "application/json")
	req.Header.Set("x-api-key", os.Getenv("ANTHROPIC_API_KEY"))
	req.Header.Set("anthropic-version", "2023-06-01")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	r := bufio.NewReader(resp.Body)
	name := ""
	for {
		line, err := r.ReadString('\n')
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		line = strings.TrimRight(line, "\r\n")
		if n, ok := strings.CutPrefix(line, "event: "); ok {
			name = n
			continue
		}
		data, ok := strings.CutPrefix(line, "data: ")
		if !ok {
			continue
		}
		if name == "error" {
			return errors.New(data)
		}
		if name != "completion" {
			continue
		}
		var c chunk
		if err := json.Unmarshal([]byte(data), &c); err != nil {
			return err
		}
		onText(c.Completion)
	}
}

func main() {
	var text strings.Builder
	err := stream("the sea", func(s string) {
		fmt.Print(s)
		text.WriteString(s)
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("\n%d bytes\n", text.Len())
}
