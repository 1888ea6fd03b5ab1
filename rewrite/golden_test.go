package rewrite_test

import (
	"flag"
	"go/format"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/txtar"

	"github.com/completelint/completelint/promptcheck"
)

var update = flag.Bool("update", false, "rewrite the .golden files from the fixes")

// roots are the SDK param styles, each a GOPATH with its own SDK stub.
var roots = map[string]string{
	"v1":      "",
	"beta":    "beta",
	"alpha13": "alpha",
	"alpha4":  "alpha4",
}

// TestGolden checks the Messages rewrites: one fix per request, all applied
// together in X.go.golden.
func TestGolden(t *testing.T) {
	for name, root := range roots {
		t.Run(name, func(t *testing.T) {
			dir := testdataDir(t, root)
			_, err := os.Stat(filepath.Join(dir, "src", "rewrite", "official"))
			require.NoError(t, err, "every param style has rewrite fixtures")
			if *update {
				writeGolden(t, analysistest.Run(t, dir, testAnalyzer, "rewrite/official"), false)
			}
			analysistest.RunWithSuggestedFixes(t, dir, testAnalyzer, "rewrite/official")
		})
	}
}

// TestLiteralGolden checks the in-place fixes of literal prompts offered
// when the rewrite is off. Several fixes edit one literal, so the golden is
// a txtar archive with the result of each fix message on its own.
func TestLiteralGolden(t *testing.T) {
	dir := testdataDir(t, "")
	if *update {
		writeGolden(t, analysistest.Run(t, dir, literalAnalyzer, "rewrite/literal"), true)
	}
	results := analysistest.RunWithSuggestedFixes(t, dir, literalAnalyzer, "rewrite/literal")
	legacy := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if d.Category == string(promptcheck.LegacyAPI) {
				legacy++
				assert.Empty(t, d.SuggestedFixes, "legacy-api fix with rewrite off: %s", d.Message)
			}
		}
	}
	assert.Equal(t, 3, legacy)
}

func testdataDir(t *testing.T, root string) string {
	dir, err := filepath.Abs(filepath.Join("..", "testdata", root))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// writeGolden writes X.go.golden next to each X.go: the file with every fix
// applied or, byMessage, a txtar archive with one section per fix message.
func writeGolden(t *testing.T, results []*analysistest.Result, byMessage bool) {
	for _, r := range results {
		edits := map[string]map[string][]analysis.TextEdit{} // file -> message -> edits
		for _, d := range r.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				msg := fix.Message
				if !byMessage {
					msg = ""
				}
				for _, e := range fix.TextEdits {
					name := r.Pass.Fset.File(e.Pos).Name()
					if edits[name] == nil {
						edits[name] = map[string][]analysis.TextEdit{}
					}
					edits[name][msg] = append(edits[name][msg], e)
				}
			}
		}
		for _, f := range r.Pass.Files {
			tf := r.Pass.Fset.File(f.Pos())
			src, err := os.ReadFile(tf.Name())
			if err != nil {
				t.Fatal(err)
			}
			var out []byte
			if byMessage {
				ar := &txtar.Archive{}
				for _, msg := range slices.Sorted(maps.Keys(edits[tf.Name()])) {
					fixed := applyEdits(t, tf.Name(), src, tf.Base(), edits[tf.Name()][msg])
					ar.Files = append(ar.Files, txtar.File{Name: msg, Data: fixed})
				}
				out = txtar.Format(ar)
			} else {
				out = applyEdits(t, tf.Name(), src, tf.Base(), edits[tf.Name()][""])
			}
			if err := os.WriteFile(tf.Name()+".golden", out, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func applyEdits(t *testing.T, name string, src []byte, base int, es []analysis.TextEdit) []byte {
	es = slices.Clone(es)
	slices.SortStableFunc(es, func(a, b analysis.TextEdit) int { return int(b.Pos - a.Pos) })
	// Identical edits of several fixes (an import, a helper declaration)
	// coalesce, as drivers merge them.
	es = slices.CompactFunc(es, func(a, b analysis.TextEdit) bool {
		return a.Pos == b.Pos && a.End == b.End && string(a.NewText) == string(b.NewText)
	})
	out := slices.Clone(src)
	for _, e := range es {
		start, end := int(e.Pos)-base, int(e.End)-base
		out = slices.Concat(out[:start], e.NewText, out[end:])
	}
	formatted, err := format.Source(out)
	if err != nil {
		t.Errorf("%s: fixed file does not parse: %v", name, err)
		return out
	}
	return formatted
}
