package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// migrateReport is the part of the report JSON the tests look at.
type migrateReport struct {
	DryRun bool `json:"dry_run"`
	Totals struct {
		Sites    int            `json:"sites"`
		ByStatus map[string]int `json:"by_status"`
		ByReason []struct {
			Reason string `json:"reason"`
			Sites  int    `json:"sites"`
		} `json:"by_reason"`
	} `json:"totals"`
	Sites []struct {
		File   string `json:"file"`
		Line   int    `json:"line"`
		Kind   string `json:"kind"`
		Status string `json:"status"`
		Reason string `json:"reason"`
	} `json:"sites"`
	Models []struct {
		ID        string `json:"id"`
		Sites     int    `json:"sites"`
		Rewritten int    `json:"rewritten"`
		MappedTo  string `json:"mapped_to"`
	} `json:"models"`
	Restored []struct {
		Dir   string `json:"dir"`
		Error string `json:"error"`
	} `json:"restored"`
}

// readReport validates path.json against the shipped schema and decodes it.
func readReport(t *testing.T, path string) migrateReport {
	t.Helper()
	data, err := os.ReadFile(path + ".json")
	require.NoError(t, err)
	require.NoError(t, validateReport(t, data))
	var rep migrateReport
	require.NoError(t, json.Unmarshal(data, &rep))
	return rep
}

func validateReport(t *testing.T, data []byte) error {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	schema, err := c.Compile(filepath.Join(repoRoot(t), "testdata", "migrate", "report.schema.json"))
	require.NoError(t, err)
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	require.NoError(t, err)
	return schema.Validate(inst)
}

// siteStatuses returns "file:line status" of every site.
func siteStatuses(rep migrateReport) []string {
	var out []string
	for _, s := range rep.Sites {
		out = append(out, fmt.Sprintf("%s:%d %s", s.File, s.Line, s.Status))
	}
	return out
}

// TestMigrateRoundTrip migrates a multi-package module, then runs it against
// the recording server: the conversations and the output are those of the
// legacy program, and the rewritten calls now reach the Messages API.
func TestMigrateRoundTrip(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/migrate/multi")
	// A file that was not gofmt-clean keeps its style where no fix went.
	const handStyled = "\n// Aligned is styled by hand.\nvar Aligned = map[string]int{\"a\":   1,\n\t\"bb\": 2}\n"
	chat := filepath.Join(dir, "chat", "chat.go")
	src, err := os.ReadFile(chat)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(chat, append(src, handStyled...), 0o644))
	rec := newRecorder(t)
	legacyOut := rec.runProgram(t, dir, "ROUNDTRIP_BASE_URL")
	legacyConvs := rec.convs
	require.Len(t, legacyConvs, 6)

	report := filepath.Join(t.TempDir(), "report")
	r := lint(t, dir, "migrate", "-report="+report, "./...")
	require.Equal(t, 4, r.code, "manual work is left: %s", r)
	assert.Contains(t, r.stderr, "migrated 4 files; 7 call sites: 5 rewritten, 1 need manual work, 1 suppressed")

	rep := readReport(t, report)
	assert.Equal(t, []string{
		"ask/ask.go:16 rewritten",
		"ask/ask.go:30 rewritten",
		"ask/ask_test.go:15 rewritten",
		"chat/chat.go:12 rewritten",
		"chat/chat.go:28 suppressed",
		"manual/manual.go:20 needs manual work",
		"stream/stream.go:14 rewritten",
	}, siteStatuses(rep))
	assert.Equal(t, "official SDK", rep.Sites[0].Kind)
	assert.Equal(t, "pinned until the evaluation is redone", rep.Sites[4].Reason)
	require.Len(t, rep.Totals.ByReason, 1)
	assert.Equal(t, "result is returned at …", rep.Totals.ByReason[0].Reason)
	require.Len(t, rep.Models, 2)
	assert.Equal(t, "claude-2.1", rep.Models[0].ID)
	assert.Equal(t, 6, rep.Models[0].Sites)
	assert.Equal(t, 4, rep.Models[0].Rewritten)
	assert.NotEmpty(t, rep.Models[0].MappedTo)
	md, err := os.ReadFile(report + ".md")
	require.NoError(t, err)
	assert.Contains(t, string(md), "| `manual/manual.go:20` | official SDK | `CompletionService.New` | needs manual work | result is returned at manual.go:20 ([guide](https://")

	migrated, err := os.ReadFile(chat)
	require.NoError(t, err)
	assert.Contains(t, string(migrated), handStyled, "migrate restyled a declaration it did not fix")
	assert.NotContains(t, string(migrated), "Completions.New(ctx, anthropic.CompletionNewParams{\n\t\tModel:             \"claude-2.1\",\n\t\tMaxTokensToSample: 20,\n\t\tTopK")

	vet := run(t, dir, "go", "vet", "./...") // the migrated test file compiles too
	require.Equal(t, 0, vet.code, "%s", vet)
	assert.Equal(t, strings.Split(legacyOut, "\n"), strings.Split(rec.runProgram(t, dir, "ROUNDTRIP_BASE_URL"), "\n"))
	assert.Equal(t, []string{"/v1/messages", "/v1/messages", "/v1/messages", "/v1/complete", "/v1/messages", "/v1/complete"}, rec.endpoints)
	require.Len(t, rec.convs, len(legacyConvs))
	for i := range legacyConvs {
		assert.Equal(t, legacyConvs[i], rec.convs[i], "request %d (%s)", i, rec.endpoints[i])
	}
}

// TestMigrateRestoresBrokenPackage: package bad's rewrite compiles without
// tags but not with -tags extra, where its client is a fake without a
// Messages service. Verification with that tag restores bad alone.
func TestMigrateRestoresBrokenPackage(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/migrate/broken")
	before := snapshot(t, dir)
	report := filepath.Join(t.TempDir(), "report")
	r := lint(t, dir, "migrate", "-verify-tags=extra", "-report="+report, "./...")
	require.Equal(t, 4, r.code, "%s", r)
	assert.Contains(t, r.stderr, "restored bad: with -tags=extra: bad/bad.go:14:22: client.Messages undefined")

	after := snapshot(t, dir)
	for _, f := range []string{"/bad/bad.go", "/bad/client.go", "/bad/client_extra.go"} {
		assert.Equal(t, before[f], after[f], "%s must be restored", f)
	}
	assert.NotEqual(t, before["/good/good.go"], after["/good/good.go"])
	assert.Contains(t, after["/good/good.go"], "client.Messages.New(")

	rep := readReport(t, report)
	assert.Equal(t, []string{"bad/bad.go:14 needs manual work", "good/good.go:12 rewritten"}, siteStatuses(rep))
	require.Len(t, rep.Restored, 1)
	assert.Equal(t, "bad", rep.Restored[0].Dir)
	for _, tags := range []string{"", "extra"} {
		b := run(t, dir, "go", "vet", "-tags="+tags, "./...")
		assert.Equal(t, 0, b.code, "tags %q: %s", tags, b)
	}
}

// TestMigrateRefusesDirtyTree: uncommitted changes are refused unless -force.
func TestMigrateRefusesDirtyTree(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("needs git")
	}
	dir := copyModule(t, "testdata/migrate/broken")
	for _, args := range [][]string{
		{"init", "-q"}, {"add", "."},
		{"-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "init"},
	} {
		g := run(t, dir, "git", args...)
		require.Equal(t, 0, g.code, "%s", g)
	}
	edited := filepath.Join(dir, "good", "good.go")
	f, err := os.OpenFile(edited, os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = f.WriteString("\n// work in progress\n")
	require.NoError(t, f.Close())
	require.NoError(t, err)
	before := snapshot(t, dir)

	r := lint(t, dir, "migrate", "./...")
	assert.Equal(t, 1, r.code, "%s", r)
	assert.Contains(t, r.stderr, "uncommitted changes")
	assert.Contains(t, r.stderr, "good/good.go")
	assert.Equal(t, before, snapshot(t, dir))
}

// TestMigrateReportSchemaRejects shows the schema check can fail.
func TestMigrateReportSchemaRejects(t *testing.T) {
	t.Parallel()
	bad := `{"schema_version":1,"root":"/m","dry_run":false,"interrupted":false,"files":0,"written":0,"guide":"https://example.com",
		"totals":{"sites":1,"by_status":{"rewritten":0,"needs manual work":1,"suppressed":0},"by_kind":{"official SDK":1},"by_reason":[]},
		"sites":[{"file":"a.go","line":3,"column":2,"kind":"official SDK","status":"needs manual work"}],
		"models":[],"restored":[]}`
	err := validateReport(t, []byte(bad))
	require.Error(t, err, "a manual site without a reason")
	assert.NoError(t, validateReport(t, []byte(strings.Replace(bad, `"status":"needs manual work"}`, `"status":"needs manual work","reason":"r","guide":"https://example.com"}`, 1))))
}
