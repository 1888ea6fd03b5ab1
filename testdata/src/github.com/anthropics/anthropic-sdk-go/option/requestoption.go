package option

import (
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
