package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGeneratedModule generates a small module with every site kind, builds
// it against the real SDK and Bedrock client from the module proxy, and
// checks that completelint reports exactly the diagnostics the manifest
// promises, category by category.
func TestGeneratedModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module against the real SDK")
	}
	goTool := needGo(t)
	dir := t.TempDir()
	opts := Options{Dir: dir, Packages: 5, Seed: 7, LegacyEvery: 2, SitesPerPackage: 0, LegacyImportPct: 100, Tidy: true}
	m, err := Generate(opts)
	require.NoError(t, err)

	// Packages 0, 2 and 4 are legacy, each with one site of every kind.
	assert.Equal(t, 3, m.LegacyPackages)
	wantDiags := map[string]int{}
	for _, k := range siteKinds {
		assert.Equal(t, 3, m.Sites[k.name], k.name)
		for cat, n := range k.expect {
			wantDiags[cat] += 3 * n
		}
	}
	assert.Equal(t, wantDiags, m.Diagnostics)
	// One legacy-api per site, the suppressed one excepted: the
	// /v1/complete URL of a hand-written body is a related place of the
	// body's.
	assert.Equal(t, 3*9, m.Diagnostics[legacyAPI])

	goMod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	require.NoError(t, err)
	assert.Contains(t, string(goMod), "github.com/anthropics/anthropic-sdk-go v1.84.0")
	assert.Contains(t, string(goMod), "github.com/aws/aws-sdk-go-v2/service/bedrockruntime v1.63.12")
	assert.FileExists(t, filepath.Join(dir, "go.sum"))

	// Every legacy package imports the SDK here, so the packages reaching
	// legacy code are those that depend on the SDK.
	out := runIn(t, dir, goTool, "list", "-f", `{{.ImportPath}} {{range .Deps}}{{if eq . "github.com/anthropics/anthropic-sdk-go"}}sdk{{end}}{{end}}`, "./...")
	assert.Len(t, strings.Split(strings.TrimSpace(out), "\n"), 5)
	assert.Equal(t, m.ReachingLegacy, strings.Count(out, " sdk"))
	runIn(t, dir, goTool, "build", "./...")
	runIn(t, dir, goTool, "vet", "./...")

	bin := filepath.Join(t.TempDir(), "completelint")
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	runIn(t, root, goTool, "build", "-o", bin, "./cmd/completelint")
	got := diagnosticsByCategory(t, runIn(t, dir, bin, "-json", "./..."))
	assert.Equal(t, m.Diagnostics, got)
}

// TestDeterministic checks that the same -n and -seed give the same bytes,
// that package i does not depend on N, and that the seed matters.
func TestDeterministic(t *testing.T) {
	gen := func(n int, seed uint64) map[string]string {
		opts := DefaultOptions()
		opts.Dir, opts.Packages, opts.Seed, opts.Tidy = t.TempDir(), n, seed, false
		_, err := Generate(opts)
		require.NoError(t, err)
		return readTree(t, opts.Dir)
	}
	a, b := gen(30, 1), gen(30, 1)
	assert.Equal(t, a, b)

	small := gen(12, 1)
	for name, src := range small {
		if strings.HasPrefix(name, "internal/") {
			assert.Equal(t, src, a[name], name)
		}
	}
	assert.NotEqual(t, a, gen(30, 2))
}

func TestGenerateRejects(t *testing.T) {
	opts := DefaultOptions()
	opts.Dir, opts.Tidy = t.TempDir(), false
	require.NoError(t, os.WriteFile(filepath.Join(opts.Dir, "keep.txt"), nil, 0o644))
	_, err := Generate(opts)
	assert.ErrorContains(t, err, "not empty")

	opts.Dir, opts.Packages = t.TempDir(), 0
	_, err = Generate(opts)
	assert.ErrorContains(t, err, "at least one package")

	assert.Error(t, run([]string{"-n", "3"}), "no -o")
}

func TestPickSites(t *testing.T) {
	opts := DefaultOptions()
	opts.Dir, opts.Packages, opts.Tidy = t.TempDir(), 40, false
	m, err := Generate(opts)
	require.NoError(t, err)
	assert.Equal(t, 4, m.LegacyPackages)
	assert.Equal(t, 4*opts.SitesPerPackage, m.siteCount())
}

func needGo(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("needs the go command:", err)
	}
	return goTool
}

// runIn runs name in dir outside any workspace and returns its stdout; it
// fails the test on a non-zero exit.
func runIn(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "%s %v\n%s", name, args, stderr.String())
	return stdout.String()
}

// diagnosticsByCategory counts the diagnostics of x/tools -json output.
func diagnosticsByCategory(t *testing.T, out string) map[string]int {
	t.Helper()
	var tree map[string]map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(out), &tree), out)
	counts := map[string]int{}
	for pkg, analyzers := range tree {
		for _, raw := range analyzers {
			var diags []struct {
				Category string `json:"category"`
			}
			require.NoError(t, json.Unmarshal(raw, &diags), "%s: %s", pkg, raw)
			for _, d := range diags {
				counts[d.Category]++
			}
		}
	}
	return counts
}

func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = string(data)
		return err
	})
	require.NoError(t, err)
	return files
}
