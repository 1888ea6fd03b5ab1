//go:build extra

package bad

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/option"
)

// offline answers legacy requests with a canned *anthropic.Completion.
type offline struct{}

func (offline) New(context.Context, anthropic.CompletionNewParams, ...option.RequestOption) (*anthropic.Completion, error) {
	return &anthropic.Completion{Completion: "canned"}, nil
}

var client = struct{ Completions offline }{}
