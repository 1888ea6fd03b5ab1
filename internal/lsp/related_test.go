package lsp

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/completelint/completelint/analyzer"
)

// relatedModule is a hand-written client (net/http only): the body, its
// URL and the call that sends it are one request, and Complete, a wrapper,
// is called from another file behind non-ASCII text.
var relatedModule = map[string]string{
	"go.mod": goMod,
	"a.go": `package m

import (
	"bytes"
	"encoding/json"
	"net/http"
)

func Complete(q string) error {
	b, _ := json.Marshal(map[string]any{
		"prompt":               "\n\nHuman: " + q + "\n\nAssistant:",
		"max_tokens_to_sample": 64,
	})
	_, err := http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))
	return err
}
`,
	"b.go": "package m\n\nfunc use() {\n\t/* é😀 */ Complete(\"hi\")\n}\n",
}

// legacyDiagnostic returns the one legacy-api diagnostic of p.
func legacyDiagnostic(t *testing.T, p PublishDiagnosticsParams) Diagnostic {
	t.Helper()
	var found []Diagnostic
	for _, d := range p.Diagnostics {
		if d.Code == "legacy-api" {
			found = append(found, d)
		}
	}
	require.Len(t, found, 1, "%+v", p.Diagnostics)
	return found[0]
}

// TestRelatedInformation: a client that shows related information gets a
// request's other places there, each in its own document with UTF-16
// columns.
func TestRelatedInformation(t *testing.T) {
	dir := writeModule(t, relatedModule)
	c := startClient(t, analyzer.New(analyzer.Config{Today: "2026-01-15"}))
	c.initializeWith(map[string]any{"textDocument": map[string]any{"publishDiagnostics": map[string]any{"relatedInformation": true}}})
	a := c.open(filepath.Join(dir, "a.go"), relatedModule["a.go"])
	d := legacyDiagnostic(t, c.waitDiagnostics(a, 1))
	assert.Equal(t, Position{9, 22}, d.Range.Start, "the body literal")
	b := pathToURI(filepath.Join(dir, "b.go"))
	assert.Equal(t, []DiagnosticRelatedInformation{
		{Location: Location{URI: a, Range: Range{Start: Position{13, 11}, End: Position{13, 101}}},
			Message: "http.Post takes the request's URL and body"},
		{Location: Location{URI: a, Range: Range{Start: Position{13, 21}, End: Position{13, 60}}},
			Message: `the request's URL, "https://api.anthropic.com/v1/complete"; the Messages API's is POST /v1/messages`},
		// "\t/* é😀 */ " is 11 UTF-16 units (14 bytes).
		{Location: Location{URI: b, Range: Range{Start: Position{3, 11}, End: Position{3, 25}}},
			Message: "calls Complete, which builds this request's body"},
	}, d.RelatedInformation)
	assert.Equal(t, 0, c.shutdown())
}

// TestRelatedInformationNotDeclared: a client that does not declare
// support for related information gets the diagnostic alone, its message
// that of the command line.
func TestRelatedInformationNotDeclared(t *testing.T) {
	c, _, a := serve(t, analyzer.New(analyzer.Config{Today: "2026-01-15"}), relatedModule, "a.go")
	d := legacyDiagnostic(t, c.waitDiagnostics(a, 1))
	assert.Empty(t, d.RelatedInformation)
	assert.True(t, strings.HasPrefix(d.Message, "map literal builds a legacy Text Completions request body"), d.Message)
	assert.NotContains(t, d.Message, "calls Complete")
	assert.Equal(t, 0, c.shutdown())
}
