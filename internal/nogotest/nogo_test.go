package nogotest

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNogo builds testdata/bazel/workspace with completelint as nogo: a
// direct legacy call is reported, a call through a wrapper in another
// package is reported through the fact the wrapper's compile action
// exported, and the clean package and the wrapper's own package (whose call
// is suppressed) build.
//
// It needs Bazel 4.2 with Debian's bazel-skylib, bazel-platforms and
// bazel-rules-java (scripts/install-bazel.sh) and is skipped without them.
// Bazel's output base is kept in $COMPLETELINT_BAZEL_CACHE (default
// ~/.cache/completelint-bazel), so that a second run is incremental.
func TestNogo(t *testing.T) {
	if _, err := exec.LookPath("bazel"); err != nil {
		t.Skip("Bazel is not installed; scripts/install-bazel.sh installs Debian's bazel-bootstrap, bazel-skylib, bazel-platforms and bazel-rules-java")
	}
	for _, dir := range debianBazelLibs {
		if _, err := os.Stat(dir); err != nil {
			t.Skipf("%s is missing; scripts/install-bazel.sh installs Debian's bazel-skylib, bazel-platforms and bazel-rules-java", dir)
		}
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	cache := cacheDir(t)
	lockCache(t, cache)
	layRepos(t, root, filepath.Join(cache, "repos"))
	ws := filepath.Join(cache, "ws")
	require.NoError(t, os.RemoveAll(ws))
	require.NoError(t, os.CopyFS(ws, os.DirFS(filepath.Join(root, "testdata", "bazel", "workspace"))))

	w := workspace{dir: ws, outputRoot: filepath.Join(cache, "out")}
	t.Cleanup(func() { w.shutdown(t) })
	// The Go packages rather than //..., which holds the nogo target too:
	// built as a top-level target, it would need two more builds of the
	// standard library, in the configurations of rules_go's transitions.
	r := w.run(t, "build", "--keep_going", "//app", "//clean", "//legacy", "//llm", "//third_party/anthropic")
	require.NotEqual(t, 0, r.code, "nogo reported nothing:\n%s", r.stderr)
	checkFindings(t, findings(r.stderr), wants, r.stderr)

	r = w.run(t, "build", "//clean", "//llm", "//third_party/anthropic")
	assert.Equal(t, 0, r.code, "%s", r.stderr)
}

// wants are the findings in testdata/bazel/workspace with wrappers on and
// the day pinned to 2025-03-01: positions, and the part of each message that
// shows what the driver passed on: the pinned day (on the current date
// claude-2.1 is retired, not deprecated), and the wrapper fact of llm's
// analysis in app's.
var wants = []want{
	{"legacy/legacy.go:13:14", "CompletionService.New sends a legacy Text Completions request"},
	{"legacy/legacy.go:14:3", `model "claude-2.1" is deprecated`},
	{"app/app.go:12:9", "llm.Ask calls CompletionService.New (legacy Text Completions) at llm.go:16"},
}

// want is a finding: its position and a part of its message.
type want struct{ posn, text string }

// checkFindings checks got, message by position, against wants.
func checkFindings(t *testing.T, got map[string]string, wants []want, output string) {
	t.Helper()
	require.Len(t, got, len(wants), "%s", output)
	for _, w := range wants {
		assert.Contains(t, got, w.posn, "%s", output)
		assert.Contains(t, got[w.posn], w.text)
	}
}

// cacheDir holds Bazel's output base and the laid-out workspace.
func cacheDir(t *testing.T) string {
	t.Helper()
	if dir := os.Getenv("COMPLETELINT_BAZEL_CACHE"); dir != "" {
		return dir
	}
	dir, err := os.UserCacheDir()
	require.NoError(t, err)
	return filepath.Join(dir, "completelint-bazel")
}

// lockCache holds an exclusive lock on the cache directory until the test
// ends: two test runs at once (two checkouts on one machine) would lay out
// and build in the same workspace.
func lockCache(t *testing.T, cache string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(cache, 0o755))
	f, err := os.OpenFile(filepath.Join(cache, "lock"), os.O_CREATE|os.O_RDWR, 0o644)
	require.NoError(t, err)
	require.NoError(t, syscall.Flock(int(f.Fd()), syscall.LOCK_EX))
	t.Cleanup(func() { f.Close() }) // closing releases the lock
}

type result struct {
	code   int
	stderr string
}

// A workspace is where Bazel commands run: the workspace directory, and the
// output root that holds its output base.
type workspace struct{ dir, outputRoot string }

// startup are the flags of every command. The server stops by itself a
// minute after its last command, should the test be killed before
// shutdown. The user's bazelrc is not read; the system one is (Debian's
// sets its install base there).
func (w workspace) startup() []string {
	return []string{"--output_user_root=" + w.outputRoot, "--nohome_rc", "--max_idle_secs=60"}
}

// shutdown stops the workspace's Bazel server.
func (w workspace) shutdown(t *testing.T) {
	cmd := exec.Command("bazel", append(w.startup(), "shutdown")...)
	cmd.Dir = w.dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Logf("bazel shutdown: %v\n%s", err, out)
	}
}

// run runs one Bazel command. --nosandbox_debug undoes Debian's system
// bazelrc, whose --sandbox_debug keeps every action's sandbox (thousands of
// links into GOROOT) for the next command to delete.
func (w workspace) run(t *testing.T, args ...string) result {
	t.Helper()
	cmd := exec.Command("bazel", slices.Concat(w.startup(), []string{
		args[0], "--color=no", "--curses=no", "--noshow_progress", "--nosandbox_debug",
	}, args[1:])...)
	cmd.Dir = w.dir
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	start := time.Now()
	err := cmd.Run()
	t.Logf("bazel %s: %s", strings.Join(args, " "), time.Since(start).Round(time.Second))
	r := result{stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("running bazel: %v", err)
	}
	return r
}

// nogoLine is a nogo diagnostic: path:line:col: message (analyzer).
var nogoLine = regexp.MustCompile(`^(\S+\.go:\d+:\d+): (.*) \(completelint\)$`)

// findings are the completelint diagnostics in Bazel's output, message by
// position.
func findings(out string) map[string]string {
	got := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		if m := nogoLine.FindStringSubmatch(strings.TrimSpace(line)); m != nil {
			got[m[1]] = m[2]
		}
	}
	return got
}
