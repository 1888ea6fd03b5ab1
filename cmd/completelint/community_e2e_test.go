package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/completelint/completelint/internal/apitest"
)

// communityDay is the day the round trip judges models on, in the fix and
// in the stand-in API alike.
const communityDay = "2026-11-25"

// TestCommunityRoundTrip runs a program that calls go-anthropic v2 and
// anthropic-go v2 against the validating stand-in API, applies -fix, and
// runs the rewritten program again: every call must move to the library's
// own Messages API, the program must build and vet, and print the same,
// and each request must carry the same conversation and be accepted.
//
// Neither library can be fetched here (the module proxy refuses both), so
// each is assembled from the stub the goldens are type-checked against and
// a working client.go that sends over HTTP (testdata/e2e/community/lib).
func TestCommunityRoundTrip(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/e2e/community/app")
	root := repoRoot(t)
	assembleLibrary(t, filepath.Join(dir, "third_party", "go-anthropic", "v2"), "github.com/liushuangls/go-anthropic/v2",
		filepath.Join(root, "testdata/src/github.com/liushuangls/go-anthropic/v2"), "",
		filepath.Join(root, "testdata/e2e/community/lib/go-anthropic-v2/client.go"))
	assembleLibrary(t, filepath.Join(dir, "third_party", "anthropic-go", "v2"), "github.com/madebywelch/anthropic-go/v2",
		filepath.Join(root, "testdata/src/github.com/madebywelch/anthropic-go/v2/pkg/anthropic"), "pkg/anthropic",
		filepath.Join(root, "testdata/e2e/community/lib/anthropic-go-v2/client.go"))
	day, err := time.Parse(time.DateOnly, communityDay)
	require.NoError(t, err)
	srv := apitest.New(t, apitest.Day(day), apitest.RequireHeaders())

	legacyOut := runCommunityApp(t, dir, srv)
	legacy := srv.Requests()
	require.Len(t, legacy, 6, "one request per call")
	for _, r := range legacy {
		assert.Equal(t, "/v1/complete", r.Path)
	}
	assert.Contains(t, legacyOut, `one word: you said "What is the capital of France?" after 1 turns`)

	diags := parseJSON(t, dir, lint(t, dir, "-json", "-today="+communityDay, "./...").stdout)
	fixed := 0
	for _, d := range diags {
		// The callers of the functions that send get a note of their own,
		// which the fix of the call settles.
		if d.Category == "legacy-api" && strings.Contains(d.Message, "sends a legacy Text Completions request") {
			assert.NotEmpty(t, d.SuggestedFixes, "%s: %s", d.Posn, d.Message)
			fixed += min(len(d.SuggestedFixes), 1)
		}
	}
	require.Equal(t, len(legacy), fixed, "every call offers the Messages rewrite")
	r := lint(t, dir, "-fix", "-today="+communityDay, "./...")
	require.Equal(t, 0, r.code, "%s", r)
	vet := run(t, dir, "go", "vet", "./...")
	require.Equal(t, 0, vet.code, "the fixed program vets: %s", vet)

	srv.Reset()
	messagesOut := runCommunityApp(t, dir, srv)
	assert.Equal(t, strings.Split(legacyOut, "\n"), strings.Split(messagesOut, "\n"))
	t.Logf("output before and after the fix:\n%s", messagesOut)
	fixedReqs := srv.Requests()
	require.Len(t, fixedReqs, len(legacy))
	for i, r := range fixedReqs {
		assert.Equal(t, "/v1/messages", r.Path, "request %d", i)
		assert.Equal(t, legacy[i].Conversation, r.Conversation, "request %d: %s", i, r.Body)
		t.Logf("%s %s", r.Path, r.Body)
	}
	again := parseJSON(t, dir, lint(t, dir, "-json", "-today="+communityDay, "./...").stdout)
	for _, d := range again {
		assert.NotEqual(t, "legacy-api", d.Category, "%s: %s", d.Posn, d.Message)
	}
}

// assembleLibrary writes the module path at dir: the stub's files but
// client.go, which the working client replaces, in subdir of the module.
func assembleLibrary(t *testing.T, dir, path, stub, subdir, client string) {
	t.Helper()
	pkg := filepath.Join(dir, filepath.FromSlash(subdir))
	require.NoError(t, os.MkdirAll(pkg, 0o755))
	entries, err := os.ReadDir(stub)
	require.NoError(t, err)
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") || e.Name() == "client.go" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(stub, e.Name()))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(pkg, e.Name()), data, 0o644))
	}
	data, err := os.ReadFile(client)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(pkg, "client.go"), data, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module "+path+"\n\ngo 1.24\n"), 0o644))
}

// runCommunityApp builds and runs the program against srv and returns what
// it printed; every request must be accepted.
func runCommunityApp(t *testing.T, dir string, srv *apitest.Server) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "app")
	build := run(t, dir, "go", "build", "-o", bin, ".")
	require.Equal(t, 0, build.code, "%s", build)
	r := runEnv(t, dir, []string{"COMMUNITY_BASE_URL=" + srv.URL()}, bin)
	require.Equal(t, 0, r.code, "%s", r)
	require.Empty(t, srv.Errors(), "the stand-in API rejected requests")
	return r.stdout
}
