package option

import "github.com/anthropics/anthropic-sdk-go/internal/requestconfig"

type RequestOption = func(*requestconfig.RequestConfig) error

func noop(*requestconfig.RequestConfig) error { return nil }

func WithBaseURL(base string) RequestOption      { return noop }
func WithMaxRetries(retries int) RequestOption   { return noop }
func WithHeader(key, value string) RequestOption { return noop }
func WithAPIKey(value string) RequestOption      { return noop }
