package lsp

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
)

// despiteAnalyzer is humanAnalyzer, run despite errors in dependencies.
var despiteAnalyzer = &analysis.Analyzer{Name: "human", Doc: "test analyzer", Run: runHuman, RunDespiteErrors: true}

// TestServerDependencyErrors: a package whose dependency does not
// type-check is analysed by an analyzer that runs despite errors, with a
// note on its package clause that says which error; another analyzer does
// not analyse it, as before.
func TestServerDependencyErrors(t *testing.T) {
	files := map[string]string{
		"go.mod":     goMod,
		"dep/dep.go": "package dep\n\nconst Name = \"dep\"\n\nvar broken int = \"x\"\n",
		"app/app.go": "package app\n\nimport \"example.com/m/dep\"\n\nvar P = \"Human: \" + dep.Name\n",
	}
	c, _, uri := serve(t, despiteAnalyzer, files, "app/app.go")
	pub := c.waitDiagnostics(uri, 1)
	require.Len(t, pub.Diagnostics, 2, "%+v", pub.Diagnostics)
	assert.Equal(t, "prompt-sanitized", pub.Diagnostics[0].Code)
	note := pub.Diagnostics[1]
	assert.Equal(t, SeverityInformation, note.Severity)
	assert.Equal(t, Range{Start: Position{0, 0}, End: Position{0, 7}}, note.Range)
	assert.True(t, strings.HasPrefix(note.Message, "completelint analysed this package despite errors in its dependencies, which may hide findings: "), note.Message)
	assert.Contains(t, note.Message, "dep.go:5:18: cannot use \"x\"")
	assert.Equal(t, 0, c.shutdown())

	c, _, uri = serve(t, humanAnalyzer, files, "app/app.go")
	assert.Contains(t, failure(c.waitDiagnostics(uri, 1)), "dep.go:5:18: cannot use \"x\"")
	assert.Equal(t, 0, c.shutdown())
}

// TestServerCgoFile: a file with import "C" is analysed through the
// overlay load, which sees cmd/cgo's translation of it; the diagnostic is
// at the text in the file itself.
func TestServerCgoFile(t *testing.T) {
	out, err := exec.Command("go", "env", "CGO_ENABLED", "CC").Output()
	fields := strings.Fields(string(out))
	if err != nil || len(fields) < 2 || fields[0] != "1" {
		t.Skipf("cgo is disabled: %s %v", out, err)
	}
	if _, err := exec.LookPath(fields[1]); err != nil {
		t.Skipf("no C compiler: %v", err)
	}
	src := "package m\n\n// static int one(void) { return 1; }\nimport \"C\"\n\nvar N = C.one()\n\nvar P = \"Human: hi\"\n"
	c, _, uri := serve(t, humanAnalyzer, map[string]string{"go.mod": goMod, "c.go": src}, "c.go")
	pub := c.waitDiagnostics(uri, 1)
	require.Len(t, pub.Diagnostics, 1, "%+v", pub.Diagnostics)
	assert.Equal(t, Range{Start: Position{7, 9}, End: Position{7, 15}}, pub.Diagnostics[0].Range)
	actions := c.codeActions(uri, Position{7, 10})
	assert.Empty(t, actions, "a fix to cgo's translation is not offered for the file")

	// Fixed: the file's diagnostics are cleared.
	c.change(uri, 2, strings.Replace(src, "Human: hi", "hi", 1))
	assert.Empty(t, c.waitDiagnostics(uri, 2).Diagnostics)
	assert.Equal(t, 0, c.shutdown())
}
