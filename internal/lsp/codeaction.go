package lsp

import (
	"os"

	"github.com/completelint/completelint/internal/findings"
)

// codeActions offers the suggested fixes of the findings overlapping p.Range
// as quick fixes. Nothing is offered while the document differs from the
// text last analysed: the fixes' offsets would be stale.
func (s *Server) codeActions(p CodeActionParams) []CodeAction {
	actions := []CodeAction{}
	path, ok := uriToPath(p.TextDocument.URI)
	if !ok {
		return actions
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	d, open := s.docs[path]
	r, analysed := s.results[path]
	if !open || !analysed || d.text != r.content {
		return actions
	}
	t := newText(r.content)
	from, to := t.offset(p.Range.Start), t.offset(p.Range.End)
	for _, f := range r.findings {
		if f.Start > to || from > f.End {
			continue
		}
		diag := s.diagnostic(t, f)
		for i, fx := range f.Fixes {
			edit := s.workspaceEdit(fx)
			if edit == nil {
				continue
			}
			actions = append(actions, CodeAction{
				Title:       fx.Message,
				Kind:        QuickFix,
				Diagnostics: []Diagnostic{diag},
				IsPreferred: i == 0,
				Edit:        edit,
			})
		}
	}
	return actions
}

// workspaceEdit converts a fix's byte-offset edits into LSP edits against
// the text each file had when it was analysed. It returns nil when a file's
// text is unknown. Called with s.mu held.
func (s *Server) workspaceEdit(fx findings.Fix) *WorkspaceEdit {
	we := &WorkspaceEdit{Changes: make(map[DocumentURI][]TextEdit)}
	texts := make(map[string]*text)
	for _, e := range fx.Edits {
		t, ok := texts[e.File]
		if !ok {
			if r, analysed := s.results[e.File]; analysed {
				t = newText(r.content)
			} else if data, err := os.ReadFile(e.File); err == nil {
				t = newText(string(data))
			} else {
				return nil
			}
			texts[e.File] = t
		}
		uri := pathToURI(e.File)
		if d, open := s.docs[e.File]; open {
			uri = d.uri
		}
		we.Changes[uri] = append(we.Changes[uri], TextEdit{Range: t.rangeOf(e.Start, e.End), NewText: e.NewText})
	}
	return we
}
