package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOneFindingPerRequestJSON runs -json on a program that builds legacy
// bodies by hand: each request is one legacy-api diagnostic, at its body,
// whose "related" names the call of net/http, the URL and the call of the
// wrapper function that sends it; the URLs have no diagnostic of their own.
func TestOneFindingPerRequestJSON(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/e2e/direct")
	r := lint(t, dir, "-json", "./...")
	var tree map[string]map[string][]struct {
		Posn     string `json:"posn"`
		Category string `json:"category"`
		Related  []struct {
			Posn    string `json:"posn"`
			End     string `json:"end"`
			Message string `json:"message"`
		} `json:"related"`
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &tree), "%s", r)
	got := map[string][]string{}
	for _, byAnalyzer := range tree {
		for _, d := range byAnalyzer["completelint"] {
			if d.Category != "legacy-api" {
				continue
			}
			var rel []string
			for _, ri := range d.Related {
				rel = append(rel, relPosn(dir, ri.Posn)+"-"+relPosn(dir, ri.End)+" "+ri.Message)
			}
			got[relPosn(dir, d.Posn)] = rel
		}
	}
	assert.Equal(t, map[string][]string{
		"main.go:16:28": {
			"main.go:25:14-main.go:25:81 http.NewRequest takes the request's URL and body",
			`main.go:25:38-main.go:25:57 the request's URL, "<base>/v1/complete"; the Messages API's is POST /v1/messages`,
			"main.go:71:35-main.go:71:80 calls ask, which builds this request's body",
		},
		"main.go:46:13": {
			"main.go:56:15-main.go:56:85 http.Post takes the request's URL and body",
			`main.go:56:25-main.go:56:44 the request's URL, "<base>/v1/complete"; the Messages API's is POST /v1/messages`,
		},
	}, got)
}

// TestMigrateOneSitePerRequest migrates the same program: each request is
// one site, rewritten, and the call of the wrapper whose request was
// rewritten counts as rewritten. (Its URLs used to be sites of their own,
// left as manual work, which also kept the wrapper's call from settling.)
func TestMigrateOneSitePerRequest(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/e2e/direct")
	report := filepath.Join(t.TempDir(), "report")
	r := lint(t, dir, "migrate", "-report="+report, "./...")
	require.Equal(t, 0, r.code, "%s", r)
	assert.Equal(t, "completelint migrate: migrated 1 files; 3 call sites: 3 rewritten, 0 need manual work, 0 suppressed\n", r.stderr)
	rep := readReport(t, report)
	assert.Equal(t, []string{"main.go:16 rewritten", "main.go:46 rewritten", "main.go:71 rewritten"}, siteStatuses(rep))
	assert.Equal(t, "wrapper", rep.Sites[2].Kind)
}
