package rewrite_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/promptcheck"
	"github.com/completelint/completelint/rewrite"
)

// communityPkgs are the goldens of community SDK calls, one package per
// library with every major version it has.
var communityPkgs = []string{"rewrite/community/goanthropic", "rewrite/community/welch"}

// TestCommunityGolden checks the rewrites of community SDK calls to the
// same library's Messages API: one fix per call, all applied together in
// X.go.golden, and a reason on every call without one.
func TestCommunityGolden(t *testing.T) {
	dir := testdataDir(t, "")
	if *update {
		writeGolden(t, analysistest.Run(t, dir, testAnalyzer, communityPkgs...), false)
	}
	results := analysistest.RunWithSuggestedFixes(t, dir, testAnalyzer, communityPkgs...)
	fixes, legacy := map[string]int{}, map[string]int{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if d.Category != string(promptcheck.LegacyAPI) {
				continue
			}
			legacy[r.Pass.Pkg.Name()]++
			for _, fix := range d.SuggestedFixes {
				assert.True(t, strings.HasPrefix(fix.Message, rewrite.FixMessage), fix.Message)
				fixes[r.Pass.Pkg.Name()]++
			}
			if len(d.SuggestedFixes) == 0 {
				assert.Contains(t, d.Message, "no automatic rewrite: ", "a call without a fix says why")
			}
		}
	}
	t.Logf("community goldens: fixes %v of legacy calls %v", fixes, legacy)
	assert.Equal(t, map[string]int{"goanthropic": 3, "welch": 3}, fixes)
}
