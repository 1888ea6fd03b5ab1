package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/completelint/completelint/internal/sarif/sarifcheck"
)

// fixtureDir is a module with its own go.mod requiring the real SDK.
func fixtureDir(t *testing.T) string {
	dir, err := filepath.Abs("../../testdata/integration/golangci")
	require.NoError(t, err)
	return dir
}

type sarifLog struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Name    string
				Version string
				Rules   []struct{ ID string }
			}
		}
		OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
		Results            []struct {
			RuleID    string
			Level     string
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct{ URI, URIBaseID string } `json:"artifactLocation"`
					Region           struct{ StartLine, StartColumn int }
				}
			}
		}
	}
}

func TestSarifOnFixture(t *testing.T) {
	t.Parallel()
	out := filepath.Join(t.TempDir(), "completelint.sarif")
	var stdout, stderr bytes.Buffer
	code := runSarif([]string{"-o", out, "-today=2026-01-15", "./..."}, fixtureDir(t), &stdout, &stderr)
	require.Equal(t, 0, code, "stderr: %s", stderr.String())
	assert.Empty(t, stdout.String(), "-o writes the log to the file only")

	data, err := os.ReadFile(out)
	require.NoError(t, err)
	var log sarifLog
	require.NoError(t, json.Unmarshal(data, &log))
	require.Len(t, log.Runs, 1)
	run := log.Runs[0]
	assert.Equal(t, "completelint", run.Tool.Driver.Name)
	assert.Equal(t, "0.0.0-devel", run.Tool.Driver.Version)
	require.Len(t, run.Tool.Driver.Rules, 9, "one rule per category, and one for malformed suppression comments")
	assert.Equal(t, "legacy-api", run.Tool.Driver.Rules[0].ID)
	assert.Equal(t, "file://"+filepath.ToSlash(fixtureDir(t))+"/", run.OriginalURIBaseIDs["%SRCROOT%"].URI)

	legacy := map[string]bool{}
	for _, r := range run.Results {
		assert.Equal(t, "warning", r.Level)
		require.Len(t, r.Locations, 1)
		loc := r.Locations[0].PhysicalLocation
		assert.Equal(t, "%SRCROOT%", loc.ArtifactLocation.URIBaseID)
		if r.RuleID == "legacy-api" {
			legacy[loc.ArtifactLocation.URI+":"+itoa(loc.Region.StartLine)] = true
		}
	}
	for _, want := range []string{"legacy.go:13", "advice.go:12", "params.go:12", "nolint.go:13"} {
		assert.True(t, legacy[want], "no legacy-api result at %s; got %v", want, legacy)
	}

	warnings := sarifcheck.Validate(t, out)
	assert.Empty(t, warnings)
}

func TestSarifExitCodes(t *testing.T) {
	t.Parallel()
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 2, runSarif(nil, fixtureDir(t), &stdout, &stderr), "no packages")
	assert.Equal(t, 2, runSarif([]string{"-nosuchflag", "./..."}, fixtureDir(t), &stdout, &stderr))
	assert.Equal(t, 2, runSarif([]string{"-disable=typo", "./..."}, fixtureDir(t), &stdout, &stderr))

	stderr.Reset()
	assert.Equal(t, 1, runSarif([]string{"./nosuchdir"}, fixtureDir(t), &stdout, &stderr))
	assert.Contains(t, stderr.String(), "completelint sarif: ")
	assert.Empty(t, stdout.String(), "nothing is written on error")
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}
