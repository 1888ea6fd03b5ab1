package lsp

import (
	"encoding/json"
	"go/ast"
	"go/format"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

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
	Run:  runHuman,
}

func runHuman(pass *analysis.Pass) (any, error) {
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
}

// countingAnalyzer is humanAnalyzer counting its runs.
func countingAnalyzer() (*analysis.Analyzer, *atomic.Int32) {
	var runs atomic.Int32
	return &analysis.Analyzer{
		Name: "human",
		Doc:  "test analyzer",
		Run: func(pass *analysis.Pass) (any, error) {
			runs.Add(1)
			return runHuman(pass)
		},
	}, &runs
}

// trimAnalyzer reports strings.TrimSpace calls and fixes them by dropping
// the call, badly spaced, so that the file needs formatting afterwards and
// its "strings" import becomes unused.
var trimAnalyzer = &analysis.Analyzer{
	Name: "trim",
	Doc:  "test analyzer",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) != 1 {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "TrimSpace" {
					return true
				}
				arg := call.Args[0]
				pass.Report(analysis.Diagnostic{
					Pos: call.Pos(), End: call.End(), Category: "param-advice", Message: "TrimSpace is not needed",
					SuggestedFixes: []analysis.SuggestedFix{{
						Message: "Drop TrimSpace",
						TextEdits: []analysis.TextEdit{
							{Pos: call.Pos(), End: arg.Pos(), NewText: []byte("(  ")},
							{Pos: arg.End(), End: call.End(), NewText: []byte("   )")},
						},
					}},
				})
				return true
			})
		}
		return nil, nil
	},
}

func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	require.NoError(t, err)
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
	return dir
}

const goMod = "module example.com/m\n\ngo 1.24\n"

// serve writes a module of files, starts a server running a, and opens the
// file named open as it is on disk.
func serve(t *testing.T, a *analysis.Analyzer, files map[string]string, open string) (*client, string, DocumentURI) {
	t.Helper()
	dir := writeModule(t, files)
	c := startClient(t, a)
	c.initialize()
	return c, dir, c.open(filepath.Join(dir, filepath.FromSlash(open)), files[open])
}

func (c *client) open(path, text string) DocumentURI {
	c.t.Helper()
	uri := pathToURI(path)
	c.notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: TextDocumentItem{
		URI: uri, LanguageID: "go", Version: 1, Text: text}})
	return uri
}

func (c *client) change(uri DocumentURI, version int, text string) {
	c.t.Helper()
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{
		TextDocument:   VersionedTextDocumentIdentifier{URI: uri, Version: version},
		ContentChanges: []TextDocumentContentChangeEvent{{Text: text}}})
}

func (c *client) codeActions(uri DocumentURI, at Position, only ...string) []CodeAction {
	c.t.Helper()
	var actions []CodeAction
	c.call("textDocument/codeAction", CodeActionParams{TextDocument: TextDocumentIdentifier{URI: uri},
		Range: Range{Start: at, End: at}, Context: CodeActionContext{Only: only}}, &actions)
	return actions
}

// failure returns the message of the "did not analyse" diagnostic in p, or "".
func failure(p PublishDiagnosticsParams) string {
	for _, d := range p.Diagnostics {
		if strings.HasPrefix(d.Message, "completelint did not analyse this package") {
			return d.Message
		}
	}
	return ""
}

func TestServerDiagnosticsAndQuickFix(t *testing.T) {
	// On disk the prompt is fine; the unsaved buffer has the problem behind
	// non-ASCII text, so both the buffer and UTF-16 columns are exercised.
	dir := writeModule(t, map[string]string{
		"go.mod": goMod,
		"a.go":   "package m\n\nvar P = \"\\n\\nHuman: hi\\n\\nAssistant:\"\n",
		"b.go":   "package m\n\nvar Q = 1\n",
	})
	buffer := "package m\n\n/* é😀 */ var P = \"Human: hi\\n\\nAssistant:\"\n"

	c := startClient(t, humanAnalyzer)
	init := c.initialize()
	assert.Equal(t, SyncFull, init.Capabilities.TextDocumentSync.Change)
	assert.Equal(t, []string{QuickFix}, init.Capabilities.CodeActionProvider.CodeActionKinds)
	assert.Equal(t, "completelint", init.ServerInfo.Name)

	uri := c.open(filepath.Join(dir, "a.go"), buffer)
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
	actions := c.codeActions(uri, Position{2, 21})
	require.Len(t, actions, 1)
	assert.Equal(t, "Insert the leading newlines", actions[0].Title)
	assert.Equal(t, QuickFix, actions[0].Kind)
	// The fix, then gofmt (as `-fix` writes it): the comment gets its own line.
	fixed := applyEdits(t, buffer, actions[0].Edit.Changes[uri])
	assert.Equal(t, "package m\n\n/* é😀 */\nvar P = \"\\n\\nHuman: hi\\n\\nAssistant:\"\n", fixed)
	assert.Contains(t, actions[0].Edit.Changes[uri], TextEdit{Range: Range{Start: Position{2, 19}, End: Position{2, 19}}, NewText: `\n\n`},
		"the minimal edit, in UTF-16 columns")
	assertGofmt(t, fixed)
	assert.Empty(t, c.codeActions(uri, Position{0, 1}))

	// Applying the fix clears the diagnostic.
	c.change(uri, 2, fixed)
	assert.Empty(t, c.waitDiagnostics(uri, 2).Diagnostics)

	assert.Equal(t, 0, c.shutdown())
}

func assertGofmt(t *testing.T, src string) {
	t.Helper()
	formatted, err := format.Source([]byte(src))
	require.NoError(t, err)
	assert.Equal(t, string(formatted), src, "gofmt changes the fixed file")
}

// TestQuickFixIsFormatted: a fix whose edits leave the file unformatted and
// an import unused arrives formatted, the import removed, as -fix writes it.
func TestQuickFixIsFormatted(t *testing.T) {
	src := "package m\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc F(s string) string {\n\tfmt.Println(s)\n\treturn strings.TrimSpace(s) + \"!\"\n}\n"
	c, _, uri := serve(t, trimAnalyzer, map[string]string{"go.mod": goMod, "a.go": src}, "a.go")
	pub := c.waitDiagnostics(uri, 1)
	require.Len(t, pub.Diagnostics, 1)
	actions := c.codeActions(uri, pub.Diagnostics[0].Range.Start)
	require.Len(t, actions, 1)
	fixed := applyEdits(t, src, actions[0].Edit.Changes[uri])
	assert.Equal(t, "package m\n\nimport (\n\t\"fmt\"\n)\n\nfunc F(s string) string {\n\tfmt.Println(s)\n\treturn (s) + \"!\"\n}\n", fixed)
	assertGofmt(t, fixed)
	assert.Equal(t, 0, c.shutdown())
}

func TestCodeActionOnly(t *testing.T) {
	src := "package m\n\nvar P = \"Human: hi\"\n"
	c, _, uri := serve(t, humanAnalyzer, map[string]string{"go.mod": goMod, "a.go": src}, "a.go")
	require.Len(t, c.waitDiagnostics(uri, 1).Diagnostics, 1)
	at := Position{2, 10}
	assert.Len(t, c.codeActions(uri, at), 1, "no filter")
	assert.Len(t, c.codeActions(uri, at, "quickfix"), 1)
	assert.Len(t, c.codeActions(uri, at, "source", "quickfix"), 1)
	assert.Empty(t, c.codeActions(uri, at, "source"))
	assert.Empty(t, c.codeActions(uri, at, "source.fixAll"))
	assert.Empty(t, c.codeActions(uri, at, "refactor.rewrite"))
	assert.Empty(t, c.codeActions(uri, at, "quickfix.other"), "a narrower kind than ours")
	assert.Equal(t, 0, c.shutdown())
}

// TestServerReportsPackageErrors: while the package does not parse or
// type-check, its open files show one diagnostic naming the first error,
// and no fixes are offered; once it is fixed, the findings come back.
func TestServerReportsPackageErrors(t *testing.T) {
	c, dir, uri := serve(t, humanAnalyzer, map[string]string{
		"go.mod": goMod,
		"a.go":   "package m\n\nvar P = \"Human: hi\"\n",
		"b.go":   "package m\n\nvar Q = 1\n",
	}, "a.go")
	require.Len(t, c.waitDiagnostics(uri, 1).Diagnostics, 1)

	// A type error, at its position.
	c.change(uri, 2, "package m\n\nvar P = \"Human: hi\" + 1\n")
	pub := c.waitDiagnostics(uri, 2)
	require.Len(t, pub.Diagnostics, 1)
	d := pub.Diagnostics[0]
	assert.Equal(t, "completelint did not analyse this package: a.go:3:9: invalid operation: \"Human: hi\" + 1 (mismatched types untyped string and untyped int)", d.Message)
	assert.Equal(t, Range{Start: Position{2, 8}, End: Position{2, 8}}, d.Range)
	assert.Equal(t, SeverityWarning, d.Severity)
	assert.Empty(t, c.codeActions(uri, Position{2, 10}), "no fixes for a package that does not type-check")

	// A syntax error.
	c.change(uri, 3, "package m\n\nvar P = \"Human: hi\" +\n")
	assert.Contains(t, failure(c.waitDiagnostics(uri, 3)), "a.go:3:23: expected ';', found 'EOF'")

	// An error in another file goes on the package clause.
	c.change(uri, 4, "package m\n\nvar P = \"Human: hi\"\n")
	require.Len(t, c.waitDiagnostics(uri, 4).Diagnostics, 1)
	b := c.open(filepath.Join(dir, "b.go"), "package m\n\nvar Q int = \"x\"\n")
	pub = c.waitDiagnostics(b, 1)
	assert.Contains(t, failure(pub), "b.go:3:13: cannot use \"x\"")
	assert.Equal(t, Position{2, 12}, pub.Diagnostics[0].Range.Start)
	pub = c.waitFor(uri, func(p PublishDiagnosticsParams) bool { return failure(p) != "" }, "a.go failing")
	require.Len(t, pub.Diagnostics, 1)
	assert.Contains(t, pub.Diagnostics[0].Message, "b.go:3:13: cannot use")
	assert.Equal(t, Range{Start: Position{0, 0}, End: Position{0, 7}}, pub.Diagnostics[0].Range)

	// Fixed: the findings are back.
	c.change(b, 2, "package m\n\nvar Q int = 1\n")
	pub = c.waitFor(uri, func(p PublishDiagnosticsParams) bool { return failure(p) == "" }, "a.go analysed again")
	require.Len(t, pub.Diagnostics, 1)
	assert.Equal(t, "prompt-sanitized", pub.Diagnostics[0].Code)

	// Closing clears the document's diagnostics.
	c.notify("textDocument/didClose", DidCloseTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: uri}})
	pub = c.waitFor(uri, func(p PublishDiagnosticsParams) bool { return p.Version == nil }, "diagnostics cleared on close")
	assert.Empty(t, pub.Diagnostics)
	assert.Equal(t, 0, c.shutdown())
}

// TestServerLoadError: a package that go list cannot load (its go.mod is
// broken) shows why on the package clause.
func TestServerLoadError(t *testing.T) {
	c, _, uri := serve(t, humanAnalyzer, map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.24\n\nrequire nonsense\n",
		"a.go":   "package m\n\nvar P = \"Human: hi\"\n",
	}, "a.go")
	pub := c.waitDiagnostics(uri, 1)
	require.Len(t, pub.Diagnostics, 1)
	assert.Contains(t, pub.Diagnostics[0].Message, "completelint did not analyse this package: ")
	assert.Contains(t, pub.Diagnostics[0].Message, "go.mod")
	assert.Equal(t, Range{Start: Position{0, 0}, End: Position{0, 7}}, pub.Diagnostics[0].Range)
	assert.Equal(t, 0, c.shutdown())
}

// TestServerEditedDependency: an unsaved change in an open package reaches
// the open packages importing it at once; a change on disk of a package
// that is not open reaches them on the next analysis.
func TestServerEditedDependency(t *testing.T) {
	lib := "package l\n\nfunc F() string { return \"x\" }\n"
	app := "package app\n\nimport \"example.com/m/l\"\n\nvar P = l.F() + \"Human: hi\"\n"
	c, dir, appURI := serve(t, humanAnalyzer, map[string]string{"go.mod": goMod, "l/l.go": lib, "app/app.go": app}, "app/app.go")
	require.Len(t, c.waitDiagnostics(appURI, 1).Diagnostics, 1)

	// Renaming F in the open, unsaved l.go breaks app.go, unedited.
	libURI := c.open(filepath.Join(dir, "l", "l.go"), lib)
	c.waitDiagnostics(libURI, 1)
	c.change(libURI, 2, strings.Replace(lib, "F()", "G()", 1))
	msg := failure(c.waitFor(appURI, func(p PublishDiagnosticsParams) bool { return failure(p) != "" }, "app.go failing"))
	assert.Contains(t, msg, "app.go:5:11: undefined: l.F")
	c.change(libURI, 3, lib)
	pub := c.waitFor(appURI, func(p PublishDiagnosticsParams) bool { return failure(p) == "" }, "app.go analysed again")
	assert.Len(t, pub.Diagnostics, 1)

	// The same change saved to disk, l.go closed: the client reports the
	// file change, and the dependency is loaded again.
	c.notify("textDocument/didClose", DidCloseTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: libURI}})
	require.NoError(t, os.WriteFile(filepath.Join(dir, "l", "l.go"), []byte(strings.Replace(lib, "F()", "G()", 1)), 0o644))
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []map[string]any{{"uri": libURI, "type": 2}}})
	msg = failure(c.waitFor(appURI, func(p PublishDiagnosticsParams) bool { return failure(p) != "" }, "app.go failing after the change on disk"))
	assert.Contains(t, msg, "undefined: l.F")

	// Without a notification, the next edit sees the disk as it is.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "l", "l.go"), []byte(lib), 0o644))
	c.change(appURI, 2, app+"\n")
	pub = c.waitDiagnostics(appURI, 2)
	assert.Empty(t, failure(pub))
	assert.Len(t, pub.Diagnostics, 1)
	assert.Equal(t, 0, c.shutdown())
}

// TestServerBufferImportsNewPackage: an import the files on disk do not
// have is loaded when the buffer adds it.
func TestServerBufferImportsNewPackage(t *testing.T) {
	c, _, uri := serve(t, humanAnalyzer, map[string]string{"go.mod": goMod, "a.go": "package m\n\nvar P = \"x\"\n"}, "a.go")
	assert.Empty(t, c.waitDiagnostics(uri, 1).Diagnostics)
	c.change(uri, 2, "package m\n\nimport \"strings\"\n\nvar P = strings.ToUpper(\"Human: hi\")\n")
	pub := c.waitDiagnostics(uri, 2)
	assert.Empty(t, failure(pub))
	require.Len(t, pub.Diagnostics, 1)
	assert.Equal(t, "prompt-sanitized", pub.Diagnostics[0].Code)

	c.change(uri, 3, "package m\n\nimport \"example.com/nowhere\"\n\nvar P = nowhere.X\n")
	assert.Contains(t, failure(c.waitDiagnostics(uri, 3)), "a.go:3:8: could not import example.com/nowhere")
	assert.Equal(t, 0, c.shutdown())
}

// TestServerTestFiles: an external test package sees the unsaved helpers of
// the package's own test files.
func TestServerTestFiles(t *testing.T) {
	helper := "package m\n\nfunc Helper() string { return \"x\" }\n"
	c, dir, xURI := serve(t, humanAnalyzer, map[string]string{
		"go.mod":         goMod,
		"m.go":           "package m\n",
		"export_test.go": helper,
		"x_test.go":      "package m_test\n\nimport \"example.com/m\"\n\nvar P = m.Helper() + \"Human: hi\"\n",
	}, "x_test.go")
	require.Len(t, c.waitDiagnostics(xURI, 1).Diagnostics, 1)
	eURI := c.open(filepath.Join(dir, "export_test.go"), helper)
	c.waitDiagnostics(eURI, 1)
	mURI := c.open(filepath.Join(dir, "m.go"), "package m\n")
	c.waitDiagnostics(mURI, 1)
	c.change(eURI, 2, "package m\n")
	msg := failure(c.waitFor(xURI, func(p PublishDiagnosticsParams) bool { return failure(p) != "" }, "x_test.go failing"))
	assert.Contains(t, msg, "undefined: m.Helper")

	// A type error in a test file of the package is not one of the
	// package without its tests: m.go keeps quiet.
	c.change(eURI, 3, "package m\n\nvar bad int = \"x\"\n")
	assert.Contains(t, failure(c.waitDiagnostics(eURI, 3)), "export_test.go:3:15: cannot use")
	c.change(mURI, 2, "package m\n\n")
	assert.Empty(t, c.waitDiagnostics(mURI, 2).Diagnostics)
	c.change(eURI, 4, "package m\n\nvar bad int = \"y\"\n")
	c.waitDiagnostics(eURI, 4)
	assert.Empty(t, c.waitDiagnostics(mURI, 2).Diagnostics, "m.go was published first, on the same connection")
	assert.Equal(t, 0, c.shutdown())
}

// TestServerSkipsUnchangedInput: saving a file without changes, or a change
// back to the analysed text, publishes again without analysing again.
func TestServerSkipsUnchangedInput(t *testing.T) {
	src := "package m\n\nvar P = \"Human: hi\"\n"
	a, runs := countingAnalyzer()
	c, _, uri := serve(t, a, map[string]string{"go.mod": goMod, "a.go": src}, "a.go")
	require.Len(t, c.waitDiagnostics(uri, 1).Diagnostics, 1)
	require.EqualValues(t, 1, runs.Load())

	c.notify("textDocument/didSave", DidSaveTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: uri}, Text: &src})
	require.Len(t, c.waitDiagnostics(uri, 1).Diagnostics, 1)
	c.change(uri, 2, src)
	require.Len(t, c.waitDiagnostics(uri, 2).Diagnostics, 1)
	assert.EqualValues(t, 1, runs.Load(), "nothing changed: no new analysis")

	c.change(uri, 3, src+"\n")
	require.Len(t, c.waitDiagnostics(uri, 3).Diagnostics, 1)
	assert.EqualValues(t, 2, runs.Load())
	assert.Equal(t, 0, c.shutdown())
}

func TestServerExitWithoutShutdown(t *testing.T) {
	c := startClient(t, humanAnalyzer)
	c.initialize()
	var res any
	err := c.conn.Call(t.Context(), "textDocument/hover", map[string]any{}, &res)
	assert.ErrorContains(t, err, "method not supported")
	c.notify("exit", nil)
	assert.Equal(t, 1, c.exitCode())
}

func TestServerExitOnHangUp(t *testing.T) {
	c := startClient(t, humanAnalyzer)
	c.initialize()
	require.NoError(t, c.conn.Close())
	assert.Equal(t, 0, c.exitCode())
}

// TestServerFilesTheGoCommandDoesNotList: a file excluded by build
// constraints has nothing to report; a file not yet saved, and a file
// outside any module, are analysed through a load with the buffer overlaid.
func TestServerFilesTheGoCommandDoesNotList(t *testing.T) {
	src := "package m\n\nvar P = \"Human: hi\"\n"
	c, dir, ignored := serve(t, humanAnalyzer, map[string]string{
		"go.mod":    goMod,
		"a.go":      "package m\n",
		"ignore.go": "//go:build ignore\n\npackage main\n\nvar P = \"Human: hi\"\n",
	}, "ignore.go")
	pub := c.waitDiagnostics(ignored, 1)
	assert.Empty(t, pub.Diagnostics)

	unsaved := c.open(filepath.Join(dir, "new.go"), src)
	pub = c.waitDiagnostics(unsaved, 1)
	require.Len(t, pub.Diagnostics, 1)
	assert.Equal(t, "prompt-sanitized", pub.Diagnostics[0].Code)

	alone := writeModule(t, map[string]string{"main.go": "package main\n\nfunc main() { println(\"Human: hi\") }\n"})
	uri := c.open(filepath.Join(alone, "main.go"), "package main\n\nfunc main() { println(\"Human: hi\") }\n")
	pub = c.waitDiagnostics(uri, 1)
	require.Len(t, pub.Diagnostics, 1, "%+v", pub.Diagnostics)
	assert.Equal(t, "prompt-sanitized", pub.Diagnostics[0].Code)
	assert.Equal(t, 0, c.shutdown())
}

// TestServerWatchesFiles: a client that can watch files is asked to report
// changes of Go and module files.
func TestServerWatchesFiles(t *testing.T) {
	c := startClient(t, humanAnalyzer)
	c.initializeWith(map[string]any{"workspace": map[string]any{"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}}})
	raw, ok := c.calls.Wait("client/registerCapability", func(json.RawMessage) bool { return true }, c.stop)
	require.True(t, ok, "no registration")
	var p RegistrationParams
	require.NoError(t, json.Unmarshal(raw, &p))
	require.Len(t, p.Registrations, 1)
	assert.Equal(t, "workspace/didChangeWatchedFiles", p.Registrations[0].Method)
	for _, glob := range []string{"**/*.go", "**/go.mod", "**/go.sum", "**/go.work"} {
		assert.Contains(t, string(raw), glob)
	}
	assert.Equal(t, 0, c.shutdown())
}

// TestPassReadFileReadsBuffers: an analyzer that searches the bytes of its
// files (completelint does, to skip files without a legacy endpoint) sees
// the unsaved buffer, not the file on disk.
func TestPassReadFileReadsBuffers(t *testing.T) {
	marker := &analysis.Analyzer{
		Name: "marker",
		Doc:  "test analyzer",
		Run: func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				src, err := pass.ReadFile(pass.Fset.File(f.FileStart).Name())
				if err != nil {
					return nil, err
				}
				if i := strings.Index(string(src), "MARKER"); i >= 0 {
					pass.Report(analysis.Diagnostic{Pos: f.FileStart + token.Pos(i), Category: "legacy-api", Message: "marker"})
				}
			}
			return nil, nil
		},
	}
	c, _, uri := serve(t, marker, map[string]string{"go.mod": goMod, "a.go": "package m\n"}, "a.go")
	assert.Empty(t, c.waitDiagnostics(uri, 1).Diagnostics)
	c.change(uri, 2, "package m\n\n// MARKER\n")
	pub := c.waitDiagnostics(uri, 2)
	require.Len(t, pub.Diagnostics, 1)
	assert.Equal(t, Position{2, 3}, pub.Diagnostics[0].Range.Start)
	assert.Equal(t, 0, c.shutdown())
}

// TestServerExternalTestThroughADependency: an external test imports q,
// which imports the package under test, so go list makes a test variant of
// q; it is checked from source too, against the package's test variant.
func TestServerExternalTestThroughADependency(t *testing.T) {
	x := "package m_test\n\nimport \"example.com/m/q\"\n\nvar P = q.G() + \"Human: hi\"\n"
	c, dir, xURI := serve(t, humanAnalyzer, map[string]string{
		"go.mod":         goMod,
		"m.go":           "package m\n\nfunc F() string { return \"f\" }\n",
		"export_test.go": "package m\n\nfunc Helper() string { return \"x\" }\n",
		"q/q.go":         "package q\n\nimport (\n\t\"example.com/m\"\n\t\"example.com/m/r\"\n)\n\nfunc G() string { return m.F() + r.H() }\n",
		"r/r.go":         "package r\n\nfunc H() string { return \"h\" }\n",
		"x_test.go":      x,
	}, "x_test.go")
	pub := c.waitDiagnostics(xURI, 1)
	assert.Empty(t, failure(pub))
	require.Len(t, pub.Diagnostics, 1)

	// Renaming F in the open m.go reaches the test through q's variant.
	mURI := c.open(filepath.Join(dir, "m.go"), "package m\n\nfunc F() string { return \"f\" }\n")
	c.waitDiagnostics(mURI, 1)
	c.change(mURI, 2, "package m\n\nfunc F2() string { return \"f\" }\n")
	msg := failure(c.waitFor(xURI, func(p PublishDiagnosticsParams) bool { return failure(p) != "" }, "x_test.go failing"))
	assert.Contains(t, msg, "q/q.go:8:28: undefined: m.F")
	assert.Equal(t, 0, c.shutdown())
}
