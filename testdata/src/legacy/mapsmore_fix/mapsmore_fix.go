// Package mapsmore_fix exercises map bodies whose prompt is built before
// the body (issue 10): by earlier statements, by a loop, by a function of
// the package, or set after the literal.
package mapsmore_fix

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

func answer(resp *http.Response) string {
	defer resp.Body.Close()
	return resp.Status
}

// The prompt is a variable built before the body.
func promptVar(question string) (string, error) {
	prompt := fmt.Sprintf("\n\nHuman: %s\n\nAssistant:", question)
	b, _ := json.Marshal(map[string]any{ // want `map literal builds a legacy Text Completions request body`
		"model":                "claude-sonnet-4-6",
		"prompt":               prompt,
		"max_tokens_to_sample": 100,
	})
	resp, err := http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	return answer(resp), nil
}

// The question changes after the prompt is built: the messages are built
// where the prompt was.
func promptChanged(question string) (string, error) {
	prompt := "Be brief.\n\nHuman: " + question + "\n\nAssistant:"
	question = strings.ToUpper(question)
	b, _ := json.Marshal(map[string]any{ // want `map literal builds a legacy Text Completions request body`
		"model":                "claude-sonnet-4-6",
		"prompt":               prompt,
		"max_tokens_to_sample": 100,
	})
	resp, err := http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	return answer(resp) + question, nil
}

// A loop adds to the Human turn.
func promptLoop(items []string) (string, error) {
	var sb strings.Builder
	sb.WriteString("\n\nHuman: Rank these:")
	for _, it := range items {
		sb.WriteString("\n- " + it)
	}
	sb.WriteString("\n\nAssistant:")
	b, _ := json.Marshal(map[string]any{ // want `map literal builds a legacy Text Completions request body`
		"model":                "claude-sonnet-4-6",
		"prompt":               sb.String(),
		"max_tokens_to_sample": 100,
	})
	resp, err := http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	return answer(resp), nil
}

func questionPrompt(topic, question string) string {
	return "\n\nHuman: About " + topic + ": " + question + "\n\nAssistant:"
}

// A function of the package builds the prompt.
func promptFunc(question string) (string, error) {
	b, _ := json.Marshal(map[string]any{ // want `map literal builds a legacy Text Completions request body`
		"model":                "claude-sonnet-4-6",
		"prompt":               questionPrompt("Go", question),
		"max_tokens_to_sample": 100,
	})
	resp, err := http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	return answer(resp), nil
}

// The prompt is set after the literal.
func promptAfter(question string) (string, error) {
	body := map[string]any{ // want `map literal builds a legacy Text Completions request body`
		"model":                "claude-sonnet-4-6",
		"max_tokens_to_sample": 100,
	}
	body["prompt"] = "\n\nHuman: " + question + "\n\nAssistant:"
	b, _ := json.Marshal(body)
	resp, err := http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	return answer(resp), nil
}

// Keys set under conditions after the literal: temperature and stop
// sequences keep their names and values.
func keysUnderConditions(question string, temperature float64, tool bool) (string, error) {
	body := map[string]any{ // want `map literal builds a legacy Text Completions request body`
		"model":                "claude-sonnet-4-6",
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 100,
	}
	if temperature >= 0 {
		body["temperature"] = temperature
	}
	if tool {
		body["stop_sequences"] = []string{"\n\nHuman:", "</tool>"} // want `redundant`
	}
	b, _ := json.Marshal(body)
	resp, err := http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	return answer(resp), nil
}
