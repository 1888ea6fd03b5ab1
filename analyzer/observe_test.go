package analyzer_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/analyzer"
	"github.com/completelint/completelint/internal/sdk"
)

// TestResultKinds checks that every kind of legacy request is a Site of the
// analysis result with its library kind, which migrate's report groups by.
func TestResultKinds(t *testing.T) {
	kinds := map[sdk.Kind]int{}
	a := analyzer.New(analyzer.Config{Today: today})
	results := analysistest.Run(lenient{}, testdataDir(t), a,
		"calls", "legacy/goanthropic", "legacy/maps", "legacy/bedrock", "legacy/urls", "legacy/langchaingo", "wrappers/llm")
	for _, r := range results {
		res, ok := r.Result.(*analyzer.Result)
		if !assert.True(t, ok, "%s: result %T", r.Pass.Pkg.Path(), r.Result) {
			continue
		}
		legacy := 0
		for _, d := range r.Diagnostics {
			if d.Category == "legacy-api" {
				legacy++
			}
		}
		assert.Equal(t, legacy, len(res.Sites), "%s: one site per legacy-api diagnostic", r.Pass.Pkg.Path())
		for _, s := range res.Sites {
			assert.NotEmpty(t, s.Kind, "site at %s has no kind", s.Pos)
			kinds[s.Kind]++
		}
	}
	for _, k := range []sdk.Kind{sdk.Official, sdk.Community, sdk.HTTP, sdk.Bedrock, sdk.Wrapper} {
		assert.Positive(t, kinds[k], "no site of kind %q", k)
	}
}
