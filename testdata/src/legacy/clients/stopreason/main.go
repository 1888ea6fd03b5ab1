// Command stopreason is service code whose helper returns the completion
// and its stop reason to the caller, which logs both and retries on a
// truncated answer.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"

	_ "legacy/clients/internal/apiredirect"
)

type Service struct {
	Endpoint string
	Key      string
}

type completionReq struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}

type completionResp struct {
	Completion string `json:"completion"`
	StopReason string `json:"stop_reason"`
	Model      string `json:"model"`
}

func (s *Service) Answer(ctx context.Context, question string) (string, string, error) {
	body, err := json.Marshal(completionReq{
		Model:             "claude-2.1",
		Prompt:            fmt.Sprintf("\n\nHuman: Answer briefly: %s\n\nAssistant:", question),
		MaxTokensToSample: 400,
	})
	if err != nil {
		return "", "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.Endpoint+"/v1/complete", bytes.NewReader(body))
	if err != nil {
		return "", "", err
	}
	req.Header.Set("x-api-key", s.Key)
	req.Header.Set("anthropic-version", "2023-06-01")
	req.Header.Set("content-type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", "", err
	}
	defer resp.Body.Close()
	var cr completionResp
	if err := json.NewDecoder(resp.Body).Decode(&cr); err != nil {
		return "", "", err
	}
	return cr.Completion, cr.StopReason, nil
}

func main() {
	s := &Service{Endpoint: "https://api.anthropic.com", Key: os.Getenv("ANTHROPIC_API_KEY")}
	text, stop, err := s.Answer(context.Background(), "How many legs does a spider have?")
	if err != nil {
		log.Fatal(err)
	}
	if stop == "max_tokens" {
		fmt.Println("(truncated)")
	}
	fmt.Printf("answer=%q stop=%s\n", text, stop)
}
