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
	out := make([]Diagnostic, 0, len(r.findings)+1)
	texts := map[string]*text{path: t}
	for _, f := range r.findings {
		out = append(out, s.diagnostic(path, texts, r, f))
	}
	if r.depNote != "" {
		start := 0
		if loc := packageClause.FindStringIndex(r.content); loc != nil {
			start = loc[0]
		}
		out = append(out, Diagnostic{
			Range:    t.rangeOf(start, min(start+len("package"), len(r.content))),
			Severity: SeverityInformation,
			Source:   "completelint",
			Message:  "completelint analysed this package despite errors in its dependencies, which may hide findings: " + r.depNote,
		})
	}
	return out
}

// diagnostic converts f, a finding of the file at path, whose text is
// texts[path]; texts caches the other files its related places are in.
// Related places are sent only to a client that declares it shows them: the
// message stays the one of the command line, and a request stays one
// diagnostic. Called with s.mu held.
func (s *Server) diagnostic(path string, texts map[string]*text, r *fileResult, f findings.Finding) Diagnostic {
	d := Diagnostic{
		Range:    texts[path].rangeOf(f.Start, f.End),
		Severity: SeverityWarning,
		Code:     f.Category,
		Source:   "completelint",
		Message:  f.Message,
	}
	if s.opts.HelpURL != "" {
		d.CodeDescription = &CodeDescription{Href: s.opts.HelpURL}
	}
	if !s.related {
		return d
	}
	for _, rel := range f.Related {
		t, ok := texts[rel.File]
		if !ok {
			if content, found := s.analysedText(r, rel.File); found {
				t = newText(content)
			}
			texts[rel.File] = t
		}
		if t == nil {
			continue
		}
		d.RelatedInformation = append(d.RelatedInformation, DiagnosticRelatedInformation{
			Location: Location{URI: s.uriOf(rel.File), Range: t.rangeOf(rel.Start, rel.End)},
			Message:  rel.Message,
		})
	}
	return d
}

// uriOf is the URI of file: the open document's, else its file URI.
// Called with s.mu held.
func (s *Server) uriOf(file string) DocumentURI {
	if d, open := s.docs[file]; open {
		return d.uri
	}
	return pathToURI(file)
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
