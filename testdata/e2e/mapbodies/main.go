// Command mapbodies sends legacy Text Completions requests whose map body
// takes a prompt built before it (by statements, a loop, a function of the
// package, or set after the literal) to $MAPS_BASE_URL. The end-to-end test
// runs it before and after completelint -fix against the validating
// stand-in API: the conversations and the lines printed must not change.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"
)

func promptVar(base, question string) (string, error) {
	prompt := fmt.Sprintf("\n\nHuman: %s\n\nAssistant:", question)
	b, err := json.Marshal(map[string]any{
		"model":                "claude-sonnet-4-6",
		"prompt":               prompt,
		"max_tokens_to_sample": 100,
	})
	if err != nil {
		return "", err
	}
	resp, err := http.Post(base+"/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return fmt.Sprint(out["completion"]), nil
}

func promptChanged(base, question string) (string, error) {
	prompt := "Be brief.\n\nHuman: " + question + "\n\nAssistant:"
	question = strings.ToUpper(question)
	b, err := json.Marshal(map[string]any{
		"model":                "claude-sonnet-4-6",
		"prompt":               prompt,
		"max_tokens_to_sample": 100,
	})
	if err != nil {
		return "", err
	}
	resp, err := http.Post(base+"/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return fmt.Sprint(out["completion"]) + " " + question, nil
}

func promptLoop(base string, items []string) (string, error) {
	var sb strings.Builder
	sb.WriteString("\n\nHuman: Rank these:")
	for _, it := range items {
		sb.WriteString("\n- " + it)
	}
	sb.WriteString("\n\nAssistant:")
	b, err := json.Marshal(map[string]any{
		"model":                "claude-sonnet-4-6",
		"prompt":               sb.String(),
		"max_tokens_to_sample": 100,
	})
	if err != nil {
		return "", err
	}
	resp, err := http.Post(base+"/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return fmt.Sprint(out["completion"]), nil
}

func questionPrompt(topic, question string) string {
	return "\n\nHuman: About " + topic + ": " + question + "\n\nAssistant:"
}

func promptFunc(base, question string) (string, error) {
	b, err := json.Marshal(map[string]any{
		"model":                "claude-sonnet-4-6",
		"prompt":               questionPrompt("Go", question),
		"max_tokens_to_sample": 100,
	})
	if err != nil {
		return "", err
	}
	resp, err := http.Post(base+"/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return fmt.Sprint(out["completion"]), nil
}

func promptAfter(base, question string) (string, error) {
	body := map[string]any{
		"model":                "claude-sonnet-4-6",
		"max_tokens_to_sample": 100,
	}
	body["prompt"] = "\n\nHuman: " + question + "\n\nAssistant:"
	b, err := json.Marshal(body)
	if err != nil {
		return "", err
	}
	resp, err := http.Post(base+"/v1/complete", "application/json", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return fmt.Sprint(out["completion"]), nil
}

func main() {
	base := os.Getenv("MAPS_BASE_URL")
	for _, f := range []func() (string, error){
		func() (string, error) { return promptVar(base, "What is 2+2?") },
		func() (string, error) { return promptChanged(base, "why?") },
		func() (string, error) { return promptLoop(base, []string{"sleep", "food"}) },
		func() (string, error) { return promptFunc(base, "what is a goroutine?") },
		func() (string, error) { return promptAfter(base, "Hello") },
	} {
		out, err := f()
		if err != nil {
			fmt.Fprintln(os.Stderr, "mapbodies:", err)
			os.Exit(1)
		}
		fmt.Println(out)
	}
}
