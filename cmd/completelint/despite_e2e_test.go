package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/completelint/completelint/internal/sarif/sarifcheck"
)

// The despite fixture: package loader imports golang.org/x/tools v0.12.0,
// whose internal/tokeninternal no longer compiles with Go 1.25 and later
// ("invalid array length -delta * delta"); loader's own code type-checks.
// Package ask imports nothing broken; package broken has a type error of
// its own.
var (
	loaderWants = []want{
		{"legacy-api", "loader/loader.go", "map[string]any{", 0},
		{"model-retired", "loader/loader.go", `"model":`, 0},
	}
	askWants = []want{
		{"legacy-api", "ask/ask.go", "map[string]any{", 0},
		{"model-retired", "ask/ask.go", `"model":`, 0},
	}
)

const (
	brokenDep   = "golang.org/x/tools/internal/tokeninternal"
	brokenWhy   = "invalid array length -delta * delta"
	brokenOwn   = "broken/broken.go:20:2: undefined: undeclared"
	despiteNote = "dependency golang.org/x/tools/internal/tokeninternal (golang.org/x/tools@v0.12.0) has errors: "
)

// TestDespiteBrokenDependency: the plain command analyses loader despite
// its broken dependency, and the go/analysis checker says once, on
// standard error, which package failed and why. The package with an error
// of its own is skipped, as before.
func TestDespiteBrokenDependency(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/e2e/despite")

	r := lint(t, dir, "./ask", "./loader")
	assert.Equal(t, 3, r.code, "findings, and a dependency's errors: %s", r)
	got := parseText(dir, r.stderr)
	for _, w := range append(loaderWants, askWants...) {
		assert.Contains(t, got, w.posn(t, dir), "%s", r)
	}
	assert.Equal(t, 1, strings.Count(r.stderr, brokenWhy), "the dependency's error, once: %s", r)
	assert.Contains(t, r.stderr, brokenDep)

	// With -json, on every package: broken is skipped with the checker's
	// message, and its error goes to standard error.
	r = lint(t, dir, "-json", "./...")
	var tree map[string]map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &tree), "%s", r)
	assert.JSONEq(t, `{"error": "analysis skipped due to errors in package"}`, string(tree["example.com/despite/broken"]["completelint"]))
	delete(tree, "example.com/despite/broken")
	out, err := json.Marshal(tree)
	require.NoError(t, err)
	assert.Equal(t, wantSet(t, dir, append(loaderWants, askWants...)), gotSet(parseJSON(t, dir, string(out))))
	assert.Contains(t, r.stderr, brokenOwn)
	assert.Contains(t, r.stderr, brokenWhy)

	// With -wrappers every dependency is analysed for facts: the broken
	// one contributes none, and fails nobody.
	r = lint(t, dir, "-json", "-wrappers", "./loader")
	assert.Equal(t, wantSet(t, dir, loaderWants), gotSet(parseJSON(t, dir, r.stdout)), "%s", r)
}

// TestDespiteGoVet documents what go vet does instead: the go command
// compiles every dependency before it runs the tool, and does not run it
// on a package whose dependencies do not compile. Its own output names the
// failing package and the error.
func TestDespiteGoVet(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/e2e/despite")
	r := run(t, dir, "go", "vet", "-vettool="+binary, "./...")
	assert.NotEqual(t, 0, r.code)
	got := parseText(dir, r.stderr)
	for _, w := range askWants {
		assert.Contains(t, got, w.posn(t, dir), "%s", r)
	}
	for _, w := range loaderWants {
		assert.NotContains(t, got, w.posn(t, dir), "go vet started the tool on loader: the test's premise changed")
	}
	assert.Contains(t, r.stderr, "# "+brokenDep)
	assert.Contains(t, r.stderr, brokenWhy)
}

// TestDespiteSarif: the log has the findings of ask and loader, and says,
// as toolExecutionNotifications, that broken was not analysed and that
// loader was analysed despite its dependency. The exit status says that a
// package was not analysed.
func TestDespiteSarif(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/e2e/despite")
	out := filepath.Join(t.TempDir(), "despite.sarif")
	r := lint(t, dir, "sarif", "-o", out, "./...")
	assert.Equal(t, 1, r.code, "broken was not analysed: %s", r)
	assert.Contains(t, r.stderr, "completelint sarif: example.com/despite/broken not analysed: "+filepath.Join(dir, brokenOwn))
	assert.Contains(t, r.stderr, "completelint sarif: "+despiteNote)

	data, err := os.ReadFile(out)
	require.NoError(t, err, "the log is written for the packages analysed")
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID    string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
			}
			Invocations []struct {
				ExecutionSuccessful        bool
				ToolExecutionNotifications []struct {
					Level   string
					Message struct{ Text string }
				}
			}
		}
	}
	require.NoError(t, json.Unmarshal(data, &log))
	require.Len(t, log.Runs, 1)
	var got []string
	for _, res := range log.Runs[0].Results {
		loc := res.Locations[0].PhysicalLocation
		got = append(got, loc.ArtifactLocation.URI+":"+itoa(loc.Region.StartLine)+":"+itoa(loc.Region.StartColumn)+" "+res.RuleID)
	}
	sort.Strings(got)
	assert.Equal(t, wantSet(t, dir, append(loaderWants, askWants...)), got)
	require.Len(t, log.Runs[0].Invocations, 1)
	inv := log.Runs[0].Invocations[0]
	assert.False(t, inv.ExecutionSuccessful)
	require.Len(t, inv.ToolExecutionNotifications, 2)
	assert.Equal(t, "error", inv.ToolExecutionNotifications[0].Level)
	assert.Contains(t, inv.ToolExecutionNotifications[0].Message.Text, "example.com/despite/broken not analysed: ")
	assert.Equal(t, "warning", inv.ToolExecutionNotifications[1].Level)
	assert.Contains(t, inv.ToolExecutionNotifications[1].Message.Text, despiteNote)
	assert.Contains(t, inv.ToolExecutionNotifications[1].Message.Text, brokenWhy)
	assert.Contains(t, inv.ToolExecutionNotifications[1].Message.Text, "analysed example.com/despite/loader despite it")
	assert.Empty(t, sarifcheck.Validate(t, out))

	// Only a dependency's errors: the run succeeds.
	r = lint(t, dir, "sarif", "-o", out, "./loader")
	assert.Equal(t, 0, r.code, "%s", r)
	assert.Contains(t, r.stderr, despiteNote)
}

// TestDespiteMigrate: ask is migrated; loader, analysed despite its broken
// dependency, keeps its code (no build could verify its rewrite) and its
// sites say why; broken is not analysed. The report and the summary say
// each once.
func TestDespiteMigrate(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/e2e/despite")
	before := snapshot(t, dir)
	report := filepath.Join(t.TempDir(), "report")
	r := lint(t, dir, "migrate", "-report="+report, "./...")
	require.Equal(t, 4, r.code, "%s", r)
	assert.Contains(t, r.stderr, "migrated 1 files; 2 call sites: 1 rewritten, 1 need manual work, 0 suppressed; 1 package not analysed (errors)")
	assert.Contains(t, r.stderr, "completelint migrate: example.com/despite/broken not analysed: ")
	assert.Contains(t, r.stderr, "completelint migrate: "+despiteNote)

	after := snapshot(t, dir)
	for _, name := range keys(before) {
		if name == "/ask/ask.go" {
			assert.NotEqual(t, before[name], after[name], "ask is migrated")
			assert.Contains(t, after[name], `"/v1/messages"`)
			continue
		}
		assert.Equal(t, before[name], after[name], "%s is untouched", name)
	}

	data, err := os.ReadFile(report + ".json")
	require.NoError(t, err)
	require.NoError(t, validateReport(t, data))
	var rep struct {
		Sites []struct {
			File   string
			Line   int
			Status string
			Reason string
		}
		Broken []struct {
			Package   string
			Module    string
			Error     string
			Analysed  bool
			Importers []string
		} `json:"broken_packages"`
	}
	require.NoError(t, json.Unmarshal(data, &rep))
	var loaderBody string
	for _, s := range rep.Sites {
		if s.File == "loader/loader.go" && s.Line == 24 {
			loaderBody = s.Status + ": " + s.Reason
		}
	}
	assert.True(t, strings.HasPrefix(loaderBody, "needs manual work: its dependency "+despiteNote[len("dependency "):]), loaderBody)
	assert.True(t, strings.HasSuffix(loaderBody, brokenWhy+" (constant -256 of type int64), so the rewrite cannot be verified by a build"), loaderBody)
	require.Len(t, rep.Broken, 2)
	assert.Equal(t, "example.com/despite/broken", rep.Broken[0].Package)
	assert.Equal(t, brokenOwn, rep.Broken[0].Error, "relative to the module's root, as sites are")
	assert.False(t, rep.Broken[0].Analysed)
	assert.Equal(t, brokenDep, rep.Broken[1].Package)
	assert.Equal(t, "golang.org/x/tools@v0.12.0", rep.Broken[1].Module)
	assert.True(t, rep.Broken[1].Analysed)
	assert.Equal(t, []string{"example.com/despite/loader"}, rep.Broken[1].Importers)
	md, err := os.ReadFile(report + ".md")
	require.NoError(t, err)
	assert.Contains(t, string(md), "## Packages with errors")
	assert.Contains(t, string(md), "| `example.com/despite/broken` | "+brokenOwn+" | not analysed |")
}
