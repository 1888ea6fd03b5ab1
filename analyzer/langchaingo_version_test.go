package analyzer_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/analyzer"
)

// TestOldLangchaingo runs a module that vendors langchaingo v0.1.5, whose
// Anthropic client only sends legacy Text Completions requests: the
// version, read from vendor/modules.txt, selects the table's row.
func TestOldLangchaingo(t *testing.T) {
	analysistest.Run(t, filepath.Join(testdataDir(t), "vendored"), analyzer.New(analyzer.Config{Today: today}), "./app")
}

// TestDependencySinks: with -wrappers, an old SDK's own legacy requests
// make the exported functions that always send them sinks, reported where
// the program calls them.
func TestDependencySinks(t *testing.T) {
	a := analyzer.New(analyzer.Config{Today: today, Wrappers: true})
	analysistest.Run(t, filepath.Join(testdataDir(t), "vendored"), a, "./sdkuser")
}

// TestDependencySinksNeedFacts: without -wrappers nothing crosses packages.
func TestDependencySinksNeedFacts(t *testing.T) {
	results := analysistest.Run(lenient{}, filepath.Join(testdataDir(t), "vendored"), analyzer.New(analyzer.Config{Today: today}), "./sdkuser")
	require.Len(t, results, 1)
	assert.Empty(t, results[0].Diagnostics)
}

// TestTableEntriesNotSinks: langchaingo's entry points are reported once,
// by the table, with -wrappers as without.
func TestTableEntriesNotSinks(t *testing.T) {
	dir := filepath.Join(testdataDir(t), "vendored")
	var got [2][]string
	for i, wrappers := range []bool{false, true} {
		results := analysistest.Run(lenient{}, dir, analyzer.New(analyzer.Config{Today: today, Wrappers: wrappers}), "./app")
		require.Len(t, results, 1)
		for _, d := range results[0].Diagnostics {
			got[i] = append(got[i], results[0].Pass.Fset.Position(d.Pos).String()+" "+d.Message)
		}
	}
	assert.NotEmpty(t, got[0])
	assert.Equal(t, got[0], got[1])
}
