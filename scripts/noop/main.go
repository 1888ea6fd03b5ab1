// Command noop runs an analyzer that does nothing under the same
// singlechecker driver as completelint. scripts/bench-ratio.sh times both on
// the same module, so that the ratio shows what completelint adds to the
// driver's own cost of loading and type-checking packages.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"
)

var analyzer = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop: report nothing",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() {
	singlechecker.Main(analyzer)
}
