package analyzer

import (
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/completelint/completelint/promptcheck"
)

// diagnostic returns a diagnostic of rule r at [pos, end): the rule's
// category, and its documentation as URL (which the -json output leaves out
// and gopls shows as the diagnostic's link).
func diagnostic(r *promptcheck.Rule, pos, end token.Pos, msg string) analysis.Diagnostic {
	return analysis.Diagnostic{Pos: pos, End: end, Category: string(r.Category), URL: r.URL(), Message: msg}
}
