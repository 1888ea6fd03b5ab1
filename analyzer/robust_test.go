package analyzer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/analyzer"
)

// TestBadInput runs the analyzer on inputs real code bases contain and a
// linter must survive: a multi-megabyte prompt literal and bytes that are
// not UTF-8. The findings must still be exact, and nothing may panic.
func TestBadInput(t *testing.T) {
	gopath := t.TempDir()
	src := filepath.Join(gopath, "src")
	require.NoError(t, os.MkdirAll(filepath.Join(src, "github.com", "anthropics"), 0o755))
	require.NoError(t, os.Symlink(
		filepath.Join(testdataDir(t), "src", "github.com", "anthropics", "anthropic-sdk-go"),
		filepath.Join(src, "github.com", "anthropics", "anthropic-sdk-go")))

	huge := strings.Repeat("lorem ipsum ", 300_000) // 3.6 MB, past strval's 1 MiB cap
	code := fmt.Sprintf(`package bad

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

const huge = %q

func calls(ctx context.Context, c anthropic.Client) {
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", MaxTokensToSample: 5, Prompt: "\n\nHuman: " + huge + "\n\nAssistant:"})
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", MaxTokensToSample: 5, Prompt: "\xff\xfe\n\nHuman: \xc3\x28\nAssistant:"})
}
`, huge)
	require.NoError(t, os.MkdirAll(filepath.Join(src, "bad"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(src, "bad", "bad.go"), []byte(code), 0o644))

	results := analysistest.Run(lenient{}, gopath, analyzer.New(analyzer.Config{Today: today}), "bad")
	require.Len(t, results, 1)
	var got []string
	for _, d := range results[0].Diagnostics {
		p := results[0].Pass.Fset.Position(d.Pos)
		got = append(got, fmt.Sprintf("%d:%d %s", p.Line, p.Column, d.Category))
	}
	// The second prompt's "\nAssistant:" starts at the backslash after
	// \xc3\x28 in the literal.
	col := strings.Index(strings.Split(code, "\n")[12], `\nAssistant:"`) + 1
	assert.ElementsMatch(t, []string{
		"12:2 legacy-api",
		"13:2 legacy-api",
		fmt.Sprintf("13:%d prompt-format", col),
	}, got)
}
