// Package fields exercises model ids that reach a request through a field
// of a struct of this package: a hand-written client's Model, set by its
// constructor, by an assignment, by an unkeyed literal or by a flag.
package fields

import (
	"context"
	"flag"
	"os"

	"github.com/anthropics/anthropic-sdk-go"
)

const ok = "\n\nHuman: hi\n\nAssistant:"

// client keeps its model in a field, set by its constructor.
type client struct {
	api   anthropic.Client
	model string
}

func newClient() *client {
	return &client{api: anthropic.NewClient(), model: "claude-2.1"} // want `model "claude-2.1" \(stored in client.model\) was retired on 2025-07-21`
}

// Both methods send the one origin: it is reported once.
func (c *client) complete(ctx context.Context) {
	c.api.Completions.New(ctx, anthropic.CompletionNewParams{Model: c.model, MaxTokensToSample: 5, Prompt: ok}) // want `legacy`
}

func (c *client) completeAgain(ctx context.Context) {
	c.api.Completions.New(ctx, anthropic.CompletionNewParams{Model: c.model, MaxTokensToSample: 5, Prompt: ok}) // want `legacy`
}

// other has a field of the same name that no request reads: its value is
// not an origin (fields are told apart by type, not by name).
type other struct{ model string }

var unrelated = other{model: "claude-2.0"}

// bot's model is given by an assignment after construction, or by an
// unkeyed literal; the value of os.Getenv is unknown, and leaves the
// origins incomplete.
type bot struct {
	name  string
	model string
}

func newBot(fast bool) bot {
	b := bot{name: "b"}
	b.model = "claude-instant-1.2" // want `model "claude-instant-1.2" \(stored in bot.model\) was retired`
	if fast {
		b = bot{"fast", "claude-3-haiku-20240307"} // want `model "claude-3-haiku-20240307" \(stored in bot.model\) was retired on 2026-04-20`
	}
	if m := os.Getenv("BOT_MODEL"); m != "" {
		b.model = m
	}
	return b
}

func (b bot) ask(ctx context.Context, api anthropic.Client) {
	api.Completions.New(ctx, anthropic.CompletionNewParams{Model: b.model, MaxTokensToSample: 5, Prompt: ok}) // want `legacy`
}

// Config's Model is exported and set by a flag and by the argument of a
// constructor; a Messages call reads it.
type Config struct {
	Model string
}

func configure(model string) *Config {
	cfg := &Config{Model: model}
	flag.StringVar(&cfg.Model, "model", "claude-sonnet-4-5", "model id") // want `model "claude-sonnet-4-5" \(the default of flag -model\) is deprecated`
	return cfg
}

func run(ctx context.Context, api anthropic.Client) {
	cfg := configure("claude-2.0") // want `model "claude-2.0" \(passed to configure at fields.go:\d+\) was retired`
	api.Messages.New(ctx, anthropic.MessageNewParams{Model: cfg.Model, MaxTokens: 5})
}
