// Package flags exercises model ids that reach a request from elsewhere: a
// flag's default, the callers of a function, cmp.Or fallbacks.
package flags

import (
	"cmp"
	"context"
	"flag"
	"os"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/spf13/pflag"
)

const ok = "\n\nHuman: hi\n\nAssistant:"

var (
	fromFlag = flag.String("model", "claude-2.1", "model id") // want `model "claude-2.1" \(the default of flag -model\) was retired on 2025-07-21`
	viaVar   string
	fromP    = pflag.StringP("pmodel", "p", "claude-instant-1.2", "model id") // want `model "claude-instant-1.2" \(the default of flag -pmodel\) was retired`
)

func init() {
	flag.StringVar(&viaVar, "other", "claude-3-haiku-20240307", "model id") // want `model "claude-3-haiku-20240307" \(the default of flag -other\) was retired on 2026-04-20`
}

func send(ctx context.Context, c anthropic.Client, model string) {
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: model, MaxTokensToSample: 5, Prompt: ok}) // want `legacy`
}

func main() {
	ctx := context.Background()
	c := anthropic.NewClient()
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: *fromFlag, MaxTokensToSample: 5, Prompt: ok}) // want `legacy`
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: *fromP, MaxTokensToSample: 5, Prompt: ok})    // want `legacy`
	c.Messages.New(ctx, anthropic.MessageNewParams{Model: viaVar, MaxTokens: 5})
	send(ctx, c, "claude-2.0")                               // want `model "claude-2.0" \(passed to send at flags.go:\d+\) was retired`
	model := cmp.Or(os.Getenv("MODEL"), "claude-sonnet-4-5") // want `model "claude-sonnet-4-5" is deprecated`
	c.Messages.New(ctx, anthropic.MessageNewParams{Model: model, MaxTokens: 5})
}
