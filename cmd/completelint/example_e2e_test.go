package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExampleRequestsAccepted runs the bundled example against the
// validating stand-in for the API before and after -fix: the requests its
// fixes write are ones their models accept (issue 9), summarize keeps its
// conversation and output, and ask, whose legacy prompt the API rejected
// (a single newline before "Assistant:") and whose model comes from a flag's
// default, now sends its prefill to a model that accepts one.
func TestExampleRequestsAccepted(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "examples/legacy")
	rec := newRecorder(t)
	rec.env = []string{"ANTHROPIC_API_KEY=test"}

	legacyOut := rec.runProgram(t, dir, "ANTHROPIC_BASE_URL", "summarize")
	require.Equal(t, []string{"/v1/complete"}, rec.endpoints)
	legacyConvs := rec.convs

	r := lint(t, dir, "-fix", "./...")
	require.NotEqual(t, 1, r.code, "%s", r)
	vet := run(t, dir, "go", "vet", "./...")
	require.Equal(t, 0, vet.code, "%s", vet)

	out := rec.runProgram(t, dir, "ANTHROPIC_BASE_URL", "summarize")
	require.Equal(t, []string{"/v1/messages"}, rec.endpoints)
	assert.Equal(t, legacyConvs, rec.convs)
	assert.Equal(t, legacyOut, out)
	assert.Equal(t, "claude-opus-4-6", rec.requests[0].Model, "Opus 4.8, the successor, rejects a temperature")

	rec.runProgram(t, dir, "ANTHROPIC_BASE_URL", "ask", "What is the capital of France?")
	require.Equal(t, []string{"/v1/messages"}, rec.endpoints)
	assert.Equal(t, "claude-opus-4-5-20251101", rec.requests[0].Model, "the flag's default moved to a model that accepts a prefill")
	assert.True(t, rec.convs[0].Stream)
	require.NotEmpty(t, rec.convs[0].Turns)
	assert.Equal(t, "<answer>", rec.convs[0].Turns[len(rec.convs[0].Turns)-1].Text, "the prefill is kept")
}
