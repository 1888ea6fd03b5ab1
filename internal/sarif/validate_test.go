package sarif

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/completelint/completelint/internal/sarif/sarifcheck"
)

// TestBuildValidates checks a log with results, fixes, an insertion point,
// related locations and a file outside the root against Microsoft's
// validator.
func TestBuildValidates(t *testing.T) {
	litStart := bytes.Index([]byte(legacySrc), []byte(`"Human`)) + 1
	in := testInput(
		Finding{Category: "prompt-sanitized", Message: "prompt starts with Human: without the leading newlines",
			File: "/src/mod/pkg/a.go", Start: litStart, End: litStart + 6,
			Fixes: []Fix{{Message: "Insert the newlines", Edits: []Edit{
				{File: "/src/mod/pkg/a.go", Start: litStart, End: litStart, NewText: `\n\n`},
				{File: "/src/mod/pkg/a.go", Start: litStart + 6, End: litStart + 9, NewText: " hello"},
			}}}},
		Finding{Category: "legacy-api", Message: "legacy call", File: "/src/mod/pkg/a.go", Start: 40, End: 48,
			Related: []Related{
				{File: "/src/mod/pkg/b.go", Start: 19, End: 25, Message: "calls ask, which sends this request"},
				{File: "/src/mod/pkg/b.go", Start: 19, End: 19, Message: "a point"},
				{File: "/elsewhere/c.go", Start: 0, End: 7, Message: "a place outside the root"},
			}},
	)
	in.ReadFile = readAlso(in.ReadFile, "/elsewhere/c.go", "package c\n")
	report, err := Build(in)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "out.sarif")
	require.NoError(t, report.WriteFile(path))

	warnings := sarifcheck.Validate(t, path)
	t.Logf("validator warnings: %q", warnings)
	assert.Empty(t, warnings)
}

func TestValidateRejectsBrokenLog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "broken.sarif")
	// startLine 0 violates the schema's minimum of 1.
	broken := `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[` +
		`{"message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.go"},` +
		`"region":{"startLine":0}}}]}]}]}`
	require.NoError(t, os.WriteFile(path, []byte(broken), 0o644))
	ft := &fakeT{TB: t}
	func() {
		defer func() { _ = recover() }() // fakeT.Fatalf stops by panicking
		sarifcheck.Validate(ft, path)
	}()
	assert.True(t, ft.failed, "the validator accepted a log with startLine 0")
}

type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Helper() {}
func (f *fakeT) Fatalf(format string, args ...any) {
	f.failed = true
	panic("fatal")
}

// readAlso returns read, knowing also the file path with content.
func readAlso(read func(string) ([]byte, error), path, content string) func(string) ([]byte, error) {
	return func(p string) ([]byte, error) {
		if p == path {
			return []byte(content), nil
		}
		return read(p)
	}
}
