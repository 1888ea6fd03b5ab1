package analyzer_test

import (
	"go/token"
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
		// A site is a legacy-api diagnostic, or a call of a wrapper that
		// the diagnostic of its request names as a related place.
		legacy, related := map[token.Position]bool{}, map[token.Position]bool{}
		for _, d := range r.Diagnostics {
			if d.Category == "legacy-api" {
				legacy[r.Pass.Fset.Position(d.Pos)] = true
				for _, ri := range d.Related {
					related[r.Pass.Fset.Position(ri.Pos)] = true
				}
			}
		}
		diagnosed := 0
		for _, s := range res.Sites {
			switch {
			case legacy[s.Pos]:
				diagnosed++
			case s.Kind == sdk.Wrapper:
				assert.True(t, related[s.Pos], "%s: a wrapper call no diagnostic names", s.Pos)
			default:
				t.Errorf("%s: a site without a diagnostic", s.Pos)
			}
		}
		assert.Equal(t, len(legacy), diagnosed, "%s: a site per legacy-api diagnostic", r.Pass.Pkg.Path())
		for _, s := range res.Sites {
			assert.NotEmpty(t, s.Kind, "site at %s has no kind", s.Pos)
			kinds[s.Kind]++
		}
	}
	for _, k := range []sdk.Kind{sdk.Official, sdk.Community, sdk.HTTP, sdk.Bedrock, sdk.Wrapper} {
		assert.Positive(t, kinds[k], "no site of kind %q", k)
	}
}
