// Package review asks Claude to review code changes through the legacy Text
// Completions API of anthropic-sdk-go v1.2.0, where Model is a named string
// type and optional parameters are param.Opt values.
package review

import (
	"context"
	"fmt"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

// A Reviewer reviews diffs with one client and model.
type Reviewer struct {
	Client *anthropic.Client
	Model  string
	User   string
}

// Review returns Claude's review of diff, in at most limit words.
func (r *Reviewer) Review(ctx context.Context, diff string, limit int) (string, error) {
	resp, err := r.Client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             anthropic.ModelClaude_2_1,
		MaxTokensToSample: 800,
		Temperature:       anthropic.Float(0.2),
		Metadata:          anthropic.MetadataParam{UserID: anthropic.String(r.User)},
		Prompt: fmt.Sprintf("You review Go code.\n\nHuman: Review this diff in at most %d words:\n<diff>\n%s\n</diff>\n\nAssistant: Here is my review:",
			limit, diff),
	})
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(resp.Completion), nil
}

// Explain streams an explanation of a function to emit, piece by piece.
func (r *Reviewer) Explain(ctx context.Context, function string, emit func(string)) error {
	var prompt strings.Builder
	prompt.WriteString("\n\nHuman: Explain what this Go function does:\n\n")
	prompt.WriteString(function)
	prompt.WriteString("\n\nAssistant:")
	stream := r.Client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{
		Model:             anthropic.Model(r.Model),
		MaxTokensToSample: 400,
		TopK:              anthropic.Int(40),
		StopSequences:     []string{"\n\nHuman:"},
		Prompt:            prompt.String(),
	})
	defer stream.Close()
	for stream.Next() {
		emit(stream.Current().Completion)
	}
	return stream.Err()
}
