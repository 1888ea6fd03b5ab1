package main

// What migrate must never do: leave files of its own in the user's tree,
// write part of a migration without saying which part, take a file away
// from its owner, rewrite a read-only file, or report an interrupt as an
// internal error.

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gitCommitAll makes dir a git repository (if it is not one) and commits
// every file in it.
func gitCommitAll(t *testing.T, dir, msg string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("needs git")
	}
	for _, args := range [][]string{
		{"init", "-q"}, {"add", "-A"},
		{"-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty", "-m", msg},
	} {
		g := run(t, dir, "git", args...)
		require.Equal(t, 0, g.code, "%s", g)
	}
}

// gitStatus is `git status --porcelain --untracked-files=all`, one entry a line.
func gitStatus(t *testing.T, dir string) []string {
	t.Helper()
	g := run(t, dir, "git", "status", "--porcelain", "--untracked-files=all")
	require.Equal(t, 0, g.code, "%s", g)
	if g.stdout == "" {
		return nil
	}
	return strings.Split(strings.TrimRight(g.stdout, "\n"), "\n")
}

// TestMigrateExampleTwiceInGit is how a user migrates the bundled example
// with the README's commands: a dry run, the migration, a commit, and the
// migration again. The dry run writes nothing; verification leaves no
// binary in the tree; the report of the earlier run is not taken for
// uncommitted work, and the second run changes nothing. main.go calls the
// wrapper ask, rewritten in the same run: it needs no manual work.
func TestMigrateExampleTwiceInGit(t *testing.T) {
	t.Parallel()
	block := readmeBlockFor(t, "migrate")
	require.Len(t, block.lines, 2, "the README's migrate block: a dry run, then the migration with a report")
	dryRun, migrateLine := block.lines[0], block.lines[1]
	require.Contains(t, migrateLine, "-report=migration ")
	dir := copyModule(t, "examples/legacy")
	gitCommitAll(t, dir, "legacy")
	path := []string{"PATH=" + filepath.Dir(binary) + string(os.PathListSeparator) + os.Getenv("PATH")}
	sh := func(line string) result { return runEnv(t, dir, path, "sh", "-c", line) }
	report := []string{"?? migration.json", "?? migration.md"}

	r := sh(dryRun)
	require.Equal(t, 4, r.code, "%s", r)
	assert.Equal(t, "completelint migrate: would migrate 3 files; 4 call sites: 3 rewritten, 1 need manual work, 0 suppressed\n", r.stderr)
	for _, f := range []string{"ask.go", "main.go", "summarize.go"} {
		assert.Contains(t, r.stdout, "--- a/"+f+"\n+++ b/"+f+"\n")
	}
	assert.NotContains(t, r.stdout, "chat.go")
	assert.Contains(t, r.stdout, "\n-\tresp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{\n")
	assert.Contains(t, r.stdout, "\n+\tresp, err := client.Messages.New(ctx, anthropic.MessageNewParams{\n")
	assert.Empty(t, gitStatus(t, dir), "the dry run writes nothing")

	r = sh(migrateLine)
	require.Equal(t, 4, r.code, "%s", r)
	assert.Equal(t, "completelint migrate: migrated 3 files; 4 call sites: 3 rewritten, 1 need manual work, 0 suppressed\n", r.stderr)
	assert.Equal(t, append([]string{" M ask.go", " M main.go", " M summarize.go"}, report...), gitStatus(t, dir))
	rep := readReport(t, filepath.Join(dir, "migration"))
	assert.False(t, rep.DryRun)
	assert.Equal(t, []string{"ask.go:14 rewritten", "chat.go:20 needs manual work", "main.go:39 rewritten", "summarize.go:27 rewritten"}, siteStatuses(rep))

	g := run(t, dir, "git", "commit", "-q", "-a", "-m", "migrated")
	require.Equal(t, 0, g.code, "%s", g)
	migrated := snapshot(t, dir)
	r = sh(migrateLine)
	require.Equal(t, 4, r.code, "%s", r)
	assert.Equal(t, "completelint migrate: migrated 0 files; 1 call sites: 0 rewritten, 1 need manual work, 0 suppressed\n", r.stderr)
	assert.Equal(t, report, gitStatus(t, dir))
	after := snapshot(t, dir)
	for name := range after {
		if !strings.HasPrefix(name, "/.git/") && !strings.HasPrefix(name, "/migration.") {
			assert.Equal(t, migrated[name], after[name], "%s changed on the second run", name)
		}
	}
}

// TestMigrateInAwkwardTree migrates cmd/tool beside a tool/ directory (a
// build without -o would write the binary "tool" there and fail), with
// ask.go read-only and summarize.go owned by another user: the valid
// migration is kept, the read-only file is left alone with a reason, the
// rewritten file keeps its owner, and nothing new is left in the tree.
func TestMigrateInAwkwardTree(t *testing.T) {
	t.Parallel()
	example := copyModule(t, "examples/legacy")
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "cmd", "tool"), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "tool"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "tool", "doc.go"), []byte("// Package tool is in the way.\npackage tool\n"), 0o644))
	entries, err := os.ReadDir(example)
	require.NoError(t, err)
	for _, e := range entries {
		to := filepath.Join(dir, "cmd", "tool", e.Name())
		if strings.HasPrefix(e.Name(), "go.") {
			to = filepath.Join(dir, e.Name())
		}
		require.NoError(t, os.Rename(filepath.Join(example, e.Name()), to))
	}
	readOnly := filepath.Join(dir, "cmd", "tool", "ask.go")
	require.NoError(t, os.Chmod(readOnly, 0o444))
	owned := filepath.Join(dir, "cmd", "tool", "summarize.go")
	asRoot := os.Geteuid() == 0
	if asRoot {
		require.NoError(t, os.Chown(owned, 4321, 8765))
	}
	before := snapshot(t, dir)

	report := filepath.Join(t.TempDir(), "report")
	r := lint(t, dir, "migrate", "-report="+report, "./...")
	require.Equal(t, 4, r.code, "%s", r)
	assert.Equal(t, "completelint migrate: migrated 2 files; 4 call sites: 1 rewritten, 3 need manual work, 0 suppressed\n", r.stderr)
	after := snapshot(t, dir)
	assert.Equal(t, keys(before), keys(after), "files added or removed")
	assert.Equal(t, before["/cmd/tool/ask.go"], after["/cmd/tool/ask.go"])
	assert.Contains(t, after["/cmd/tool/summarize.go"], "client.Messages.New(")

	rep := readReport(t, report)
	assert.Empty(t, rep.Restored)
	require.Equal(t, []string{"cmd/tool/ask.go:14 needs manual work", "cmd/tool/chat.go:20 needs manual work", "cmd/tool/main.go:39 needs manual work", "cmd/tool/summarize.go:27 rewritten"}, siteStatuses(rep))
	assert.Equal(t, "the file is read-only; left alone, as gofmt -w does", rep.Sites[0].Reason)
	assert.Equal(t, "migrate the wrapper ask", rep.Sites[2].Reason)

	info, err := os.Stat(owned)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o644), info.Mode().Perm())
	if asRoot {
		st := info.Sys().(*syscall.Stat_t)
		assert.Equal(t, []uint32{4321, 8765}, []uint32{st.Uid, st.Gid}, "owner and group kept")
	}
}

// TestMigrateReportPathCheckedFirst: a report that cannot be written stops
// the run before any source file is.
func TestMigrateReportPathCheckedFirst(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/migrate/multi")
	before := snapshot(t, dir)
	r := lint(t, dir, "migrate", "-report="+filepath.Join(t.TempDir(), "missing", "report"), "./...")
	assert.Equal(t, 1, r.code, "%s", r)
	assert.Contains(t, r.stderr, "completelint migrate: cannot write the report: ")
	assert.Equal(t, 1, strings.Count(r.stderr, "\n"), "one line: %s", r.stderr)
	assert.Equal(t, before, snapshot(t, dir))
}

// A migration is a migrate run in the background that pauses after writing
// its first file, until the test lets it go on.
type migration struct {
	cmd    *exec.Cmd
	gate   string
	stderr bytes.Buffer
	done   chan struct{}
	err    error
}

func startMigration(t *testing.T, dir string, args ...string) *migration {
	t.Helper()
	m := &migration{gate: filepath.Join(t.TempDir(), "gate"), done: make(chan struct{})}
	m.cmd = exec.Command(binary, append([]string{"migrate"}, args...)...)
	m.cmd.Dir = dir
	m.cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly", writeGateEnv+"="+m.gate)
	m.cmd.Stderr = &m.stderr
	require.NoError(t, m.cmd.Start())
	go func() {
		m.err = m.cmd.Wait()
		close(m.done)
	}()
	t.Cleanup(func() {
		_ = m.cmd.Process.Kill()
		<-m.done
	})
	return m
}

// waitFor polls cond until it holds; the run must not end first.
func (m *migration) waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-m.done:
			t.Fatalf("the run ended before %s: %v\n%s", what, m.err, m.stderr.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// finish lets the run go on and returns its exit status.
func (m *migration) finish(t *testing.T) int {
	t.Helper()
	require.NoError(t, os.WriteFile(m.gate, nil, 0o644))
	<-m.done
	var exit *exec.ExitError
	if errors.As(m.err, &exit) {
		return exit.ExitCode()
	}
	require.NoError(t, m.err)
	return 0
}

func changed(name, src string) bool {
	data, err := os.ReadFile(name)
	return err == nil && string(data) != src
}

// assertNoTemporaryFiles checks that no temporary file of migrate is left.
func assertNoTemporaryFiles(t *testing.T, dirs ...string) {
	t.Helper()
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err == nil && strings.HasPrefix(d.Name(), ".") && strings.Contains(d.Name(), "-") && !d.IsDir() {
				t.Errorf("temporary file left: %s", path)
			}
			return err
		})
		require.NoError(t, err)
	}
}

// TestMigrateInterrupted signals a run after its first file: that file is
// migrated, the others untouched, and one summary line and the report say
// so.
func TestMigrateInterrupted(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "examples/legacy")
	before := snapshot(t, dir)
	reportDir := t.TempDir()
	m := startMigration(t, dir, "-report="+filepath.Join(reportDir, "report"), "./...")
	m.waitFor(t, "writing ask.go", func() bool { return changed(filepath.Join(dir, "ask.go"), before["/ask.go"]) })
	require.NoError(t, m.cmd.Process.Signal(syscall.SIGINT))
	<-m.done // the interrupt ends the wait for the gate
	assert.Equal(t, 1, m.finish(t), "%s", m.stderr.String())
	assert.Equal(t, "completelint migrate: interrupted after writing 1 of 3 files, the others are unchanged; 4 call sites: 2 rewritten, 2 need manual work, 0 suppressed\n", m.stderr.String())

	after := snapshot(t, dir)
	for name := range before {
		if name != "/ask.go" {
			assert.Equal(t, before[name], after[name], "%s must be untouched", name)
		}
	}
	assertNoTemporaryFiles(t, dir, reportDir)
	rep := readReport(t, filepath.Join(reportDir, "report"))
	assert.Equal(t, []string{"ask.go:14 rewritten", "chat.go:20 needs manual work", "main.go:39 rewritten", "summarize.go:27 needs manual work"}, siteStatuses(rep))
	assert.Equal(t, "not written: the run was interrupted", rep.Sites[3].Reason)
}

// TestMigrateStopsAtUnwritableFile edits summarize.go while the run writes:
// the run writes the files before it (ask.go, main.go), stops there, and
// says so in one summary line and in the report.
func TestMigrateStopsAtUnwritableFile(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "examples/legacy")
	before := snapshot(t, dir)
	report := filepath.Join(t.TempDir(), "report")
	m := startMigration(t, dir, "-report="+report, "./...")
	m.waitFor(t, "writing ask.go", func() bool { return changed(filepath.Join(dir, "ask.go"), before["/ask.go"]) })
	summarize := filepath.Join(dir, "summarize.go")
	require.NoError(t, os.WriteFile(summarize, []byte(before["/summarize.go"]+"\n// edited meanwhile\n"), 0o644))
	assert.Equal(t, 1, m.finish(t), "%s", m.stderr.String())
	assert.Equal(t, "completelint migrate: stopped after writing 2 of 3 files, the others are unchanged (writing "+summarize+": changed on disk since it was read; left alone); 4 call sites: 2 rewritten, 2 need manual work, 0 suppressed\n", m.stderr.String())
	rep := readReport(t, report)
	assert.Equal(t, "summarize.go:27 needs manual work", siteStatuses(rep)[3])
	assert.Contains(t, rep.Sites[3].Reason, "not written: writing "+summarize)
	assertNoTemporaryFiles(t, dir)
}

// TestMigrateInterruptedWhileLoading signals a run while the go command
// lists the packages: a go that never answers stands in for a slow load.
func TestMigrateInterruptedWhileLoading(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/migrate/multi")
	bin := t.TempDir()
	started := filepath.Join(bin, "started")
	script := "#!/bin/sh\n: > '" + started + "'\nexec sleep 3600\n"
	require.NoError(t, os.WriteFile(filepath.Join(bin, "go"), []byte(script), 0o755))

	cmd := exec.Command(binary, "migrate", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	t.Cleanup(func() { _ = cmd.Process.Kill() }) // after a failure; a no-op once it ended
	for {
		if _, err := os.Stat(started); err == nil {
			break
		}
		select {
		case err := <-done:
			t.Fatalf("the run ended before loading: %v\n%s", err, stderr.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	err := <-done
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit, "%s", stderr.String())
	assert.Equal(t, 1, exit.ExitCode())
	assert.Equal(t, "completelint migrate: interrupted; nothing was written\n", stderr.String())
}
