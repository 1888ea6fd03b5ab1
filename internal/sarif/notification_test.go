package sarif

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/completelint/completelint/internal/findings"
)

// TestBuildNotes: the broken packages are the toolExecutionNotifications of
// the run's invocation, which failed when a package was not analysed.
func TestBuildNotes(t *testing.T) {
	in := testInput()
	in.Notes = Notes([]findings.Broken{
		{ID: "example.com/m/pkg", PkgPath: "example.com/m/pkg", Root: true, Error: "/src/mod/pkg/a.go:3:10: undefined: x"},
		{ID: "example.com/dep", PkgPath: "example.com/dep", Module: "example.com/dep@v1.0.0", Error: "no Go files", Users: []string{"example.com/m/pkg"}},
	})
	doc := buildJSON(t, in)
	inv := at(t, doc, "runs", 0, "invocations", 0)
	assert.Equal(t, false, at(t, inv, "executionSuccessful"))
	notes := at(t, inv, "toolExecutionNotifications").([]any)
	require.Len(t, notes, 2)
	assert.Equal(t, "error", at(t, notes[0], "level"))
	assert.Equal(t, "example.com/m/pkg not analysed: /src/mod/pkg/a.go:3:10: undefined: x", at(t, notes[0], "message", "text"))
	loc := at(t, notes[0], "locations", 0, "physicalLocation")
	assert.Equal(t, "pkg/a.go", at(t, loc, "artifactLocation", "uri"))
	// Line 3 is "// é😀": byte column 10, after the emoji, is UTF-16 column 7.
	assert.Equal(t, map[string]any{"startLine": 3.0, "startColumn": 7.0}, at(t, loc, "region"))
	assert.Equal(t, "warning", at(t, notes[1], "level"))
	assert.Equal(t, "dependency example.com/dep (example.com/dep@v1.0.0) has errors: no Go files; analysed example.com/m/pkg despite it",
		at(t, notes[1], "message", "text"))
	assert.Nil(t, at(t, notes[1], "locations"))

	// A dependency's errors alone do not fail the run; no notes, no
	// invocation.
	in.Notes = in.Notes[1:]
	assert.Equal(t, true, at(t, buildJSON(t, in), "runs", 0, "invocations", 0, "executionSuccessful"))
	in.Notes = nil
	assert.Nil(t, at(t, buildJSON(t, in), "runs", 0, "invocations"))
}
