package main

// The round trips run a program before and after a fix against
// internal/apitest, a stand-in for the Anthropic API that validates every
// request the way the API does (a Messages request the target model would
// reject fails the test) and records each as the library-independent
// conversation the migration mapping says both forms carry.

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/completelint/completelint/internal/apitest"
)

// A turn and a conversation are apitest's: a request with the endpoint's
// spelling removed.
type (
	turn         = apitest.Turn
	conversation = apitest.Conversation
)

// A recorder is the validating stand-in and what one program run sent it.
type recorder struct {
	srv       *apitest.Server
	endpoints []string       // the path of each request
	convs     []conversation // what each carried
	requests  []apitest.Request
	env       []string // more environment for the program
}

func newRecorder(t *testing.T) *recorder { return &recorder{srv: apitest.New(t)} }

// runProgram forgets what was recorded, builds the program of the module in
// dir, runs it with baseURLVar pointing at the stand-in, and returns what it
// printed. The program must succeed and the stand-in accept every request.
func (rec *recorder) runProgram(t *testing.T, dir, baseURLVar string, args ...string) string {
	t.Helper()
	rec.srv.Reset()
	bin := filepath.Join(dir, filepath.Base(dir)+".bin")
	build := run(t, dir, "go", "build", "-o", bin, ".")
	require.Equal(t, 0, build.code, "%s", build)
	r := runEnv(t, dir, append([]string{baseURLVar + "=" + rec.srv.URL()}, rec.env...), bin, args...)
	require.NoError(t, os.Remove(bin))
	require.Empty(t, rec.srv.Errors(), "the stand-in API rejected requests")
	require.Equal(t, 0, r.code, "%s", r)
	rec.requests = rec.srv.Requests()
	rec.endpoints, rec.convs = nil, nil
	for _, q := range rec.requests {
		rec.endpoints = append(rec.endpoints, q.Path)
		rec.convs = append(rec.convs, q.Conversation)
	}
	return r.stdout
}
