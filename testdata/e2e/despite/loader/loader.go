// Package loader imports golang.org/x/tools at v0.12.0, whose
// internal/tokeninternal no longer compiles with Go 1.25 and later. The
// package's own code type-checks, and so does its legacy request.
package loader

import (
	"bytes"
	"encoding/json"
	"net/http"

	"golang.org/x/tools/go/packages"
)

// Mode is what Load asks go/packages for.
const Mode = packages.NeedName | packages.NeedFiles

// Load lists the packages matching patterns.
func Load(patterns ...string) ([]*packages.Package, error) {
	return packages.Load(&packages.Config{Mode: Mode}, patterns...)
}

// Summarize asks the legacy Text Completions API to summarise a package.
func Summarize(base, name string) (string, error) {
	body, err := json.Marshal(map[string]any{
		"model":                "claude-2.1",
		"prompt":               "\n\nHuman: " + "Summarise package " + name + "." + "\n\nAssistant:",
		"max_tokens_to_sample": 100,
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequest("POST", base+"/v1/complete", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	resp, err := http.DefaultClient.Do(req)
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
