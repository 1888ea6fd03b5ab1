package option

import (
	"net/http"
	"time"

	"github.com/anthropics/anthropic-sdk-go/internal/requestconfig"
)

type RequestOption = requestconfig.RequestOption

func noop() RequestOption {
	return requestconfig.RequestOptionFunc(func(*requestconfig.RequestConfig) error { return nil })
}

func WithBaseURL(base string) RequestOption              { return noop() }
func WithMaxRetries(retries int) RequestOption           { return noop() }
func WithHeader(key, value string) RequestOption         { return noop() }
func WithAPIKey(value string) RequestOption              { return noop() }
func WithRequestTimeout(dur time.Duration) RequestOption { return noop() }

// MiddlewareNext is a function which is called by a middleware to pass an HTTP request
// to the next stage in the middleware chain.
type MiddlewareNext = func(*http.Request) (*http.Response, error)

// Middleware is a function which intercepts HTTP requests, processing or modifying
// them, and then passing the request to the next middleware or handler
// in the chain by calling the provided MiddlewareNext function.
type Middleware = func(*http.Request, MiddlewareNext) (*http.Response, error)

// WithMiddleware returns a RequestOption that applies the given middleware
// to the requests made. Each middleware will execute in the order they were given.
func WithMiddleware(middlewares ...Middleware) RequestOption { return noop() }

// WithJSONSet returns a RequestOption that sets the body's JSON value associated with the key.
func WithJSONSet(key string, value any) RequestOption { return noop() }

// WithJSONDel returns a RequestOption that deletes the body's JSON value associated with the key.
func WithJSONDel(key string) RequestOption { return noop() }

// WithRequestBody returns a RequestOption that provides a custom serialized body with the given
// content type.
func WithRequestBody(contentType string, body any) RequestOption { return noop() }
