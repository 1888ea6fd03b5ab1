package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// oldLangchaingoWants are the findings in testdata/e2e/langchaingo-v0.1.7,
// whose real langchaingo (from the module proxy) sends only legacy Text
// Completions requests: v0.1.8 is the first with the Messages API.
var oldLangchaingoWants = []want{
	{"legacy-api", "main.go", `llm.Call(ctx, "What is the capital`, 0},
	{"legacy-api", "main.go", `llm.Call(ctx, "\n\nHuman: What`, 0},
	// The client wraps the text in a Human turn once more.
	{"prompt-advice", "main.go", `"\n\nHuman: What is 2+2?`, 0},
	{"legacy-api", "main.go", "llm.GenerateContent(", 0},
}

// TestOldLangchaingo checks that the module version of a dependency is
// known in every driver: the singlechecker (go/packages from source), go
// vet (export data, with and without -trimpath). The same program against
// v0.1.8 has no finding.
func TestOldLangchaingo(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/e2e/langchaingo-v0.1.7")
	r := lint(t, dir, "-json", "./...")
	require.Equal(t, 0, r.code, "%s", r)
	diags := parseJSON(t, dir, r.stdout)
	assert.Equal(t, wantSet(t, dir, oldLangchaingoWants), gotSet(diags))
	for _, d := range diags {
		if d.Category == "legacy-api" {
			assert.Contains(t, d.Message, "github.com/tmc/langchaingo v0.1.7 sends only Text Completions requests: upgrade it to v0.1.8 or later")
		}
	}

	for _, flags := range []string{"-mod=readonly", "-mod=readonly -trimpath"} {
		r = runEnv(t, dir, []string{"GOFLAGS=" + flags}, "go", "vet", "-vettool="+binary, "./...")
		assert.NotEqual(t, 0, r.code, "%s", r)
		got, other := parseTextAndOther(dir, r.stderr)
		// go vet -trimpath may replay cached output naming the files
		// where they were first vetted: compare base names.
		var posns []string
		for _, k := range keys(got) {
			posns = append(posns, filepath.Base(k))
		}
		assert.ElementsMatch(t, wantPosns(t, dir, oldLangchaingoWants), posns, "GOFLAGS=%s: %s", flags, r)
		assert.Empty(t, other, "GOFLAGS=%s", flags)
	}

	dir = copyModule(t, "testdata/e2e/langchaingo-v0.1.8")
	r = lint(t, dir, "./...")
	assert.Equal(t, result{}, r)
	r = run(t, dir, "go", "vet", "-vettool="+binary, "./...")
	assert.Equal(t, result{}, r)
}

// parseTextAndOther is parseText that also returns the lines that are not
// diagnostics.
func parseTextAndOther(dir, out string) (map[string]string, []string) {
	var other []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line != "" && !textDiag.MatchString(line) && !strings.HasPrefix(line, "# ") {
			other = append(other, line)
		}
	}
	return parseText(dir, out), other
}
