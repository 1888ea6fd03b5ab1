package rewrite_test

import (
	"go/ast"
	"go/token"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/promptcheck"
)

// ignoreWants is an analysistest.Testing that ignores // want mismatches:
// the rate test counts fixes, the golden tests check them.
type ignoreWants struct{}

func (ignoreWants) Errorf(string, ...any) {}

// positions in reasons ("at turns.go:12") are left out when grouping.
var reasonPosition = regexp.MustCompile(` at [\w.]+\.go:\d+|\(\w[\w.]*\.go:\d+\)|[\w.]+\.go:\d+`)

// addedFixtures are the fixture functions added after the corpus of 148
// requests the issues measure against (issue 9's and later), and the files
// added whole.
var addedFixtures = map[string]bool{
	// issue 9
	"bigOutput": true, "defaultTemperature": true, "quotedChat": true, "checkedQuestion": true,
	"configuredRejectsPrefill": true, "temperatureAndTopP": true, "newlineStop": true, "historyFirst": true,
	"twoAssistantTurnsAtTheEnd": true, "crlf": true, "askFlag": true, "chatFlag": true, "mainFlag": true,
	"unknownModelID": true, "countChunks": true,
	// issue 10
	"systemChanged": true, "loggedAndChanged": true, "loggedImpure": true, "promptEdited": true,
	"loopSuffix": true, "loopTurns": true, "loopInnerTurns": true, "indexedTwice": true, "indexedStar": true,
	"results.go": true, "callees.go": true, "after.go": true,
	// model fields
	"fields.go": true,
}

// TestRewriteRate reports how many legacy requests of the golden corpus get
// the Messages rewrite, and why the others do not, over the whole corpus
// and over the 148 requests it had before issue 9 (92 rewritten then; issue
// 10 asks for 130).
func TestRewriteRate(t *testing.T) {
	total, fixed, origTotal, origFixed := 0, 0, 0, 0
	reasons := map[string]int{}
	for _, root := range roots {
		dir := testdataDir(t, root)
		for _, r := range analysistest.Run(ignoreWants{}, dir, testAnalyzer, "rewrite/official") {
			for _, d := range r.Diagnostics {
				if d.Category != string(promptcheck.LegacyAPI) {
					continue
				}
				orig := !addedFixtures[enclosingFuncName(r, d.Pos)] && !addedFixtures[filepath.Base(r.Pass.Fset.File(d.Pos).Name())]
				total++
				if orig {
					origTotal++
				}
				if len(d.SuggestedFixes) > 0 {
					fixed++
					if orig {
						origFixed++
					}
					continue
				}
				reason := reasonPosition.ReplaceAllString(d.Message, "")
				if _, after, ok := cutReason(reason); ok {
					reason = after
				}
				if !orig {
					reason += " [added fixture]"
				}
				reasons[reason]++
			}
		}
	}
	t.Logf("golden corpus: %d of %d legacy requests rewritten; of the %d before issue 9: %d", fixed, total, origTotal, origFixed)
	for _, r := range slices.Sorted(maps.Keys(reasons)) {
		t.Logf("%3d  %s", reasons[r], r)
	}
	assert.Equal(t, 148, origTotal, "the corpus the issues measure against")
	assert.GreaterOrEqual(t, origFixed, 130, "issue 10's floor")
}

// enclosingFuncName is the name of the top-level function around pos.
func enclosingFuncName(r *analysistest.Result, pos token.Pos) string {
	for _, f := range r.Pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Pos() <= pos && pos < fd.End() {
				return fd.Name.Name
			}
		}
	}
	return ""
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
