// Command cgo calls C, and the legacy Text Completions API from the same
// file: the analysis sees cmd/cgo's translation of this file.
package main

// static int budget(int words) { return 2 * words; }
import "C"

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// ask's request has a rewrite, which a fix cannot apply in this file.
func ask(client *http.Client, base string, question string) (string, error) {
	body, err := json.Marshal(map[string]any{
		"model":                "claude-sonnet-4-6",
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": int(C.budget(C.int(50))),
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequest("POST", base+"/v1/complete", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	resp, err := client.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	text, _ := out["completion"].(string)
	return text, nil
}

// classify asks a retired model, with a prompt that has no Human turn.
func classify(client *http.Client, root string) (string, error) {
	body, err := json.Marshal(map[string]any{
		"model":                "claude-2.1",
		"prompt":               "You sort tickets. Ticket: printer on fire.\n\nAssistant:",
		"max_tokens_to_sample": 20,
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequest("POST", root+"/v1/complete", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	resp, err := client.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	text, _ := out["completion"].(string)
	return text, nil
}
