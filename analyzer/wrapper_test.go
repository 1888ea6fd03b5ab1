package analyzer_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/analyzer"
)

var wrapperPkgs = []string{"wrappers/llm", "wrappers/httpllm", "wrappers/app", "wrappers/bodyapp"}

// TestWrappers checks wrapper functions across packages: the SDK wrapper,
// a method, chains within and across packages, a hand-written body wrapper
// whose caller has no other path to a target API, and the facts exported.
func TestWrappers(t *testing.T) {
	a := analyzer.New(analyzer.Config{Today: today, Wrappers: true})
	analysistest.Run(t, testdataDir(t), a, wrapperPkgs...)
}

// TestWrapperPositions pins each caller finding to the byte of the caller's
// literal it concerns.
func TestWrapperPositions(t *testing.T) {
	a := analyzer.New(analyzer.Config{Today: today, Wrappers: true})
	results := analysistest.Run(lenient{}, testdataDir(t), a, "wrappers/app")
	require.Len(t, results, 1)
	var got []string
	for _, d := range results[0].Diagnostics {
		if d.Category != "legacy-api" {
			p := results[0].Pass.Fset.Position(d.Pos)
			got = append(got, fmt.Sprintf("%s:%d:%d %s", filepath.Base(p.Filename), p.Line, p.Column, d.Category))
		}
	}
	assert.ElementsMatch(t, []string{
		// llm.Ask(ctx, "hi\n\nHuman: again"): the first \ of the second Human turn
		"app.go:17:18 prompt-advice",
		// "Hello\nAssistant: sure" inside the wrapper's Human turn is text:
		// no finding.
		// the method's second parameter
		"app.go:20:34 prompt-advice",
		// the chain Summarize -> Ask
		"app.go:21:26 prompt-advice",
		// llm.Raw(ctx, "Hello"): a whole-prompt finding at the argument
		"app.go:23:15 prompt-format",
		// forward -> llm.Ask, a chain across packages
		"app.go:34:17 prompt-advice",
	}, got)
}

// TestWrappersWithoutFacts checks the default: wrappers are followed within
// a package, the analyzer declares no facts, and callers in other packages
// are not reported.
func TestWrappersWithoutFacts(t *testing.T) {
	a := analyzer.New(analyzer.Config{Today: today})
	assert.Empty(t, a.FactTypes)
	results := analysistest.Run(lenient{}, testdataDir(t), a, wrapperPkgs...)
	require.Len(t, results, len(wrapperPkgs))
	byPkg := map[string][]string{}
	for _, r := range results {
		assert.Empty(t, r.Facts, r.Pass.Pkg.Path())
		for _, d := range r.Diagnostics {
			byPkg[r.Pass.Pkg.Path()] = append(byPkg[r.Pass.Pkg.Path()], d.Message)
		}
	}
	// Within llm, the calls of Ask and of the chain Summarize are related
	// places of Ask's request.
	legacy, fset := legacyDiagnostics(t, results)
	assert.Len(t, related(fset, legacy["llm.go:16"]), 4)
	// Without facts llm's wrappers are unknown in app, and so is forward,
	// which becomes a wrapper only by passing its parameter to llm.Ask.
	assert.Empty(t, byPkg["wrappers/app"])
	assert.Empty(t, byPkg["wrappers/bodyapp"])
}

// TestWrappersFlag checks that -wrappers decides the fact types, which
// singlechecker reads after parsing flags to choose how to load packages.
func TestWrappersFlag(t *testing.T) {
	a := analyzer.New(analyzer.Config{})
	require.NoError(t, a.Flags.Set("wrappers", "true"))
	assert.Len(t, a.FactTypes, 2)
	require.NoError(t, analysis.Validate([]*analysis.Analyzer{a}))
	require.NoError(t, a.Flags.Set("wrappers", "false"))
	assert.Empty(t, a.FactTypes)
	assert.Error(t, a.Flags.Set("wrappers", "maybe"))
	assert.Len(t, analyzer.New(analyzer.Config{Wrappers: true}).FactTypes, 2)
}

// TestWrappersAcrossModules checks the calls of a wrapper of another
// module (testdata/wrappersmod, in module mode): that module's diagnostic
// is not this run's, so each package reports its calls once, at the first
// call no suppression comment exempts, with the other calls, direct and
// through a chain, as related places; every call is a Site for migrate.
func TestWrappersAcrossModules(t *testing.T) {
	a := analyzer.New(analyzer.Config{Today: today, Wrappers: true})
	results := analysistest.Run(t, filepath.Join(testdataDir(t), "wrappersmod"), a, "example.com/app", "example.com/claudehttp")
	legacy, fset := legacyDiagnostics(t, results)
	assert.Equal(t, []string{
		"app.go:12:2 calls claudehttp.Complete, which builds this request's body",
		"app.go:17:2 calls claudehttp.Complete, which builds this request's body",
		"app.go:21:2 calls relay, which builds this request's body through claudehttp.Complete",
	}, related(fset, legacy["app.go:11"]))
	assert.Equal(t, []string{
		"claudehttp.go:24:11 http.Post takes the request's URL and body",
		"claudehttp.go:24:21 the request's URL, \"https://api.anthropic.com/v1/complete\"; the Messages API's is POST /v1/messages",
	}, related(fset, legacy["claudehttp.go:16"]))
	for _, r := range results {
		if r.Pass.Pkg.Path() != "example.com/app" {
			continue
		}
		var sites []string
		for _, s := range r.Result.(*analyzer.Result).Sites {
			sites = append(sites, fmt.Sprintf("%s:%d %s suppressed=%t", filepath.Base(s.Pos.Filename), s.Pos.Line, s.Kind, s.Suppressed))
		}
		assert.Equal(t, []string{
			"app.go:11 wrapper suppressed=false", "app.go:12 wrapper suppressed=false", "app.go:17 wrapper suppressed=false",
			"app.go:21 wrapper suppressed=false", "app.go:23 wrapper suppressed=true",
		}, sites)
	}
}

// TestWrapperAcknowledged: a wrapper whose own legacy call is suppressed
// ("the callers are reported instead") has its calls reported once per
// package, at the first call, with the others as related places.
func TestWrapperAcknowledged(t *testing.T) {
	a := analyzer.New(analyzer.Config{Today: today, Wrappers: true})
	results := analysistest.Run(t, testdataDir(t), a, "wrappers/acked", "wrappers/ackedapp")
	legacy, fset := legacyDiagnostics(t, results)
	assert.Equal(t, []string{"acked.go:31:2 calls Ask, which sends this request"}, related(fset, legacy["acked.go:30"]))
	assert.Equal(t, []string{"ackedapp.go:13:2 calls acked.Ask, which sends this request"}, related(fset, legacy["ackedapp.go:12"]))
}
