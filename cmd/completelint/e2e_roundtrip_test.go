package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRoundTrip runs a program's legacy calls against the recording server,
// applies -fix, and runs the rewritten program against the same server: the
// conversations sent and the printed output must be identical, request for
// request, and every request must now go to the Messages API.
func TestRoundTrip(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/e2e/roundtrip")
	rec := newRecorder(t)

	runProgram := func() string {
		t.Helper()
		build := run(t, dir, "go", "build", "-o", "roundtrip.bin", ".")
		require.Equal(t, 0, build.code, "%s", build)
		r := runEnv(t, dir, []string{"ROUNDTRIP_BASE_URL=" + rec.srv.URL}, filepath.Join(dir, "roundtrip.bin"))
		rec.mu.Lock()
		defer rec.mu.Unlock()
		require.Empty(t, rec.errs, "server rejected requests")
		require.Equal(t, 0, r.code, "%s", r)
		return r.stdout
	}
	legacyOut := runProgram()
	legacyConvs, legacyEndpoints := rec.convs, rec.endpoints
	// The recorder itself must see what the program sends.
	require.Equal(t, []string{"/v1/complete", "/v1/complete", "/v1/complete", "/v1/complete"}, legacyEndpoints)
	assert.Equal(t, conversation{
		System:    "You are a terse assistant.",
		Turns:     []turn{{"user", "What is 2+2?"}},
		MaxTokens: 100,
	}, legacyConvs[0])
	assert.Equal(t, []turn{{"user", `Translate "good morning" into French.`}, {"assistant", "Translation:"}}, legacyConvs[1].Turns)
	assert.Equal(t, []string{"\n"}, legacyConvs[1].Stop)
	assert.Equal(t, []turn{{"user", "Say hi."}, {"assistant", "Hi!"}, {"user", "Say bye."}}, legacyConvs[2].Turns)
	assert.Equal(t, "user-42", legacyConvs[2].UserID)
	assert.True(t, legacyConvs[3].Stream)
	assert.Contains(t, legacyOut, `story: you| said| "Tell| a| story| about| a| lighthouse."| after| 1| turns`)

	diags := parseJSON(t, dir, lint(t, dir, "-json", "./...").stdout)
	rewritten := fixedByCategory(diags)["legacy-api"]
	if rewritten == 0 {
		t.Skip("no legacy-api diagnostic offers the Messages rewrite yet")
	}
	r := lint(t, dir, "-fix", "./...")
	require.Equal(t, 0, r.code, "%s", r)
	rec.reset()
	messagesOut := runProgram()

	assert.Equal(t, strings.Split(legacyOut, "\n"), strings.Split(messagesOut, "\n"))
	// Each call runs once, so each rewritten call is one Messages request.
	messages := 0
	for _, e := range rec.endpoints {
		if e == "/v1/messages" {
			messages++
		}
	}
	assert.Equal(t, rewritten, messages, "requests: %v", rec.endpoints)
	if rewritten < len(legacyEndpoints) {
		t.Logf("only %d of %d calls offer the rewrite", rewritten, len(legacyEndpoints))
	}
	require.Len(t, rec.convs, len(legacyConvs))
	for i := range legacyConvs {
		assert.Equal(t, legacyConvs[i], rec.convs[i], "request %d (%s)", i, rec.endpoints[i])
	}
}
