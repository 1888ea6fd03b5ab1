package analyzer_test

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/analyzer"
)

// TestCensus counts the diagnostics of every fixture package by category,
// with and without -wrappers, so that a change to the finders can show that
// nothing was lost. It runs only when COMPLETELINT_CENSUS names a file:
// the counts are written there, and when the file already holds counts
// (from a run before the change), a category that lost diagnostics in some
// package fails the test.
//
//	COMPLETELINT_CENSUS=/tmp/census.txt go test ./analyzer -run TestCensus -v
func TestCensus(t *testing.T) {
	out := os.Getenv("COMPLETELINT_CENSUS")
	if out == "" {
		t.Skip("set COMPLETELINT_CENSUS=file to count the fixtures' diagnostics")
	}
	before := readCensus(t, out)
	got := map[string]int{}
	testdata := testdataDir(t)
	for _, root := range []string{"", "alpha", "alpha4", "beta"} {
		gopath := filepath.Join(testdata, root)
		pkgs := fixturePackages(t, filepath.Join(gopath, "src"))
		for _, wrappers := range []bool{false, true} {
			a := analyzer.New(analyzer.Config{Today: today, Wrappers: wrappers})
			mode := "plain"
			if wrappers {
				mode = "wrappers"
			}
			for _, pkg := range pkgs {
				for _, r := range analysistest.Run(lenient{}, gopath, a, pkg) {
					for _, d := range r.Diagnostics {
						cat := d.Category
						if cat == "" {
							cat = "-"
						}
						got[fmt.Sprintf("%s %s/%s %s", mode, root, pkg, cat)]++
					}
				}
			}
		}
	}
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range got {
			if !yield(k) {
				return
			}
		}
	})
	var b strings.Builder
	totals := map[string]int{}
	for _, k := range keys {
		fmt.Fprintf(&b, "%s %d\n", k, got[k])
		f := strings.Fields(k)
		totals[f[0]+" "+f[2]] += got[k]
	}
	for _, k := range slices.Sorted(mapKeys(totals)) {
		t.Logf("total %s %d", k, totals[k])
	}
	if before == nil {
		require.NoError(t, os.WriteFile(out, []byte(b.String()), 0o644))
		return
	}
	for k, n := range before {
		switch {
		case got[k] < n:
			t.Errorf("%s: %d diagnostics, %d before", k, got[k], n)
		case got[k] > n:
			t.Logf("%s: %d diagnostics, %d before", k, got[k], n)
		}
	}
	for k, n := range got {
		if _, ok := before[k]; !ok {
			t.Logf("%s: %d diagnostics, none before", k, n)
		}
	}
	require.NoError(t, os.WriteFile(out+".after", []byte(b.String()), 0o644))
}

func mapKeys(m map[string]int) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// fixturePackages lists the packages under src that hold Go files, other
// than the stubs of libraries (github.com/...).
func fixturePackages(t *testing.T, src string) []string {
	var pkgs []string
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() && (rel == "github.com" || strings.Contains(rel, "vendor")) {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") {
			pkg := filepath.ToSlash(filepath.Dir(rel))
			if !slices.Contains(pkgs, pkg) {
				pkgs = append(pkgs, pkg)
			}
		}
		return nil
	})
	require.NoError(t, err)
	return pkgs
}

// readCensus reads counts written by an earlier run, or nil.
func readCensus(t *testing.T, path string) map[string]int {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil
	}
	require.NoError(t, err)
	defer f.Close()
	counts := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		i := strings.LastIndexByte(line, ' ')
		n, err := strconv.Atoi(line[i+1:])
		require.NoError(t, err, line)
		counts[line[:i]] = n
	}
	return counts
}
