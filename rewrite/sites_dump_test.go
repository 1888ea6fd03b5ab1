package rewrite_test

import (
	"fmt"
	"os"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/promptcheck"
)

func TestDumpSites(t *testing.T) {
	out, _ := os.Create(os.Getenv("DUMP"))
	defer out.Close()
	for name, root := range roots {
		dir := testdataDir(t, root)
		for _, r := range analysistest.Run(ignoreWants{}, dir, testAnalyzer, "rewrite/official") {
			for _, d := range r.Diagnostics {
				if d.Category != string(promptcheck.LegacyAPI) {
					continue
				}
				p := r.Pass.Fset.Position(d.Pos)
				fmt.Fprintf(out, "%s %s:%d %v %s\n", name, p.Filename[len(dir):], p.Line, len(d.SuggestedFixes) > 0, d.Message)
			}
		}
	}
}
