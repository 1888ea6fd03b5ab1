package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/completelint/completelint/internal/apitest"
)

// TestMigrateStopReasons migrates service code whose helpers hand the
// legacy answer and its stop reason to their callers (returned, stored in a
// struct, passed on, switched on, compared, read from a stream's last
// event), then runs it against the validating stand-in API: every site is
// rewritten, migrate exits 0, the program prints what it printed, the
// conversations are those it sent, and a second run changes nothing.
func TestMigrateStopReasons(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/migrate/stopreasons")
	srv := apitest.New(t)
	// Questions that ask for something long are cut at max_tokens, so that
	// both legacy stop reasons reach the program.
	srv.SetReply(func(c apitest.Conversation) apitest.Reply {
		r := apitest.DefaultReply(c)
		if strings.Contains(strings.ToLower(c.Turns[len(c.Turns)-1].Text), "long") ||
			len(c.Turns) > 1 && strings.Contains(strings.ToLower(c.Turns[len(c.Turns)-2].Text), "long") {
			r.StopReason = "max_tokens"
		}
		return r
	})

	legacyOut := runAgainst(t, srv, dir)
	legacy := srv.Requests()
	require.Equal(t, 20, len(legacy), "requests the program sends")
	for _, r := range legacy {
		require.Equal(t, apitest.TextCompletions, r.API, "%s", r.Path)
	}
	assert.Contains(t, legacyOut, `ask long: "you said \"Write a long essay.\" after 1 turns" max_tokens`)
	assert.Contains(t, legacyOut, `classify: "you said \"Classify: I love it\" after 2 turns" complete`)
	assert.Contains(t, legacyOut, `story: "you said \"Tell a story about a lighthouse\" after 1 turns" stop_sequence`)
	assert.Contains(t, legacyOut, `story long: "you said \"Tell a story about a long voyage\" after 1 turns" max_tokens`)

	report := filepath.Join(t.TempDir(), "report")
	r := lint(t, dir, "migrate", "-report="+report, "./...")
	require.Equal(t, 0, r.code, "every site is rewritten: %s", r)
	assert.Contains(t, r.stderr, "15 call sites: 15 rewritten, 0 need manual work")
	rep := readReport(t, report)
	assert.Equal(t, 15, rep.Totals.ByStatus["rewritten"])
	assert.Zero(t, rep.Totals.ByStatus["needs manual work"])
	vet := run(t, dir, "go", "vet", "./...")
	require.Equal(t, 0, vet.code, "%s", vet)
	migrated := snapshot(t, dir)
	for _, f := range []string{"/svc/ask.go", "/svc/more.go", "/tools/story.go"} {
		assert.NotContains(t, migrated[f], "Completions.New", f)
	}
	// One helper per file that needs one, numbered within the package.
	assert.Contains(t, migrated["/svc/ask.go"], "func legacyStopReason(")
	assert.Contains(t, migrated["/svc/more.go"], "func legacyStopReason2(")
	assert.Contains(t, migrated["/tools/story.go"], "func legacyStopReason(")

	messagesOut := runAgainst(t, srv, dir)
	assertSameRun(t, legacy, legacyOut, srv.Requests(), messagesOut)

	again := lint(t, dir, "migrate", "./...")
	require.Equal(t, 0, again.code, "%s", again)
	assert.Equal(t, migrated, snapshot(t, dir), "a second run changes nothing")
}

// runAgainst builds the program of the module in dir, runs it against srv
// (forgetting what srv saw before) and returns what it printed. Every
// request must be accepted.
func runAgainst(t *testing.T, srv *apitest.Server, dir string) string {
	t.Helper()
	return runAgainstEnv(t, srv, dir, "STOPREASONS_BASE_URL")
}

// runAgainstEnv is runAgainst with the server's URL in the variable env.
func runAgainstEnv(t *testing.T, srv *apitest.Server, dir, env string) string {
	t.Helper()
	srv.Reset()
	bin := filepath.Join(t.TempDir(), "program")
	build := run(t, dir, "go", "build", "-o", bin, ".")
	require.Equal(t, 0, build.code, "%s", build)
	r := runEnv(t, dir, []string{env + "=" + srv.URL()}, bin)
	require.Equal(t, 0, r.code, "%s", r)
	require.Empty(t, srv.Errors(), "the stand-in API rejected requests")
	_ = os.Remove(bin)
	return r.stdout
}

// TestMapBodyPromptsRoundTrip fixes map bodies whose prompt is built before
// them (by statements, a loop, a function of the package, or set after the
// literal) and runs the program against the validating stand-in API before
// and after: each request moves to the Messages API with the same
// conversation, and the program prints the same lines.
func TestMapBodyPromptsRoundTrip(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/e2e/mapbodies")
	srv := apitest.New(t)
	legacyOut := runAgainstEnv(t, srv, dir, "MAPS_BASE_URL")
	legacy := srv.Requests()
	require.Equal(t, 5, len(legacy))
	assert.Equal(t, []apitest.Turn{{Role: "user", Text: "Rank these:\n- sleep\n- food"}}, legacy[2].Conversation.Turns)

	diags := parseJSON(t, dir, lint(t, dir, "-json", "./...").stdout)
	bodies := 0
	for _, d := range diags {
		if strings.HasPrefix(d.Message, "map literal builds") {
			bodies++
			assert.NotEmpty(t, d.SuggestedFixes, "%s: %s", d.Posn, d.Message)
		}
	}
	require.Equal(t, 5, bodies)
	r := lint(t, dir, "-fix", "./...")
	require.Equal(t, 0, r.code, "%s", r)
	vet := run(t, dir, "go", "vet", "./...")
	require.Equal(t, 0, vet.code, "%s", vet)

	messagesOut := runAgainstEnv(t, srv, dir, "MAPS_BASE_URL")
	assertSameRun(t, legacy, legacyOut, srv.Requests(), messagesOut)
}

// assertSameRun checks that a rewritten program sent the conversations of
// the legacy one, request for request, all to the Messages API, and printed
// the same lines.
func assertSameRun(t *testing.T, legacy []apitest.Request, legacyOut string, rewritten []apitest.Request, messagesOut string) {
	t.Helper()
	require.Equal(t, len(legacy), len(rewritten))
	for i := range legacy {
		assert.Equal(t, apitest.Messages, rewritten[i].API, "request %d", i)
		assert.Equal(t, legacy[i].Conversation, rewritten[i].Conversation, "request %d", i)
	}
	assert.Equal(t, strings.Split(legacyOut, "\n"), strings.Split(messagesOut, "\n"))
}
