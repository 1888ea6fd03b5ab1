package analyzer_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/analyzer"
)

// today pins the model lifecycle so that fixtures do not age.
const today = "2026-11-25"

func TestCalls(t *testing.T) {
	testdata := testdataDir(t)
	analysistest.Run(t, testdata, analyzer.New(analyzer.Config{Today: today}),
		"calls", "params", "models", "models/flags", "models/fields", "generated",
		"traps/lookalike", "traps/nocall")
}

// TestPositions checks, for fixtures with a want.txt, the exact position
// and category of every diagnostic, which // want comments cannot express.
func TestPositions(t *testing.T) {
	testdata := testdataDir(t)
	for _, pkg := range []string{"prompts", "suppress"} {
		t.Run(pkg, func(t *testing.T) {
			results := analysistest.Run(lenient{}, testdata, analyzer.New(analyzer.Config{Today: today}), pkg)
			require.Len(t, results, 1)
			var got []string
			for _, d := range results[0].Diagnostics {
				p := results[0].Pass.Fset.Position(d.Pos)
				cat := d.Category
				if cat == "" {
					cat = "-"
				}
				got = append(got, fmt.Sprintf("%s:%d:%d %s", filepath.Base(p.Filename), p.Line, p.Column, cat))
			}
			assert.ElementsMatch(t, readWant(t, filepath.Join(testdata, "src", pkg, "want.txt")), got)
		})
	}
}

// lenient drops analysistest's complaints so that want.txt alone decides.
type lenient struct{}

func (lenient) Errorf(string, ...any) {}

func readWant(t *testing.T, path string) []string {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var want []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			want = append(want, line)
		}
	}
	slices.Sort(want)
	return want
}

// TestParamStyles runs the fixtures of the older SDK parameter styles, each
// against a stub of that SDK version.
func TestParamStyles(t *testing.T) {
	testdata := testdataDir(t)
	a := analyzer.New(analyzer.Config{Today: today})
	t.Run("alpha", func(t *testing.T) {
		analysistest.Run(t, filepath.Join(testdata, "alpha"), a, "alphacalls")
	})
	t.Run("beta", func(t *testing.T) {
		analysistest.Run(t, filepath.Join(testdata, "beta"), a, "betacalls")
	})
}

// testdataDir is the repository's testdata directory, shared by the
// analyzer, rewrite and end-to-end tests.
func testdataDir(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	require.NoError(t, err)
	return dir
}
