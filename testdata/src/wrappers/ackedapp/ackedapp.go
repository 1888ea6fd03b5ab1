// Package ackedapp calls a wrapper whose own finding is suppressed: its
// calls are reported once here.
package ackedapp

import (
	"context"

	"wrappers/acked"
)

func use(ctx context.Context) {
	acked.Ask(ctx, "Hello") // want `^acked.Ask calls CompletionService.New \(legacy Text Completions\) at acked.go:18; migrate it to the Messages API$`
	acked.Ask(ctx, "Goodbye")
}
