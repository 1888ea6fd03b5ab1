package main

import (
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

	legacyOut := rec.runProgram(t, dir, "ROUNDTRIP_BASE_URL")
	legacyConvs, legacyEndpoints := rec.convs, rec.endpoints
	// The recorder itself must see what the program sends.
	require.Equal(t, []string{"/v1/complete", "/v1/complete", "/v1/complete", "/v1/complete"}, legacyEndpoints)
	assert.Equal(t, conversation{
		System:    "You are a terse assistant.",
		Turns:     []turn{{Role: "user", Text: "What is 2+2?"}},
		MaxTokens: 100,
	}, legacyConvs[0])
	assert.Equal(t, []turn{{Role: "user", Text: `Translate "good morning" into French.`}, {Role: "assistant", Text: "Translation:"}}, legacyConvs[1].Turns)
	assert.Equal(t, []string{"\nNote:"}, legacyConvs[1].Stop)
	assert.Equal(t, []turn{{Role: "user", Text: "Say hi."}, {Role: "assistant", Text: "Hi!"}, {Role: "user", Text: "Say bye."}}, legacyConvs[2].Turns)
	assert.Equal(t, "user-42", legacyConvs[2].UserID)
	assert.True(t, legacyConvs[3].Stream)
	assert.Contains(t, legacyOut, `story: you| said| "Tell| a| story| about| a| lighthouse."| after| 1| turns`)

	diags := parseJSON(t, dir, lint(t, dir, "-json", "./...").stdout)
	rewritten := fixedByCategory(diags)["legacy-api"]
	require.Equal(t, len(legacyConvs), rewritten, "every legacy call offers the Messages rewrite: %+v", diags)
	r := lint(t, dir, "-fix", "./...")
	require.Equal(t, 0, r.code, "%s", r)
	messagesOut := rec.runProgram(t, dir, "ROUNDTRIP_BASE_URL")

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
