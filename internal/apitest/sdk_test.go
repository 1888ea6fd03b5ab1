package apitest

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sdkResult is one line the sdkclient program prints.
type sdkResult struct {
	Step       string
	Text       string
	StopReason string `json:"stop_reason"`
	Events     []string
	Status     int
	ErrorType  string `json:"error_type"`
	Message    string
	Error      string
}

// TestOfficialSDK runs a program of the real official Go SDK (v1.84.0, in
// its own module under testdata) against the server: the SDK must decode
// the answers, streams and errors, and the server record what it sent.
func TestOfficialSDK(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("needs the go command:", err)
	}
	t.Parallel()
	dir, err := filepath.Abs(filepath.Join("testdata", "sdkclient"))
	require.NoError(t, err)
	bin := filepath.Join(t.TempDir(), "sdkclient")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "building the SDK client: %s", out)

	s := New(t, RequireHeaders())
	run := exec.Command(bin)
	run.Env = append(os.Environ(), "APITEST_BASE_URL="+s.URL())
	var stderr bytes.Buffer
	run.Stderr = &stderr
	stdout, err := run.Output()
	require.NoError(t, err, "%s", stderr.String())
	results := map[string]sdkResult{}
	var steps []string
	for line := range strings.Lines(string(stdout)) {
		var r sdkResult
		require.NoError(t, json.Unmarshal([]byte(line), &r), "%s", line)
		results[r.Step] = r
		steps = append(steps, r.Step)
	}
	require.Equal(t, []string{"new", "stream", "prefill", "retired", "sampling", "limit", "too-long", "too-long-timeout", "complete", "complete-stream"}, steps)

	assert.Equal(t, sdkResult{Step: "new", Text: `you said "Hi there" after 1 turns`, StopReason: "end_turn"}, results["new"])

	stream := results["stream"]
	assert.Equal(t, `you said "Tell a story" after 1 turns`, stream.Text, "the SDK accumulates the deltas")
	assert.Equal(t, "end_turn", stream.StopReason)
	assert.Empty(t, stream.Error)
	require.GreaterOrEqual(t, len(stream.Events), 7)
	assert.Equal(t, []string{"message_start", "content_block_start"}, stream.Events[:2], "the SDK drops ping")
	assert.Equal(t, []string{"content_block_stop", "message_delta", "message_stop"}, stream.Events[len(stream.Events)-3:])
	for _, e := range stream.Events[2 : len(stream.Events)-3] {
		assert.Equal(t, "content_block_delta", e)
	}

	assert.Equal(t, sdkResult{Step: "prefill", Status: 400, ErrorType: "invalid_request_error", Message: prefillRejected}, results["prefill"])
	assert.Equal(t, sdkResult{Step: "retired", Status: 404, ErrorType: "not_found_error", Message: "model: claude-3-haiku-20240307"}, results["retired"])
	assert.Equal(t, sdkResult{Step: "sampling", Status: 400, ErrorType: "invalid_request_error", Message: bothSampling}, results["sampling"])

	// The SDK's client-side check agrees with SDKRefusesNonStreaming.
	assert.Empty(t, results["limit"].Error)
	assert.Equal(t, "end_turn", results["limit"].StopReason)
	assert.False(t, SDKRefusesNonStreaming(21333, "claude-sonnet-4-6"))
	assert.Contains(t, results["too-long"].Error, "streaming is required for operations that may take longer than 10 minutes")
	assert.True(t, SDKRefusesNonStreaming(21334, "claude-sonnet-4-6"))
	assert.Equal(t, "end_turn", results["too-long-timeout"].StopReason, "a request timeout lifts the check")

	assert.Equal(t, sdkResult{Step: "complete", Text: `you said "Hi there" after 1 turns`, StopReason: "stop_sequence"}, results["complete"])
	cs := results["complete-stream"]
	assert.Equal(t, `you said "Tell a story" after 1 turns`, cs.Text)
	assert.Equal(t, "stop_sequence", cs.StopReason)
	assert.GreaterOrEqual(t, len(cs.Events), 2)

	// What reached the server: everything but the call the SDK refused.
	var sent []string
	for _, r := range s.Requests() {
		sent = append(sent, r.Path+" "+r.Model)
	}
	assert.Equal(t, []string{
		"/v1/messages claude-haiku-4-5", "/v1/messages claude-opus-4-8", "/v1/messages claude-opus-4-8",
		"/v1/messages claude-3-haiku-20240307", "/v1/messages claude-sonnet-4-6", "/v1/messages claude-sonnet-4-6",
		"/v1/messages claude-sonnet-4-6", "/v1/complete claude-2.1", "/v1/complete claude-2.1",
	}, sent)
	convs := s.Conversations()
	require.Len(t, convs, 6)
	assert.Equal(t, convs[0].Turns, convs[4].Turns, "the legacy prompt and the Messages request carry one conversation")
	assert.Equal(t, convs[0].System, convs[4].System)
	assert.Equal(t, "Be brief.", convs[0].System)
	assert.True(t, convs[1].Stream)
	assert.True(t, convs[5].Stream)
}
