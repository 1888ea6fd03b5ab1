// Package requestconfig is reduced to the type the option package names.
package requestconfig

// RequestConfig is opaque in this stub.
type RequestConfig struct{}
