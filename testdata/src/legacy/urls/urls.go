// Package urls exercises requests to the legacy endpoint by URL, and
// requests to other providers' /complete endpoints that must stay silent.
// A URL whose body is found is a related place of the body's diagnostic;
// only a URL sent with a body found nowhere is reported on its own.
package urls

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
)

const apiURL = "https://api.anthropic.com/v1/complete"

func constant(body []byte) {
	http.Post(apiURL, "application/json", bytes.NewReader(body)) // want `"https://api.anthropic.com/v1/complete" is the legacy Text Completions endpoint; migrate to the Messages API \(POST /v1/messages\): https://docs.anthropic.com/en/api/migrating-from-text-completions-to-messages`
}

func newRequest(ctx context.Context, body []byte) (*http.Request, error) {
	return http.NewRequestWithContext(ctx, http.MethodPost, "https://api.anthropic.com/v1/complete", bytes.NewReader(body)) // want `legacy Text Completions endpoint`
}

// concat joins a configured base with the path: the base is unknown, the
// path is Anthropic's.
func concat(body []byte) (*http.Request, error) {
	base := os.Getenv("ANTHROPIC_BASE_URL")
	return http.NewRequest("POST", base+"/v1/complete", bytes.NewReader(body)) // want `"<os.Getenv\("ANTHROPIC_BASE_URL"\)>/v1/complete" is the legacy`
}

type client struct {
	http    *http.Client
	baseURL string
}

func (c *client) post(body []byte) {
	c.http.Post(c.baseURL+"/v1/complete", "application/json", bytes.NewReader(body)) // want `"<c.baseURL>/v1/complete" is the legacy`
}

func sprintf(base string, body []byte) (*http.Request, error) {
	return http.NewRequest("POST", fmt.Sprintf("%s/v1/complete", base), bytes.NewReader(body)) // want `legacy Text Completions endpoint`
}

func joinPath(base string, body []byte) (*http.Request, error) {
	u, err := url.JoinPath(base, "v1", "complete")
	if err != nil {
		return nil, err
	}
	return http.NewRequest("POST", u, bytes.NewReader(body)) // want `"<base>/v1/complete" is the legacy`
}

// anthropicBase joins "/complete" to a base that names Anthropic's host.
func anthropicBase(body []byte) (*http.Request, error) {
	const base = "https://api.anthropic.com/v1"
	return http.NewRequest("POST", base+"/complete", bytes.NewReader(body)) // want `"https://api.anthropic.com/v1/complete" is the legacy`
}

// headers joins "/complete" to an unknown base; the Anthropic headers on
// the request show who receives it.
func headers(base string, body []byte) (*http.Request, error) {
	req, err := http.NewRequest("POST", base+"/complete", bytes.NewReader(body)) // want `"<base>/complete" is the legacy`
	if err != nil {
		return nil, err
	}
	req.Header.Set("Anthropic-Version", "2023-06-01")
	return req, nil
}

// proxy is a local gateway: the host says nothing, the path does.
func proxy(body []byte) {
	http.Post("http://localhost:8080/v1/complete", "application/json", bytes.NewReader(body)) // want `legacy Text Completions endpoint`
}

// otherComplete is another provider's /complete endpoint without any
// Anthropic evidence: not reported.
func otherComplete(body []byte) {
	http.Post("https://api.example.com/complete", "application/json", bytes.NewReader(body))
}

// otherBase joins "/complete" to an unknown base without Anthropic
// headers: not reported.
func otherBase(base string, body []byte) (*http.Request, error) {
	req, err := http.NewRequest("POST", base+"/complete", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer x")
	return req, nil
}

// otherV1 is another provider's /v1/complete on its own host: not reported.
func otherV1(body []byte) {
	http.Post("https://api.other-llm.example/v1/complete", "application/json", bytes.NewReader(body))
}

// messages is the Messages endpoint: not reported.
func messages(body []byte) {
	http.Post("https://api.anthropic.com/v1/messages", "application/json", bytes.NewReader(body))
}

// completions is a different path that merely ends in "complete"-like text:
// not reported.
func completions(body []byte) {
	http.Post("https://api.anthropic.com/v1/autocomplete", "application/json", bytes.NewReader(body))
}

// ask is a hand-written client: the body, the URL and the call of net/http
// are one request, reported once, at the body its fix rewrites.
func ask(ctx context.Context, key, question string) (string, error) {
	body, err := json.Marshal(map[string]any{ // want `^map literal builds a legacy Text Completions request body \(max_tokens_to_sample\)`
		"model":                "claude-sonnet-4-6",
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 256,
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.anthropic.com/v1/complete", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("x-api-key", key)
	req.Header.Set("anthropic-version", "2023-06-01")
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

// post sends the bodies its callers build: each caller's body is a request
// whose URL is post's.
func post(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	return err
}

func hello() error {
	return post(map[string]any{ // want `^map literal builds a legacy`
		"prompt":               "\n\nHuman: Hello\n\nAssistant:",
		"max_tokens_to_sample": 64,
	})
}

func goodbye() error {
	payload := map[string]any{ // want `^map literal builds a legacy`
		"prompt":               "\n\nHuman: Goodbye\n\nAssistant:",
		"max_tokens_to_sample": 64,
	}
	return post(payload)
}

// encoded writes the body through an encoder, which is not followed: the
// function's one URL is the body's.
func encoded(question string) error {
	var buf bytes.Buffer
	err := json.NewEncoder(&buf).Encode(map[string]any{ // want `^map literal builds a legacy`
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 64,
	})
	if err != nil {
		return err
	}
	_, err = http.Post("https://api.anthropic.com/v1/complete", "application/json", &buf)
	return err
}

// newBody builds the body that sendBuilt sends.
func newBody(question string) map[string]any {
	return map[string]any{ // want `^map literal builds a legacy`
		"prompt":               "\n\nHuman: " + question + "\n\nAssistant:",
		"max_tokens_to_sample": 64,
	}
}

func sendBuilt(question string) error {
	b, err := json.Marshal(newBody(question))
	if err != nil {
		return err
	}
	_, err = http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	return err
}
