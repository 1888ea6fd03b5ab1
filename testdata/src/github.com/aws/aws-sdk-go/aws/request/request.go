// Package request is a stub of github.com/aws/aws-sdk-go/aws/request.
package request

// Request is a request to a service.
type Request struct{}

// Option modifies a Request.
type Option func(*Request)
