package analyzer

import (
	"golang.org/x/tools/go/analysis"

	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/sdk"
	"github.com/completelint/completelint/promptcheck"
	"github.com/completelint/completelint/rewrite"
)

// rewriteFix returns the Messages API rewrite of a request, or why there is
// none. With rewriting off there is neither.
func (c *checker) rewriteFix(req *request.Request, p evaluatedPrompt) (*analysis.SuggestedFix, error) {
	switch {
	case req.Lib.Rewrite == sdk.RewriteBody:
		return c.bodyFix(req, p)
	case !c.cfg.rewrite() || req.Call == nil || req.Lib.Rewrite != sdk.RewriteCall:
		return nil, nil
	}
	if !p.ok {
		return nil, request.NoFix(request.PromptNotInLiteral)
	}
	return rewrite.Official(c.pass, req, p.value, p.meant, c.models)
}

// literalFix returns the minimal in-place fix of a literal prompt for a
// finding. It is offered only when the Messages rewrite is off, so that the
// fixes of one request never conflict.
func (c *checker) literalFix(p evaluatedPrompt, fd promptcheck.Finding) []analysis.SuggestedFix {
	if c.cfg.rewrite() {
		return nil
	}
	if fix := rewrite.LiteralFix(c.pass, p.value, p.meant, fd); fix != nil {
		return []analysis.SuggestedFix{*fix}
	}
	return nil
}
