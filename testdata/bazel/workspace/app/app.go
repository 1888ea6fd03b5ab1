// Package app calls the legacy API only through llm.Ask.
package app

import (
	"context"

	"example.com/nogo/llm"
)

// Greet asks a question through the wrapper.
func Greet(ctx context.Context) (string, error) {
	return llm.Ask(ctx, "Say hello")
}
