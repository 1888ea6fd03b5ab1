package rewrite_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/promptcheck"
)

// TestMapBodyPromptGolden checks the rewrites of map bodies whose prompt is
// built before the body: every body of the package gets one.
func TestMapBodyPromptGolden(t *testing.T) {
	dir := testdataDir(t, "")
	if *update {
		writeGolden(t, analysistest.Run(t, dir, bodyAnalyzer, "legacy/mapsmore_fix"), false)
	}
	fixed := 0
	for _, r := range analysistest.RunWithSuggestedFixes(t, dir, bodyAnalyzer, "legacy/mapsmore_fix") {
		for _, d := range r.Diagnostics {
			if d.Category != string(promptcheck.LegacyAPI) || !strings.HasPrefix(d.Message, "map literal builds") {
				continue
			}
			assert.NotEmpty(t, d.SuggestedFixes, "%s: %s", r.Pass.Fset.Position(d.Pos), d.Message)
			fixed++
		}
	}
	assert.Equal(t, 6, fixed)
}
