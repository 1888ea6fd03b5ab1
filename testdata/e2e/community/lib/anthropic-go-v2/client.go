package anthropic

// A working client.go for the stub of
// github.com/madebywelch/anthropic-go/v2/pkg/anthropic
// (testdata/src/github.com/madebywelch/anthropic-go/v2/pkg/anthropic): the
// round trip test assembles the stub's types with this file into a module
// that really sends. It is written from the library's behaviour as its
// source shows it, not copied: requests to https://api.anthropic.com/v1/...
// with x-api-key and anthropic-version 2023-06-01 (and the messages beta
// header on Messages requests), Complete and Message refusing a streaming
// request, MessageStream refusing a model IsMessageStreamCompatible does
// not list. The library has no base URL option: a program points it
// elsewhere through http.DefaultTransport.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
)

type Client struct {
	httpClient *http.Client
	apiKey     string
	baseURL    string
}

func NewClient(apiKey string) (*Client, error) {
	if apiKey == "" {
		return nil, errors.New("apiKey is required")
	}
	return &Client{httpClient: &http.Client{}, apiKey: apiKey, baseURL: "https://api.anthropic.com"}, nil
}

func (c *Client) post(endpoint string, body any, beta bool) (*http.Response, error) {
	data, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodPost, c.baseURL+endpoint, bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Api-Key", c.apiKey)
	req.Header.Add("anthropic-version", "2023-06-01")
	if beta {
		req.Header.Set("anthropic-beta", "messages-2023-12-15")
	}
	resp, err := c.httpClient.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, fmt.Errorf("anthropic: status %d", resp.StatusCode)
	}
	return resp, nil
}

func (c *Client) Complete(req *CompletionRequest) (*CompletionResponse, error) {
	if req.Stream {
		return nil, errors.New("cannot use Complete with a streaming request, use CompleteStream instead")
	}
	resp, err := c.post("/v1/complete", req, false)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out CompletionResponse
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}

func (c *Client) CompleteStream(req *CompletionRequest) (<-chan StreamResponse, <-chan error) {
	events, errs := make(chan StreamResponse), make(chan error, 1)
	if !req.Stream {
		errs <- errors.New("cannot use CompleteStream with a non-streaming request, use Complete instead")
		return events, errs
	}
	go func() {
		defer close(events)
		resp, err := c.post("/v1/complete", req, false)
		if err != nil {
			errs <- err
			return
		}
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if data, ok := strings.CutPrefix(sc.Text(), "data:"); ok {
				var e StreamResponse
				if err := json.Unmarshal([]byte(strings.TrimSpace(data)), &e); err != nil {
					errs <- err
					return
				}
				events <- e
			}
		}
	}()
	return events, errs
}

func (c *Client) Message(req *MessageRequest) (*MessageResponse, error) {
	if req.Stream {
		return nil, errors.New("cannot use Message with streaming enabled, use MessageStream instead")
	}
	resp, err := c.post("/v1/messages", req, true)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out MessageResponse
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}

func (c *Client) MessageStream(req *MessageRequest) (<-chan MessageStreamResponse, <-chan error) {
	events, errs := make(chan MessageStreamResponse), make(chan error, 1)
	if !req.Stream {
		errs <- errors.New("cannot use MessageStream with a non-streaming request, use Message instead")
		return events, errs
	}
	if !req.Model.IsMessageStreamCompatible() {
		errs <- fmt.Errorf("model %s is not compatible with the messagestream endpoint", req.Model)
		return events, errs
	}
	errs <- errors.New("the round trip's anthropic-go does not stream Messages")
	return events, errs
}
