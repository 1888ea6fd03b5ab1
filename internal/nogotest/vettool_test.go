package nogotest

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestVetTool runs completelint on testdata/bazel/workspace through the
// protocol that go vet and nogo share (unitchecker: one process per package,
// facts passed on in files): the findings are those of TestNogo, the call
// through the wrapper is found only with -wrappers, and the facts file of
// the wrapper's package is the same byte for byte when made again, so that
// a build cache keyed by content keeps it.
func TestVetTool(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("needs the go command")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	bin := t.TempDir()
	tool := filepath.Join(bin, "completelint")
	goOutput(t, root, "build", "-o", tool, "./cmd/completelint")
	// The vet tool go vet runs keeps a copy of each package's config.
	cfgs := t.TempDir()
	capture := filepath.Join(bin, "capture")
	script := "#!/bin/sh\nfor a; do case $a in *.cfg) cp \"$a\" \"" + cfgs + "/$(echo \"$a\" | tr / _)\";; esac; done\nexec \"" + tool + "\" \"$@\"\n"
	require.NoError(t, os.WriteFile(capture, []byte(script), 0o755))

	mod := vetModule(t, root)
	r := vet(t, mod, "-vettool="+capture, "-work", "-wrappers", "-today=2025-03-01", "./...")
	work := regexp.MustCompile(`(?m)^WORK=(\S+)$`).FindStringSubmatch(r.stderr)
	require.NotNil(t, work, "go vet -work printed no WORK:\n%s", r.stderr)
	t.Cleanup(func() { os.RemoveAll(work[1]) })
	checkFindings(t, vetFindings(r.stderr), wants, r.stderr)

	// Without -wrappers no fact crosses packages: app's call is not found.
	r = vet(t, mod, "-vettool="+tool, "-today=2025-03-01", "./...")
	checkFindings(t, vetFindings(r.stderr), wants[:2], r.stderr)

	// Facts of llm, made twice from the config go vet wrote.
	cfg := findConfig(t, cfgs, "example.com/nogo/llm")
	var facts [2][]byte
	for i := range facts {
		facts[i] = vetxOf(t, tool, cfg, filepath.Join(t.TempDir(), "vetx"))
	}
	assert.Contains(t, string(facts[0]), "calls CompletionService.New", "llm exported no wrapper fact")
	assert.Equal(t, facts[0], facts[1], "llm's facts differ between two runs")
}

// vetModule copies testdata/bazel/workspace into a module whose stub SDK is
// a replaced dependency, as the workspace's BUILD files declare it.
func vetModule(t *testing.T, root string) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.CopyFS(dir, os.DirFS(filepath.Join(root, "testdata", "bazel", "workspace"))))
	const sdk = "github.com/anthropics/anthropic-sdk-go"
	write := func(name, text string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	write("go.mod", "module example.com/nogo\n\ngo 1.24\n\nrequire "+sdk+" v0.0.0\n\nreplace "+sdk+" => ./third_party/anthropic\n")
	write("third_party/anthropic/go.mod", "module "+sdk+"\n\ngo 1.24\n")
	return dir
}

// vet runs go vet in dir; it must exit 1, having found something.
func vet(t *testing.T, dir string, args ...string) result {
	t.Helper()
	cmd := exec.Command("go", append([]string{"vet"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit, "go vet found nothing:\n%s", stderr.String())
	return result{code: exit.ExitCode(), stderr: stderr.String()}
}

// vetLine is a go vet diagnostic: path:line:col: message.
var vetLine = regexp.MustCompile(`^(?:\./)?(\S+\.go:\d+:\d+): (.*)$`)

// vetFindings are the diagnostics in go vet's output, message by position.
func vetFindings(out string) map[string]string {
	got := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		if m := vetLine.FindStringSubmatch(line); m != nil {
			got[m[1]] = m[2]
		}
	}
	return got
}

// findConfig returns the captured unitchecker config of pkg.
func findConfig(t *testing.T, dir, pkg string) map[string]any {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		var cfg map[string]any
		require.NoError(t, json.Unmarshal(data, &cfg), "%s", e.Name())
		if cfg["ImportPath"] == pkg {
			return cfg
		}
	}
	t.Fatalf("go vet ran completelint on no package %s", pkg)
	return nil
}

// vetxOf runs tool on cfg with -wrappers, facts only, and returns the facts
// it wrote to out.
func vetxOf(t *testing.T, tool string, cfg map[string]any, out string) []byte {
	t.Helper()
	cfg["VetxOnly"], cfg["VetxOutput"] = true, out
	data, err := json.Marshal(cfg)
	require.NoError(t, err)
	file := filepath.Join(t.TempDir(), "vet.cfg")
	require.NoError(t, os.WriteFile(file, data, 0o644))
	r, err := exec.Command(tool, "-wrappers", file).CombinedOutput()
	require.NoError(t, err, "%s", r)
	facts, err := os.ReadFile(out)
	require.NoError(t, err)
	return facts
}
