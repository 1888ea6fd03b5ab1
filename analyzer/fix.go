package analyzer

import (
	"golang.org/x/tools/go/analysis"

	"github.com/completelint/completelint/internal/sdk"
	"github.com/completelint/completelint/promptcheck"
)

// rewriteFix returns the Messages API rewrite of a request, or why there is
// none. With rewriting off there is neither.
func (c *checker) rewriteFix(req *sdk.Request, p evaluatedPrompt) (*analysis.SuggestedFix, string) {
	if !c.cfg.rewrite() || req.Call == nil {
		return nil, ""
	}
	return nil, "" // wired to package rewrite when it lands
}

// literalFix returns the minimal fix of a literal prompt for a finding, offered
// only when the Messages rewrite is off (so that fixes never conflict).
func (c *checker) literalFix(req *sdk.Request, p evaluatedPrompt, fd promptcheck.Finding) []analysis.SuggestedFix {
	return nil
}
