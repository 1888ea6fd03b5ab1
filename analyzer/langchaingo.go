package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/sdk"
	"github.com/completelint/completelint/promptcheck"
)

// langchaingo's Anthropic client speaks the Messages API from v0.1.8 on
// unless it is built with anthropic.New(anthropic.WithLegacyTextCompletionsAPI());
// its earlier versions are rows of the table (internal/sdk).
const (
	langchaingoAnthropic = sdk.LangchaingoAnthropic
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
		c.rep.report(diagnostic(promptcheck.RuleLegacyLangchaingo, call.Pos(), call.End(),
			"anthropic.WithLegacyTextCompletionsAPI makes langchaingo's Anthropic client send legacy Text Completions requests; "+
				"drop the option to use the Messages API, and pass messages instead of Human:/Assistant: prompts: "+migrationGuide))
	}
}

// findClients reports the clients of version-limited libraries (old
// langchaingo) that are used out of sight: built by one of lib.Clients and
// then given away, stored or returned rather than only called through the
// entry points, which findCalls reports.
func (c *checker) findClients(root inspector.Cursor) {
	for lib, version := range c.versions {
		if len(lib.Clients) == 0 {
			continue
		}
		for cur := range root.Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
			if !ok || fn.Pkg() == nil || fn.Pkg().Path() != lib.Path || !slices.Contains(lib.Clients, fn.Name()) || c.rep.skipped(call.Pos()) {
				continue
			}
			if c.onlyEntriesCalled(call, enclosingFunc(cur)) {
				continue
			}
			why := request.NoFix(request.LibraryVersionLegacy, lib.Module, version, lib.Below)
			c.rep.describe(call.Pos(), entryRef{lib: lib, entry: &sdk.Entry{Name: fn.Name()}}, why)
			c.rep.report(diagnostic(promptcheck.RuleLegacyLangchaingo, call.Pos(), call.End(),
				fmt.Sprintf("%s.%s builds a %s client that sends legacy Text Completions requests wherever it is used (%s %s has no Messages API); upgrade %s to %s or later: %s",
					fn.Pkg().Name(), fn.Name(), lib.Name, lib.Module, version, lib.Module, lib.Below, migrationGuide)))
		}
	}
}

// onlyEntriesCalled reports whether the client that call returns is kept
// in a local of fn whose every use calls an entry point on it (reported
// there) or touches a field.
func (c *checker) onlyEntriesCalled(call *ast.CallExpr, fn ast.Node) bool {
	if fn == nil {
		return false
	}
	v := c.resultVar(call, fn)
	if v == nil {
		return false
	}
	for _, id := range c.defs().Uses(v) {
		cur, ok := c.root.FindByPos(id.Pos(), id.End())
		if !ok {
			return false
		}
		sel, ok := cur.Parent().Node().(*ast.SelectorExpr)
		if !ok || sel.X != id {
			return false
		}
		s, ok := c.pass.TypesInfo.Selections[sel]
		if !ok {
			return false
		}
		if s.Kind() == types.FieldVal {
			continue
		}
		m, ok := s.Obj().(*types.Func)
		if _, entry := c.entries[m]; !ok || !entry {
			return false
		}
		if call, ok := cur.Parent().Parent().Node().(*ast.CallExpr); !ok || call.Fun != sel {
			return false // a method value
		}
	}
	return true
}
