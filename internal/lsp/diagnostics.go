package lsp

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/completelint/completelint/internal/findings"
)

// diagnostics are the diagnostics of r, the result for the file at path:
// its findings, or one diagnostic saying why its package was not analysed.
func (s *Server) diagnostics(path string, r *fileResult) []Diagnostic {
	t := newText(r.content)
	if r.failure != nil {
		return []Diagnostic{s.failureDiagnostic(path, t, r)}
	}
	out := make([]Diagnostic, 0, len(r.findings))
	for _, f := range r.findings {
		out = append(out, s.diagnostic(t, f))
	}
	return out
}

func (s *Server) diagnostic(t *text, f findings.Finding) Diagnostic {
	d := Diagnostic{
		Range:    t.rangeOf(f.Start, f.End),
		Severity: SeverityWarning,
		Code:     f.Category,
		Source:   "completelint",
		Message:  f.Message,
	}
	if s.opts.HelpURL != "" {
		d.CodeDescription = &CodeDescription{Href: s.opts.HelpURL}
	}
	return d
}

// packageClause finds the package clause, where a diagnostic about the
// whole package goes.
var packageClause = regexp.MustCompile(`(?m)^package\b`)

// failureDiagnostic places the first load or type error of the package at
// its position when it is in this file, else on the package clause, and
// names it in the message: gopls reports the error itself, but the user must
// learn why completelint's diagnostics are gone.
func (s *Server) failureDiagnostic(path string, t *text, r *fileResult) Diagnostic {
	e := *r.failure
	start := 0
	if loc := packageClause.FindStringIndex(r.content); loc != nil {
		start = loc[0]
	}
	end := start + len("package")
	if e.File == path && e.Line > 0 {
		start = t.offset(Position{Line: e.Line - 1}) + max(e.Col-1, 0)
		end = start
	}
	if e.File != "" {
		if rel, err := filepath.Rel(filepath.Dir(path), e.File); err == nil && !strings.HasPrefix(rel, "..") {
			e.File = rel
		}
	}
	msg := "completelint did not analyse this package: " + e.String()
	if r.more > 0 {
		msg += fmt.Sprintf(" (and %d more)", r.more)
	}
	return Diagnostic{
		Range:    t.rangeOf(start, min(end, len(r.content))),
		Severity: SeverityWarning,
		Source:   "completelint",
		Message:  msg,
	}
}
