// Command completelint finds and rewrites calls of Anthropic's legacy Text
// Completions API.
//
// Usage:
//
//	completelint [flags] packages          run the analyzer (singlechecker: -json, -fix, -diff, ...)
//	completelint migrate [flags] [packages] rewrite a codebase, verified, with a report
//	completelint sarif [flags] packages    write SARIF 2.1.0 to stdout
//	completelint lsp [flags]               serve diagnostics and quick fixes over LSP (stdio)
//	completelint version                   print the version
//	completelint help [command]            print the usage of completelint or of a command
//	go vet -vettool=$(command -v completelint) ./...
//	go fix -fixtool=$(command -v completelint) ./...
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/completelint/completelint/analyzer"
)

// subcommands extend the singlechecker interface. A package pattern can never
// be one of these words, so `completelint [flags] packages` is unchanged.
var subcommands map[string]func(args []string) int

func init() {
	subcommands = map[string]func(args []string) int{
		"sarif":   sarifMain,
		"lsp":     lspMain,
		"migrate": migrateMain,
		"version": versionMain,
		"help":    helpMain,
	}
}

func main() {
	args := os.Args[1:]
	if len(args) > 0 {
		if sub, ok := subcommands[args[0]]; ok {
			if len(args) == 2 && args[1] == "help" && args[0] != "help" {
				// "completelint migrate help" is "completelint help migrate".
				os.Exit(helpMain(args[:1]))
			}
			os.Exit(sub(args[1:]))
		}
	}
	if code, ok := checkFlags(args, os.Stderr); !ok {
		os.Exit(code)
	}
	singlechecker.Main(analyzer.Analyzer)
}

const usageHeader = `completelint finds Go code that calls Anthropic's legacy Text Completions
API, checks its prompts and parameters the way the API does, and rewrites the
calls to the Messages API.

Usage:
  completelint [flags] packages           report findings (exit 3 when there are any)
  completelint -fix [-diff] packages      apply the fixes (-diff: print them instead)
  completelint migrate [flags] [packages] rewrite a codebase, verified, with a report
  completelint sarif [flags] packages     write a SARIF 2.1.0 log
  completelint lsp [flags]                language server on stdin/stdout
  completelint version                    print the version
  completelint help [command]             print this text, or a command's usage

  go vet -vettool=$(command -v completelint) [flags] packages
  go fix -fixtool=$(command -v completelint) [-diff] [flags] packages

Exit status of the plain command: 0 no findings (or -json, or fixes
applied); 1 the packages could not be loaded or analysed; 2 bad flags;
3 findings reported.

Flags (of the plain command; the analyzer's also work with migrate, sarif,
lsp and after -vettool/-fixtool):
`

// usage prints the plain command's usage and its flags.
func usage(w io.Writer) {
	fmt.Fprint(w, usageHeader)
	fs := checkFlagSet()
	fs.SetOutput(w)
	fs.PrintDefaults()
}

// helpMain implements "completelint help [command]".
func helpMain(args []string) int {
	switch {
	case len(args) == 0, len(args) == 1 && args[0] == analyzer.Analyzer.Name:
		usage(os.Stdout)
		return 0
	case len(args) == 1 && args[0] == "lsp":
		return lspMain([]string{"-h"})
	case len(args) == 1 && args[0] != "help":
		if sub, ok := subcommands[args[0]]; ok {
			return sub([]string{"help"})
		}
	}
	fmt.Fprintf(os.Stderr, "completelint help: unknown command %q; commands: migrate, sarif, lsp, version\n", strings.Join(args, " "))
	return 2
}
