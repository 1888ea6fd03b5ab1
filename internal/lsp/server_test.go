package lsp

import (
	"go/ast"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
)

// humanAnalyzer reports string literals that start with "Human:" and fixes
// them by inserting "\n\n": enough to drive the server without depending on
// completelint's rules.
var humanAnalyzer = &analysis.Analyzer{
	Name: "human",
	Doc:  "test analyzer",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				lit, ok := n.(*ast.BasicLit)
				if ok && strings.HasPrefix(lit.Value, `"Human:`) {
					pass.Report(analysis.Diagnostic{
						Pos: lit.Pos() + 1, End: lit.Pos() + 7, Category: "prompt-sanitized",
						Message: "prompt starts with Human: without the leading newlines",
						SuggestedFixes: []analysis.SuggestedFix{{
							Message:   "Insert the leading newlines",
							TextEdits: []analysis.TextEdit{{Pos: lit.Pos() + 1, End: lit.Pos() + 1, NewText: []byte(`\n\n`)}},
						}},
					})
				}
				return true
			})
		}
		return nil, nil
	},
}

func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	return dir
}

func TestServerDiagnosticsAndQuickFix(t *testing.T) {
	// On disk the prompt is fine; the unsaved buffer has the problem behind
	// non-ASCII text, so both the overlay and UTF-16 columns are exercised.
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.24\n",
		"a.go":   "package m\n\nvar P = \"\\n\\nHuman: hi\\n\\nAssistant:\"\n",
		"b.go":   "package m\n\nvar Q = 1\n",
	})
	path := filepath.Join(dir, "a.go")
	uri := pathToURI(path)
	buffer := "package m\n\n/* é😀 */ var P = \"Human: hi\\n\\nAssistant:\"\n"

	c := startClient(t, humanAnalyzer)
	init := c.initialize()
	assert.Equal(t, SyncFull, init.Capabilities.TextDocumentSync.Change)
	assert.Equal(t, []string{QuickFix}, init.Capabilities.CodeActionProvider.CodeActionKinds)
	assert.Equal(t, "completelint", init.ServerInfo.Name)

	c.notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: TextDocumentItem{
		URI: uri, LanguageID: "go", Version: 1, Text: buffer}})
	pub := c.waitDiagnostics(uri, 1)
	require.Len(t, pub.Diagnostics, 1)
	d := pub.Diagnostics[0]
	// "/* é😀 */ var P = \"" is 19 UTF-16 units (22 bytes).
	assert.Equal(t, Range{Start: Position{2, 19}, End: Position{2, 25}}, d.Range)
	assert.Equal(t, "prompt-sanitized", d.Code)
	assert.Equal(t, "completelint", d.Source)
	assert.Equal(t, SeverityWarning, d.Severity)
	assert.Equal(t, "https://example.com/rules", d.CodeDescription.Href)

	// A cursor inside the diagnostic gets its fix; a cursor elsewhere nothing.
	var actions []CodeAction
	c.call("textDocument/codeAction", CodeActionParams{TextDocument: TextDocumentIdentifier{URI: uri},
		Range: Range{Start: Position{2, 21}, End: Position{2, 21}}}, &actions)
	require.Len(t, actions, 1)
	assert.Equal(t, "Insert the leading newlines", actions[0].Title)
	assert.Equal(t, QuickFix, actions[0].Kind)
	require.Len(t, actions[0].Edit.Changes[uri], 1)
	fixed := applyEdits(t, buffer, actions[0].Edit.Changes[uri])
	assert.Equal(t, "package m\n\n/* é😀 */ var P = \"\\n\\nHuman: hi\\n\\nAssistant:\"\n", fixed)

	var none []CodeAction
	c.call("textDocument/codeAction", CodeActionParams{TextDocument: TextDocumentIdentifier{URI: uri},
		Range: Range{Start: Position{0, 0}, End: Position{0, 3}}}, &none)
	assert.Empty(t, none)

	// Applying the fix clears the diagnostic.
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{
		TextDocument:   VersionedTextDocumentIdentifier{URI: uri, Version: 2},
		ContentChanges: []TextDocumentContentChangeEvent{{Text: fixed}}})
	pub = c.waitDiagnostics(uri, 2)
	assert.Empty(t, pub.Diagnostics)

	assert.Equal(t, 0, c.shutdown())
}

func TestServerKeepsQuietOnBrokenCode(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.24\n",
		"a.go":   "package m\n\nvar P = \"Human: hi\"\n",
	})
	uri := pathToURI(filepath.Join(dir, "a.go"))
	c := startClient(t, humanAnalyzer)
	c.initialize()
	c.notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: TextDocumentItem{
		URI: uri, LanguageID: "go", Version: 1, Text: "package m\n\nvar P = \"Human: hi\"\n"}})
	require.Len(t, c.waitDiagnostics(uri, 1).Diagnostics, 1)

	// A type error: no new diagnostics, and no stale fixes offered.
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{
		TextDocument:   VersionedTextDocumentIdentifier{URI: uri, Version: 2},
		ContentChanges: []TextDocumentContentChangeEvent{{Text: "package m\n\nvar P = \"Human: hi\" + 1\n"}}})
	var actions []CodeAction
	c.call("textDocument/codeAction", CodeActionParams{TextDocument: TextDocumentIdentifier{URI: uri},
		Range: Range{Start: Position{2, 10}, End: Position{2, 10}}}, &actions)
	assert.Empty(t, actions)

	// Closing clears the document's diagnostics.
	c.notify("textDocument/didClose", DidCloseTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: uri}})
	timeout := time.After(time.Minute)
	for cleared := false; !cleared; {
		select {
		case p := <-c.diags:
			if p.URI == uri && p.Version == nil {
				assert.Empty(t, p.Diagnostics)
				cleared = true
			}
		case <-timeout:
			t.Fatal("didClose did not clear the diagnostics")
		}
	}
	assert.Equal(t, 0, c.shutdown())
}

func TestServerExitWithoutShutdown(t *testing.T) {
	c := startClient(t, humanAnalyzer)
	c.initialize()
	var res any
	err := c.conn.Call(t.Context(), "textDocument/hover", map[string]any{}, &res)
	assert.ErrorContains(t, err, "method not supported")
	c.notify("exit", nil)
	assert.Equal(t, 1, <-c.done)
}
