// Command completelint finds and rewrites calls of Anthropic's legacy Text
// Completions API.
//
// Usage:
//
//	completelint [flags] packages     run the analyzer (singlechecker: -json, -fix, -diff, ...)
//	completelint sarif [flags] packages   write SARIF 2.1.0 to stdout
//	completelint lsp                  serve diagnostics and quick fixes over LSP (stdio)
//	go vet -vettool=$(command -v completelint) ./...
//	go fix -fixtool=$(command -v completelint) ./...
package main

import (
	"os"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/completelint/completelint/analyzer"
)

// subcommands extend the singlechecker interface. A package pattern can never
// be one of these words, so `completelint [flags] packages` is unchanged.
var subcommands = map[string]func(args []string) int{
	"sarif":   sarifMain,
	"lsp":     lspMain,
	"migrate": migrateMain,
}

func main() {
	if len(os.Args) > 1 {
		if sub, ok := subcommands[os.Args[1]]; ok {
			os.Exit(sub(os.Args[2:]))
		}
	}
	singlechecker.Main(analyzer.Analyzer)
}
