package analyzer_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/analyzer"
)

// TestDirectiveLookalikes: comments meant as suppressions that are not
// one are reported with what to write instead, rather than ignored.
func TestDirectiveLookalikes(t *testing.T) {
	results := analysistest.Run(lenient{}, testdataDir(t), analyzer.New(analyzer.Config{Today: today}), "suppress")
	require.Len(t, results, 1)
	got := map[string]string{}
	for _, d := range results[0].Diagnostics {
		p := results[0].Pass.Fset.Position(d.Pos)
		if filepath.Base(p.Filename) == "lookalike.go" && p.Line%3 == 0 { // the comments' lines
			got[fmt.Sprintf("%d:%d", p.Line, p.Column)] = d.Message
		}
	}
	assert.Equal(t, map[string]string{
		"12:2": "not a suppression comment: write //completelint:ignore <category> <reason>, without a space after //",
		"15:2": `completelint:ignore categories are separated by commas without spaces: write "legacy-api,prompt-format"`,
		"18:2": "not a suppression comment: write //completelint:ignore <category> <reason>",
	}, got)
}
