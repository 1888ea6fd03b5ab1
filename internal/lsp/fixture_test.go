package lsp

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/completelint/completelint/analyzer"
)

// TestCompletelintOnFixture runs the real analyzer on the fixture module
// (real SDK v1.84.0): a legacy call gets a legacy-api diagnostic whose quick
// fix rewrites it to the Messages API. It logs the open -> diagnostics round
// trip, first and median of later edits.
func TestCompletelintOnFixture(t *testing.T) {
	path, err := filepath.Abs("../../testdata/integration/golangci/legacy.go")
	require.NoError(t, err)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	content := string(data)
	uri := pathToURI(path)

	c := startClient(t, analyzer.New(analyzer.Config{Today: "2026-01-15"}))
	c.initialize()
	start := time.Now()
	c.notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: TextDocumentItem{
		URI: uri, LanguageID: "go", Version: 1, Text: content}})
	pub := c.waitDiagnostics(uri, 1)
	first := time.Since(start)

	var legacy *Diagnostic
	for i, d := range pub.Diagnostics {
		if d.Code == "legacy-api" {
			legacy = &pub.Diagnostics[i]
		}
	}
	require.NotNil(t, legacy, "no legacy-api diagnostic in %+v", pub.Diagnostics)
	// legacy.go:13:14, "client.Completions.New(" in 0-based LSP coordinates.
	assert.Equal(t, Position{12, 13}, legacy.Range.Start)

	// Edits that keep the code valid: the round trip of an analysis.
	var rounds []time.Duration
	for v := 2; v <= 6; v++ {
		start := time.Now()
		c.notify("textDocument/didChange", DidChangeTextDocumentParams{
			TextDocument:   VersionedTextDocumentIdentifier{URI: uri, Version: v},
			ContentChanges: []TextDocumentContentChangeEvent{{Text: content + fmt.Sprintf("\n// edit %d\n", v)}}})
		pub := c.waitDiagnostics(uri, v)
		rounds = append(rounds, time.Since(start))
		assert.NotEmpty(t, pub.Diagnostics)
	}
	slices.Sort(rounds)
	t.Logf("open -> diagnostics: first %v, median of %d edits %v", first.Round(time.Millisecond),
		len(rounds), rounds[len(rounds)/2].Round(time.Millisecond))

	final := content + "\n// edit 6\n"
	var actions []CodeAction
	c.call("textDocument/codeAction", CodeActionParams{TextDocument: TextDocumentIdentifier{URI: uri},
		Range: Range{Start: legacy.Range.Start, End: legacy.Range.Start}}, &actions)
	var rewrite *CodeAction
	for i, a := range actions {
		if len(a.Diagnostics) == 1 && a.Diagnostics[0].Code == "legacy-api" {
			rewrite = &actions[i]
		}
	}
	require.NotNil(t, rewrite, "no quick fix for legacy-api in %+v", actions)
	assert.Equal(t, QuickFix, rewrite.Kind)
	fixed := applyEdits(t, final, rewrite.Edit.Changes[uri])
	assert.Contains(t, fixed, "client.Messages.New(")
	assert.NotContains(t, fixed, "Completions.New(")
	assert.True(t, strings.HasSuffix(fixed, "\n// edit 6\n"), "edits stay inside the call")
	assertGofmt(t, fixed)

	assert.Equal(t, 0, c.shutdown())
}
