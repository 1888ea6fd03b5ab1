package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The cgo fixture: ask.go has import "C", a legacy request with a rewrite
// (ask), and one with a retired model and a prompt without a Human turn
// (classify); plain.go has a request with a rewrite and no cgo;
// generated.go is generated and uses cgo too. The analysis sees cmd/cgo's
// translation of ask.go, and must report at ask.go's own lines.
var cgoWants = []want{
	{"legacy-api", "ask.go", "map[string]any{\n\t\t\"model\":                \"claude-sonnet-4-6\"", 0},
	{"legacy-api", "ask.go", "map[string]any{\n\t\t\"model\":                \"claude-2.1\"", 0},
	{"model-retired", "ask.go", `"model":                "claude-2.1"`, 0},
	{"prompt-format", "ask.go", "printer on fire.\\n\\nAssistant:\"", len("printer on fire.")},
	{"legacy-api", "plain.go", "map[string]any{", 0},
}

// cgoRelated are related places of the findings above, in the cgo file
// and in main.go, which calls ask.
var cgoRelated = []want{
	{"", "ask.go", `base+"/v1/complete"`, 0},
	{"", "ask.go", `root+"/v1/complete"`, 0},
	{"", "main.go", "ask(http.DefaultClient", 0},
}

// needCgo skips t when cgo cannot build here.
func needCgo(t *testing.T) {
	t.Helper()
	out, err := exec.Command("go", "env", "CGO_ENABLED", "CC").Output()
	fields := strings.Fields(string(out))
	if err != nil || len(fields) < 2 || fields[0] != "1" {
		t.Skipf("cgo is disabled: %s %v", out, err)
	}
	if _, err := exec.LookPath(fields[1]); err != nil {
		t.Skipf("no C compiler: %v", err)
	}
}

// TestCgoFile: a file with import "C" is analysed, reported at its own
// lines, in every driver; its fixes are withheld with the reason, since
// they could only edit cgo's translation. A generated file with cgo stays
// skipped.
func TestCgoFile(t *testing.T) {
	t.Parallel()
	needCgo(t)
	dir := copyModule(t, "testdata/e2e/cgo")
	wanted := wantSet(t, dir, cgoWants)

	r := lint(t, dir, "-json", "./...")
	diags := parseJSON(t, dir, r.stdout)
	assert.Equal(t, wanted, gotSet(diags), "%s", r)
	byPosn := map[string]jsonDiag{}
	for _, d := range diags {
		if d.Category == "legacy-api" {
			byPosn[d.Posn] = d
		}
		assert.NotContains(t, d.Message, "_C", "messages name the user's code, not cgo's")
		for _, fix := range d.SuggestedFixes {
			for _, e := range fix.Edits {
				assert.Equal(t, filepath.Join(dir, "plain.go"), e.Filename, "only plain.go is edited")
			}
		}
	}
	ask := byPosn[cgoWants[0].posn(t, dir)]
	assert.Empty(t, ask.SuggestedFixes)
	assert.Contains(t, ask.Message, `(no automatic rewrite: the file imports "C": the analysis sees cgo's translation of it, which a fix cannot edit)`)
	plain := byPosn[want{"legacy-api", "plain.go", "map[string]any{", 0}.posn(t, dir)]
	assert.Len(t, plain.SuggestedFixes, 1, "plain.go keeps its rewrite")

	assert.NotContains(t, r.stdout, "go-build", "no position in cgo's translation")

	// Text output and go vet, at the same positions, the related places
	// too.
	r = lint(t, dir, "./...")
	assert.Equal(t, 3, r.code, "%s", r)
	assert.Equal(t, wanted, textSet(t, dir, r.stderr))
	assert.NotContains(t, r.stderr, "go-build")
	related := relatedPosns(dir, r.stderr)
	for _, w := range cgoRelated {
		assert.Contains(t, related, w.posn(t, dir), "%s", r)
	}
	r = run(t, dir, "go", "vet", "-vettool="+binary, "./...")
	assert.Equal(t, wanted, textSet(t, dir, r.stderr), "%s", r)
	assert.Equal(t, related, relatedPosns(dir, r.stderr))

	// -fix rewrites plain.go only, and the program still builds.
	before := snapshot(t, dir)
	r = lint(t, dir, "-fix", "./...")
	require.Equal(t, 0, r.code, "%s", r)
	after := snapshot(t, dir)
	for _, name := range keys(before) {
		if name == "/plain.go" {
			assert.Contains(t, after[name], `"/v1/messages"`)
			continue
		}
		assert.Equal(t, before[name], after[name], "%s is untouched", name)
	}
	build := run(t, dir, "go", "build", "-o", os.DevNull, ".")
	assert.Equal(t, 0, build.code, "%s", build)

	// A suppression comment in the file works as in any other.
	src, err := os.ReadFile(filepath.Join(dir, "ask.go"))
	require.NoError(t, err)
	model := `		"model":                "claude-2.1",`
	require.Contains(t, string(src), model)
	src = []byte(strings.Replace(string(src), model, "\t\t//completelint:ignore model-retired pinned until the evaluation is redone\n"+model, 1))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ask.go"), src, 0o644))
	r = lint(t, dir, "-json", "./...")
	for _, d := range parseJSON(t, dir, r.stdout) {
		assert.NotEqual(t, "model-retired", d.Category, "suppressed: %+v", d)
	}
}

// TestCgoFileSarifAndMigrate: the SARIF results of a cgo file point into it,
// without fixes; migrate rewrites plain.go and files ask's request as
// manual work, saying why.
func TestCgoFileSarifAndMigrate(t *testing.T) {
	t.Parallel()
	needCgo(t)
	dir := copyModule(t, "testdata/e2e/cgo")
	out := filepath.Join(t.TempDir(), "cgo.sarif")
	r := lint(t, dir, "sarif", "-o", out, "./...")
	require.Equal(t, 0, r.code, "%s", r)
	data, err := os.ReadFile(out)
	require.NoError(t, err)
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
				Fixes []struct {
					ArtifactChanges []struct {
						ArtifactLocation struct{ URI string }
					}
				}
			}
		}
	}
	require.NoError(t, json.Unmarshal(data, &log))
	assert.NotContains(t, string(data), "go-build", "no location in cgo's translation")
	var got []string
	fixed := map[string]bool{}
	for _, res := range log.Runs[0].Results {
		loc := res.Locations[0].PhysicalLocation
		got = append(got, loc.ArtifactLocation.URI+":"+itoa(loc.Region.StartLine)+":"+itoa(loc.Region.StartColumn)+" "+res.RuleID)
		for _, fix := range res.Fixes {
			for _, ch := range fix.ArtifactChanges {
				fixed[ch.ArtifactLocation.URI] = true
			}
		}
	}
	sort.Strings(got)
	assert.Equal(t, wantSet(t, dir, cgoWants), got)
	assert.Equal(t, map[string]bool{"plain.go": true}, fixed)

	report := filepath.Join(t.TempDir(), "report")
	r = lint(t, dir, "migrate", "-report="+report, "./...")
	require.Equal(t, 4, r.code, "%s", r)
	rep := readReport(t, report)
	var ask string
	for _, s := range rep.Sites {
		if s.File == "ask.go" && s.Line == 16 {
			ask = s.Status + ": " + s.Reason
		}
	}
	assert.Equal(t, `needs manual work: the file imports "C": the analysis sees cgo's translation of it, which a fix cannot edit`, ask)
	assert.Contains(t, siteStatuses(rep), "plain.go:12 rewritten")
}

// relatedPosns returns the positions of the related places in text output:
// the lines whose message is indented, after their diagnostic's.
func relatedPosns(dir, out string) []string {
	var posns []string
	for _, line := range strings.Split(out, "\n") {
		if m := textDiag.FindStringSubmatch(line); m != nil && strings.HasPrefix(m[2], "\t") {
			posns = append(posns, relPosn(dir, m[1]))
		}
	}
	sort.Strings(posns)
	return posns
}

// textSet returns "posn category" of the diagnostics printed as text, with
// the category taken from the message's wording.
func textSet(t *testing.T, dir, out string) []string {
	t.Helper()
	var got []string
	for posn, msg := range parseText(dir, out) {
		got = append(got, posn+" "+categoryOf(msg))
	}
	sort.Strings(got)
	return got
}

// categoryOf guesses the category of a message of the cgo fixture.
func categoryOf(msg string) string {
	switch {
	case strings.HasPrefix(msg, "model "):
		return "model-retired"
	case strings.HasPrefix(msg, "prompt "):
		return "prompt-format"
	}
	return "legacy-api"
}
