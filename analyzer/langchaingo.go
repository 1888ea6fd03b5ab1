package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/sdk"
	"github.com/completelint/completelint/promptcheck"
)

// langchaingo's Anthropic client speaks the Messages API unless it is built
// with anthropic.New(anthropic.WithLegacyTextCompletionsAPI()).
const (
	langchaingoAnthropic = "github.com/tmc/langchaingo/llms/anthropic"
	langchaingoLegacyOpt = "WithLegacyTextCompletionsAPI"
)

// mayUseLangchaingo is the gate of the option search: the option is called
// through a direct import.
func mayUseLangchaingo(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if imp.Path() == langchaingoAnthropic {
			return true
		}
	}
	return false
}

// langchaingo describes the library for reports.
var langchaingo = &sdk.Library{Name: "langchaingo", Kind: sdk.Community, Path: langchaingoAnthropic}

// findLangchaingo reports every call of the legacy-mode option: wherever it
// is built (in the New call or appended to an option list), the client it
// configures sends Text Completions requests.
func (c *checker) findLangchaingo(root inspector.Cursor) {
	for cur := range root.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
		if !ok || fn.Name() != langchaingoLegacyOpt || fn.Pkg() == nil || fn.Pkg().Path() != langchaingoAnthropic {
			continue
		}
		c.rep.describe(call.Pos(), entryRef{lib: langchaingo}, request.NoFix(request.LangchaingoOption))
		c.rep.report(analysis.Diagnostic{
			Pos: call.Pos(), End: call.End(), Category: string(promptcheck.LegacyAPI),
			Message: "anthropic.WithLegacyTextCompletionsAPI makes langchaingo's Anthropic client send legacy Text Completions requests; " +
				"drop the option to use the Messages API, and pass messages instead of Human:/Assistant: prompts: " + migrationGuide,
		})
	}
}
