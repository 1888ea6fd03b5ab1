package main

// Helpers for the end-to-end tests: build the binary once, copy fixture
// modules, run commands in them, and locate expected positions in source.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// binary is the completelint binary built by TestMain; skipReason is set
// instead when the go command is missing.
var binary, skipReason string

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	if _, err := exec.LookPath("go"); err != nil {
		skipReason = "end-to-end tests need the go command: " + err.Error()
		return m.Run()
	}
	dir, err := os.MkdirTemp("", "completelint-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	binary = filepath.Join(dir, "completelint")
	build := exec.Command("go", "build", "-o", binary, ".")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building completelint: %v\n%s", err, out)
		return 1
	}
	warmBuildCache()
	return m.Run()
}

// fixtureModules are the modules the tests copy and build.
var fixtureModules = []string{
	"examples/legacy", "examples/legacy-alpha",
	"testdata/e2e/bedrock", "testdata/e2e/direct", "testdata/e2e/roundtrip", "testdata/e2e/sdk-v1.2.0",
	"testdata/migrate/multi", "testdata/migrate/broken", "testdata/integration/golangci",
	"testdata/e2e/despite", "testdata/e2e/cgo",
}

// warmBuildCache compiles the dependencies of the fixture modules (their
// SDKs, the standard library) once, one module after the other, before
// the tests run in parallel: on a cold build cache, tests started together
// would each compile the same SDK at the same time. Failures are left to
// the tests to report. About 2 s with a warm cache.
func warmBuildCache() {
	for _, mod := range fixtureModules {
		list := exec.Command("go", "list", "-e", "-export", "-deps", "-test", "-f", "{{.Export}}", "./...")
		list.Dir = filepath.Join("..", "..", filepath.FromSlash(mod))
		list.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly")
		_ = list.Run()
	}
}

// needBinary skips t when the go command is missing.
func needBinary(t *testing.T) {
	t.Helper()
	if skipReason != "" {
		t.Skip(skipReason)
	}
}

// repoRoot is the root of the completelint module (tests run in cmd/completelint).
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	return root
}

// copyModule copies the fixture module at rel (relative to the repository
// root) into a fresh temporary directory and returns that directory.
func copyModule(t *testing.T, rel string) string {
	t.Helper()
	needBinary(t)
	// Resolve symlinks (macOS /var -> /private/var): tools print resolved paths.
	dst, err := filepath.EvalSymlinks(t.TempDir())
	require.NoError(t, err)
	copyDir(t, filepath.Join(repoRoot(t), filepath.FromSlash(rel)), dst)
	return dst
}

// copyDir copies the tree at src into dst, except the directories named
// in skip (relative to src).
func copyDir(t *testing.T, src, dst string, skip ...string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		switch {
		case d.IsDir() && slices.Contains(skip, rel):
			return filepath.SkipDir
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	require.NoError(t, err)
}

// result is what a command printed and its exit status.
type result struct {
	stdout, stderr string
	code           int
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
}

// run runs name with args in dir. The fixture modules stand alone: no
// workspace file of the caller may leak in.
func run(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	return runEnv(t, dir, nil, name, args...)
}

// runEnv is run with extra environment variables.
func runEnv(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly")
	cmd.Env = append(cmd.Env, env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("running %s %v: %v", name, args, err)
	}
	return r
}

// lint runs the completelint binary in dir.
func lint(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return run(t, dir, binary, args...)
}

// A want is one expected diagnostic: its category, and where it is, given as
// a unique needle in a file of the fixture plus a byte offset into the needle.
type want struct {
	category string
	file     string
	needle   string
	offset   int
}

// posn returns "file:line:col" of w in the module at dir, the way go/token
// prints positions (columns count bytes, from 1).
func (w want) posn(t *testing.T, dir string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, w.file))
	require.NoError(t, err)
	src := string(data)
	i := strings.Index(src, w.needle)
	require.GreaterOrEqual(t, i, 0, "needle %q not in %s", w.needle, w.file)
	require.Equal(t, i, strings.LastIndex(src, w.needle), "needle %q not unique in %s", w.needle, w.file)
	i += w.offset
	line := strings.Count(src[:i], "\n") + 1
	col := i - strings.LastIndex(src[:i], "\n")
	return fmt.Sprintf("%s:%d:%d", w.file, line, col)
}

// wantSet returns "posn category" strings for wants, sorted.
func wantSet(t *testing.T, dir string, wants []want) []string {
	t.Helper()
	var out []string
	for _, w := range wants {
		out = append(out, w.posn(t, dir)+" "+w.category)
	}
	sort.Strings(out)
	return out
}

// wantPosns returns the positions of wants, sorted.
func wantPosns(t *testing.T, dir string, wants []want) []string {
	t.Helper()
	var out []string
	for _, w := range wants {
		out = append(out, w.posn(t, dir))
	}
	sort.Strings(out)
	return out
}

// relPosn turns an absolute "file:line:col" into one relative to dir.
func relPosn(dir, posn string) string {
	posn = strings.TrimPrefix(posn, dir+string(filepath.Separator))
	posn = strings.TrimPrefix(posn, "./")
	return filepath.ToSlash(posn)
}

// jsonDiag is one diagnostic of the x/tools JSON output.
type jsonDiag struct {
	Posn           string `json:"posn"`
	End            string `json:"end"`
	Category       string `json:"category"`
	Message        string `json:"message"`
	SuggestedFixes []struct {
		Message string `json:"message"`
		Edits   []struct {
			Filename string `json:"filename"`
			Start    int    `json:"start"`
			End      int    `json:"end"`
			New      string `json:"new"`
		} `json:"edits"`
	} `json:"suggested_fixes"`
}

// parseJSON decodes {package: {analyzer: diagnostics | {error}}} and returns
// the completelint diagnostics with positions relative to dir. An analyzer
// error fails the test.
func parseJSON(t *testing.T, dir, out string) []jsonDiag {
	t.Helper()
	var tree map[string]map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(out), &tree), "output: %s", out)
	var diags []jsonDiag
	for pkg, byAnalyzer := range tree {
		for name, raw := range byAnalyzer {
			require.Equal(t, "completelint", name)
			var failed struct {
				Error string `json:"error"`
			}
			if json.Unmarshal(raw, &failed) == nil && failed.Error != "" {
				t.Fatalf("analysis of %s failed: %s", pkg, failed.Error)
			}
			var ds []jsonDiag
			require.NoError(t, json.Unmarshal(raw, &ds), "package %s: %s", pkg, raw)
			for _, d := range ds {
				d.Posn = relPosn(dir, d.Posn)
				d.End = relPosn(dir, d.End)
				diags = append(diags, d)
			}
		}
	}
	return diags
}

// gotSet returns "posn category" strings for diags, sorted.
func gotSet(diags []jsonDiag) []string {
	var out []string
	for _, d := range diags {
		out = append(out, d.Posn+" "+d.Category)
	}
	sort.Strings(out)
	return out
}

// textDiag matches one "file:line:col: message" line of text output.
var textDiag = regexp.MustCompile(`^(\S+\.go:\d+:\d+): (.+)$`)

// parseText returns position -> message of the diagnostic lines in out;
// other lines (go vet's package headers) are skipped.
func parseText(dir, out string) map[string]string {
	diags := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		// A diagnostic's related places follow it, their messages indented.
		if m := textDiag.FindStringSubmatch(line); m != nil && !strings.HasPrefix(m[2], "\t") {
			diags[relPosn(dir, m[1])] = m[2]
		}
	}
	return diags
}

// snapshot returns the contents of every file under dir.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		files[strings.TrimPrefix(path, dir)] = string(data)
		return err
	})
	require.NoError(t, err)
	return files
}

func keys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
