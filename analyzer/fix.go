package analyzer

import (
	"golang.org/x/tools/go/analysis"

	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/sdk"
	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
	"github.com/completelint/completelint/rewrite"
)

// rewriteFix returns the Messages API rewrite of a request, or why there is
// none. With rewriting off there is neither. A rewrite that panics on code
// it did not foresee costs that request its fix, not the user's run.
func (c *checker) rewriteFix(req *request.Request, p evaluatedPrompt) (fix *analysis.SuggestedFix, err error) {
	defer func() {
		if r := recover(); r != nil {
			fix, err = nil, request.NoFix(request.RewriteFailed, r)
		}
	}()
	if req.Lib.Rewrite == sdk.RewriteBody {
		return c.bodyFix(req, p)
	}
	if !c.cfg.rewrite() || req.Call == nil {
		return nil, nil
	}
	var rewriter func(*analysis.Pass, *request.Request, strval.Value, promptcheck.Conversation, rewrite.Env) (*analysis.SuggestedFix, error)
	switch req.Lib.Rewrite {
	case sdk.RewriteCall:
		rewriter = rewrite.Official
	case sdk.RewriteCommunity:
		rewriter = rewrite.Community
	default:
		return nil, nil
	}
	if !p.ok {
		return nil, request.NoFix(request.PromptNotInLiteral)
	}
	return rewriter(c.pass, req, p.value, p.meant, c.env())
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
