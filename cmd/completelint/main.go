// Command completelint finds and rewrites calls of Anthropic's legacy Text
// Completions API.
//
// Usage:
//
//	completelint [flags] packages   run the analyzer (singlechecker flags: -json, -fix, -diff, ...)
//	go vet -vettool=$(command -v completelint) ./...
//	go fix -fixtool=$(command -v completelint) ./...
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/completelint/completelint/analyzer"
)

func main() {
	singlechecker.Main(analyzer.Analyzer)
}
