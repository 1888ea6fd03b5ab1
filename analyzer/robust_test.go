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
// linter must survive: multi-megabyte prompt literals and bytes that are
// not UTF-8. The findings must still be exact, and nothing may panic. A
// prompt past strval's first MiB is checked by its turn markers, with a
// note that the check was partial.
func TestBadInput(t *testing.T) {
	gopath := t.TempDir()
	src := filepath.Join(gopath, "src")
	require.NoError(t, os.MkdirAll(filepath.Join(src, "github.com", "anthropics"), 0o755))
	require.NoError(t, os.Symlink(
		filepath.Join(testdataDir(t), "src", "github.com", "anthropics", "anthropic-sdk-go"),
		filepath.Join(src, "github.com", "anthropics", "anthropic-sdk-go")))

	huge := strings.Repeat("lorem ipsum ", 300_000) // 3.6 MB, past strval's first MiB
	code := fmt.Sprintf(`package bad

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

const huge = %q

const late = %q

func calls(ctx context.Context, c anthropic.Client) {
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", MaxTokensToSample: 5, Prompt: "\n\nHuman: " + huge + "\n\nAssistant:"})
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", MaxTokensToSample: 5, Prompt: "\xff\xfe\n\nHuman: \xc3\x28\nAssistant:"})
	c.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", MaxTokensToSample: 5, Prompt: "\n\nHuman: " + late})
}
`, huge, huge+"\nAssistant:")
	require.NoError(t, os.MkdirAll(filepath.Join(src, "bad"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(src, "bad", "bad.go"), []byte(code), 0o644))

	results := analysistest.Run(lenient{}, gopath, analyzer.New(analyzer.Config{Today: today}), "bad")
	require.Len(t, results, 1)
	var got []string
	for _, d := range results[0].Diagnostics {
		p := results[0].Pass.Fset.Position(d.Pos)
		got = append(got, fmt.Sprintf("%d:%d %s", p.Line, p.Column, d.Category))
	}
	lines := strings.Split(code, "\n")
	// The second prompt's "\nAssistant:" starts at the backslash after
	// \xc3\x28 in the literal.
	col := strings.Index(lines[14], `\nAssistant:"`) + 1
	// The third prompt's single-newline label is at the end of the
	// constant late, 3.6 MB into its literal.
	lateCol := strings.LastIndex(lines[10], `\nAssistant:"`) + 1
	hugeAt := strings.Index(lines[13], `"\n\nHuman: " + huge`) + 1
	lateAt := strings.Index(lines[15], `"\n\nHuman: " + late`) + 1
	assert.ElementsMatch(t, []string{
		"14:2 legacy-api",
		fmt.Sprintf("14:%d prompt-advice", hugeAt), // checked in part
		"15:2 legacy-api",
		fmt.Sprintf("15:%d prompt-format", col),
		"16:2 legacy-api",
		fmt.Sprintf("16:%d prompt-advice", lateAt),
		fmt.Sprintf("11:%d prompt-format", lateCol),
	}, got)
}
