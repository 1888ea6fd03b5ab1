package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDirectHTTPRoundTrip runs a program that builds legacy bodies by hand
// against the recording server, applies -fix, and runs it again: every
// request must move to /v1/messages with the same conversation, and the
// program must print the same lines.
func TestDirectHTTPRoundTrip(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/e2e/direct")
	rec := newRecorder(t)
	legacyOut := rec.runProgram(t, dir, "DIRECT_BASE_URL")
	legacyEndpoints, legacyConvs := rec.endpoints, rec.convs
	require.Equal(t, []string{"/v1/complete", "/v1/complete"}, legacyEndpoints)
	assert.Equal(t, conversation{
		System: "You are terse.", Turns: []turn{{Role: "user", Text: "What is 2+2?"}}, MaxTokens: 100, Stop: []string{"END"},
	}, legacyConvs[0])

	diags := parseJSON(t, dir, lint(t, dir, "-json", "./...").stdout)
	require.Equal(t, 2, fixedByCategory(diags)["legacy-api"], "both bodies offer the rewrite: %+v", diags)
	r := lint(t, dir, "-fix", "./...")
	require.Equal(t, 0, r.code, "%s", r)
	vet := run(t, dir, "go", "vet", "./...")
	require.Equal(t, 0, vet.code, "%s", vet)

	messagesOut := rec.runProgram(t, dir, "DIRECT_BASE_URL")
	messagesEndpoints, messagesConvs := rec.endpoints, rec.convs
	assert.Equal(t, []string{"/v1/messages", "/v1/messages"}, messagesEndpoints)
	assert.Equal(t, legacyConvs, messagesConvs)
	assert.Equal(t, strings.Split(legacyOut, "\n"), strings.Split(messagesOut, "\n"))
}
