package main

// The command line behaves like a Go tool: help and version forms, short
// flag errors, one flag error under go vet and go fix, go vet's cache,
// build tags.

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHelpVersionAndFlagErrors(t *testing.T) {
	t.Parallel()
	needBinary(t)
	dir := t.TempDir() // no packages are loaded
	usageHead := "completelint finds Go code that calls Anthropic's legacy Text Completions"
	for _, tc := range []struct {
		args           []string
		code           int
		stdout, stderr []string // substrings
		lines          int      // of stderr, when > 0
	}{
		{args: []string{"help"}, stdout: []string{usageHead, "completelint migrate [flags]", "completelint sarif", "completelint lsp", "completelint version", "go vet -vettool=", "go fix -fixtool=", "-tags list"}},
		{args: []string{"-h"}, stderr: []string{usageHead, "completelint migrate [flags]", "go vet -vettool="}},
		{args: []string{"help", "completelint"}, stdout: []string{usageHead}},
		{args: []string{"help", "migrate"}, stdout: []string{"usage: completelint migrate", "-verify-tags"}},
		{args: []string{"migrate", "help"}, stdout: []string{"usage: completelint migrate"}},
		{args: []string{"migrate", "-h"}, stderr: []string{"usage: completelint migrate"}},
		{args: []string{"sarif", "help"}, stdout: []string{"usage: completelint sarif", "(uriBaseId %SRCROOT%)"}},
		{args: []string{"help", "version"}, stdout: []string{"usage: completelint version"}},
		{args: []string{"help", "nosuch"}, code: 2, stderr: []string{`unknown command "nosuch"`}},
		{args: []string{"-today=bad", "./..."}, code: 2, lines: 2, stderr: []string{`completelint: invalid value "bad" for flag -today: want YYYY-MM-DD, got "bad"`, "run 'completelint -h' for usage"}},
		{args: []string{"-nosuchflag", "./..."}, code: 2, lines: 2, stderr: []string{"flag provided but not defined: -nosuchflag"}},
		{args: []string{"migrate", "-disable=typo"}, code: 2, lines: 2, stderr: []string{`completelint migrate: invalid value "typo" for flag -disable`, "run 'completelint migrate -h' for usage"}},
		{args: []string{"sarif", "-srcroot=" + filepath.Join(dir, "missing"), "./..."}, code: 2, lines: 1, stderr: []string{"completelint sarif: -srcroot: ", "no such file or directory"}},
		{args: []string{"sarif"}, code: 2, lines: 2, stderr: []string{"completelint sarif: no packages given"}},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := lint(t, dir, tc.args...)
			require.Equal(t, tc.code, r.code, "%s", r)
			for _, s := range tc.stdout {
				assert.Contains(t, r.stdout, s)
			}
			for _, s := range tc.stderr {
				assert.Contains(t, r.stderr, s)
			}
			if tc.lines > 0 {
				assert.Equal(t, tc.lines, strings.Count(r.stderr, "\n"), "stderr:\n%s", r.stderr)
			}
			assert.NotContains(t, r.stdout+r.stderr, "%%")
		})
	}

	r := lint(t, dir, "version")
	require.Equal(t, 0, r.code, "%s", r)
	assert.Regexp(t, `^completelint (\(devel\)|v\S+)(, \w+ [0-9a-f]+( \(modified\))?)?, built with go1\.\S+\n$`, r.stdout)
	r = lint(t, dir, "-V=full")
	require.Equal(t, 0, r.code, "%s", r)
	assert.Regexp(t, `^\S+ version devel \S+ buildID=[0-9a-f]{64}\n$`, r.stdout, "the form go vet parses")
}

// TestVersionLine: installed at a tag, the module version is the tag; a
// checkout's build shows the commit the go command recorded.
func TestVersionLine(t *testing.T) {
	tagged := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/completelint/completelint", Version: "v0.3.1"}}
	assert.Equal(t, "completelint v0.3.1, built with go1.26.8", versionLine(tagged))
	checkout := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
		{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "0123abcd"}, {Key: "vcs.modified", Value: "true"},
	}}
	assert.Equal(t, "completelint (devel), git 0123abcd (modified), built with go1.26.8", versionLine(checkout))
	assert.Regexp(t, `^completelint \(devel\), built with go`, versionLine(nil))
}

// TestCheckFlagsMirrorSinglechecker: the flags checked before
// singlechecker runs are the flags singlechecker defines, as the binary
// reports them to go vet through -flags.
func TestCheckFlagsMirrorSinglechecker(t *testing.T) {
	t.Parallel()
	r := lint(t, t.TempDir(), "-flags")
	require.Equal(t, 0, r.code, "%s", r)
	var reported []struct {
		Name string
		Bool bool
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &reported))
	want := map[string]bool{}
	for _, f := range reported {
		want[f.Name] = f.Bool
	}
	got := map[string]bool{}
	checkFlagSet().VisitAll(func(f *flag.Flag) {
		switch f.Name {
		case "debug", "cpuprofile", "memprofile", "trace", "fix": // -flags leaves these out
			return
		}
		b, ok := f.Value.(interface{ IsBoolFlag() bool })
		got[f.Name] = ok && b.IsBoolFlag()
	})
	assert.Equal(t, want, got)
}

// TestGoVetFlagErrorOnce: go vet and go fix run the tool once per package
// and dependency (a small module: few runs, the same story); a bad flag is
// reported once, without the usage.
func TestGoVetFlagErrorOnce(t *testing.T) {
	t.Parallel()
	needBinary(t)
	dir := t.TempDir()
	for name, src := range map[string]string{
		"go.mod":   "module example.com/small\n\ngo 1.24\n",
		"main.go":  "package main\n\nimport \"example.com/small/lib\"\n\nfunc main() { lib.F() }\n",
		"lib/f.go": "package lib\n\n// F does nothing.\nfunc F() {}\n",
	} {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644))
	}
	for _, args := range [][]string{
		{"vet", "-vettool=" + binary, "-today=bad", "./..."},
		{"fix", "-fixtool=" + binary, "-today=bad", "./..."},
	} {
		r := run(t, dir, "go", args...)
		assert.NotEqual(t, 0, r.code, "%s", r)
		assert.Equal(t, 1, strings.Count(r.stderr, `completelint: invalid value "bad" for flag -today: want YYYY-MM-DD, got "bad"`), "%s", r)
		assert.NotContains(t, r.stderr, "-wrappers", "no usage")
		assert.LessOrEqual(t, strings.Count(r.stderr, "\n"), 2, "%s", r)
	}
}

// TestGoVetCaches: go vet on a module without Anthropic imports is silent,
// and -V=full gives go vet a stable tool id, so a second run on unchanged
// packages runs no tool at all.
func TestGoVetCaches(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/e2e/noanthropic")
	r := run(t, dir, "go", "vet", "-vettool="+binary, "./...")
	require.Equal(t, result{}, r)
	r = run(t, dir, "go", "vet", "-x", "-vettool="+binary, "./...")
	require.Equal(t, 0, r.code, "%s", r)
	assert.NotContains(t, r.stderr, binary, "the second go vet ran the tool: %s", r.stderr)
}

// TestTagsFlag: -tags on the plain command loads the tagged files.
func TestTagsFlag(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "examples/legacy")
	tagged := `//go:build integration

package main

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

func tagged(ctx context.Context, client *anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{Model: "claude-sonnet-4-6", MaxTokensToSample: 5, Prompt: "\n\nHuman: hi\n\nAssistant:"})
}
`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "tagged.go"), []byte(tagged), 0o644))
	site := "tagged.go:12:2 legacy-api"
	for _, tc := range []struct {
		args  []string
		found bool
	}{
		{[]string{"-json", "./..."}, false},
		{[]string{"-tags", "integration", "-json", "./..."}, true},
	} {
		r := lint(t, dir, tc.args...)
		require.Equal(t, 0, r.code, "%s", r)
		assert.Equal(t, tc.found, strings.Contains(strings.Join(gotSet(parseJSON(t, dir, r.stdout)), "\n"), site), "%v: %s", tc.args, r.stdout)
	}
}

// TestWithTags: -tags replaces a -tags of GOFLAGS and keeps its other flags.
func TestWithTags(t *testing.T) {
	assert.Equal(t, "-tags=a,b", withTags("", "a,b"))
	assert.Equal(t, "-mod=readonly -tags=a,b", withTags("-mod=readonly --tags=old", "a b"))
}
