//go:build !extra

package bad

import "github.com/anthropics/anthropic-sdk-go"

var client = anthropic.NewClient()
