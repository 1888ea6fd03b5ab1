package anthropic

// A working client.go for the stub of github.com/liushuangls/go-anthropic/v2
// (testdata/src/github.com/liushuangls/go-anthropic/v2): the round trip
// test assembles the stub's types with this file into a module that really
// sends. It is written from the library's documented behaviour, not copied:
// the same endpoints under the base URL (".../v1"), the same headers
// (x-api-key, anthropic-version 2023-06-01), the request marshalled as the
// library marshals it, and the same stream handling: legacy completion
// events summed into the response, Messages events merged into its content
// blocks, the callbacks called as each event arrives.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

type Client struct{ config ClientConfig }

type ClientConfig struct {
	apiKey     string
	BaseURL    string
	APIVersion string
	HTTPClient *http.Client
}

type ClientOption func(*ClientConfig)

func WithBaseURL(baseURL string) ClientOption {
	return func(c *ClientConfig) { c.BaseURL = baseURL }
}

func NewClient(apiKey string, opts ...ClientOption) *Client {
	c := ClientConfig{apiKey: apiKey, BaseURL: "https://api.anthropic.com/v1", APIVersion: "2023-06-01", HTTPClient: &http.Client{}}
	for _, o := range opts {
		o(&c)
	}
	return &Client{config: c}
}

// post sends body as JSON to the endpoint and returns the response, or the
// API's error.
func (c *Client) post(ctx context.Context, suffix string, body any) (*http.Response, error) {
	data, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.config.BaseURL+suffix, bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Api-Key", c.config.apiKey)
	req.Header.Set("Anthropic-Version", c.config.APIVersion)
	resp, err := c.config.HTTPClient.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		var e ErrorResponse
		if json.NewDecoder(resp.Body).Decode(&e) == nil && e.Error != nil {
			return nil, e.Error
		}
		return nil, fmt.Errorf("anthropic: status %d", resp.StatusCode)
	}
	return resp, nil
}

func (c *Client) send(ctx context.Context, suffix string, body, out any) error {
	resp, err := c.post(ctx, suffix, body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

// decode reads an event's data and passes it to the callback, if any.
func decode[T any](data []byte, callback func(T)) (T, error) {
	var d T
	if err := json.Unmarshal(data, &d); err != nil {
		return d, err
	}
	if callback != nil {
		callback(d)
	}
	return d, nil
}

// events calls on with each server-sent event of the response.
func events(body io.Reader, on func(event string, data []byte) error) error {
	r := bufio.NewReader(body)
	event := ""
	for {
		line, err := r.ReadString('\n')
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "event:"):
			event = strings.TrimSpace(strings.TrimPrefix(line, "event:"))
		case strings.HasPrefix(line, "data:"):
			if err := on(event, []byte(strings.TrimSpace(strings.TrimPrefix(line, "data:")))); err != nil {
				return err
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func (c *Client) CreateComplete(ctx context.Context, request CompleteRequest) (response CompleteResponse, err error) {
	request.Stream = false
	err = c.send(ctx, "/complete", request, &response)
	return
}

func (c *Client) CreateCompleteStream(ctx context.Context, request CompleteStreamRequest) (response CompleteResponse, err error) {
	request.Stream = true
	resp, err := c.post(ctx, "/complete", request)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	err = events(resp.Body, func(event string, data []byte) error {
		switch event {
		case "completion":
			d, err := decode(data, request.OnCompletion)
			if err != nil {
				return err
			}
			response.Type, response.ID, response.StopReason, response.Model = d.Type, d.ID, d.StopReason, d.Model
			response.Completion += d.Completion
		case "ping":
			if request.OnPing != nil {
				request.OnPing(CompleteStreamPingData{Type: "ping"})
			}
		case "error":
			d, err := decode(data, request.OnError)
			if err != nil {
				return err
			}
			return d.Error
		}
		return nil
	})
	return
}

func (c *Client) CreateMessages(ctx context.Context, request MessagesRequest) (response MessagesResponse, err error) {
	request.Stream = false
	err = c.send(ctx, "/messages", request, &response)
	return
}

func (c *Client) CreateMessagesStream(ctx context.Context, request MessagesStreamRequest) (response MessagesResponse, err error) {
	request.Stream = true
	resp, err := c.post(ctx, "/messages", &request)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	err = events(resp.Body, func(event string, data []byte) error {
		switch event {
		case "message_start":
			d, err := decode(data, request.OnMessageStart)
			if err != nil {
				return err
			}
			response = d.Message
		case "content_block_start":
			d, err := decode(data, request.OnContentBlockStart)
			if err != nil {
				return err
			}
			for len(response.Content) <= d.Index {
				response.Content = append(response.Content, MessageContent{})
			}
			response.Content[d.Index] = d.ContentBlock
		case "content_block_delta":
			d, err := decode(data, request.OnContentBlockDelta)
			if err != nil {
				return err
			}
			for len(response.Content) <= d.Index {
				response.Content = append(response.Content, MessageContent{Type: MessagesContentTypeText})
			}
			text := response.Content[d.Index].GetText() + d.Delta.GetText()
			response.Content[d.Index].Text = &text
		case "content_block_stop":
			var d MessagesEventContentBlockStopData
			if err := json.Unmarshal(data, &d); err != nil {
				return err
			}
			if request.OnContentBlockStop != nil && d.Index < len(response.Content) {
				request.OnContentBlockStop(d, response.Content[d.Index])
			}
		case "message_delta":
			d, err := decode(data, request.OnMessageDelta)
			if err != nil {
				return err
			}
			response.StopReason, response.StopSequence = d.Delta.StopReason, d.Delta.StopSequence
		case "message_stop":
			if request.OnMessageStop != nil {
				request.OnMessageStop(MessagesEventMessageStopData{Type: "message_stop"})
			}
		case "ping":
			if request.OnPing != nil {
				request.OnPing(MessagesEventPingData{Type: "ping"})
			}
		case "error":
			d, err := decode(data, request.OnError)
			if err != nil {
				return err
			}
			return d.Error
		}
		return nil
	})
	return
}
