// Package requestconfig is reduced to the two types the option package names.
package requestconfig

// RequestConfig is opaque in this stub.
type RequestConfig struct{}

type RequestOption interface {
	Apply(*RequestConfig) error
}

type RequestOptionFunc func(*RequestConfig) error

func (s RequestOptionFunc) Apply(r *RequestConfig) error { return s(r) }
