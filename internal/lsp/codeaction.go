package lsp

import "os"

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
		if f.start > to || from > f.end {
			continue
		}
		diag := s.diagnostic(t, f)
		for i, fx := range f.fixes {
			edit := s.workspaceEdit(fx)
			if edit == nil {
				continue
			}
			actions = append(actions, CodeAction{
				Title:       fx.message,
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
func (s *Server) workspaceEdit(fx fix) *WorkspaceEdit {
	we := &WorkspaceEdit{Changes: make(map[DocumentURI][]TextEdit)}
	texts := make(map[string]*text)
	for _, e := range fx.edits {
		t, ok := texts[e.file]
		if !ok {
			if r, analysed := s.results[e.file]; analysed {
				t = newText(r.content)
			} else if data, err := os.ReadFile(e.file); err == nil {
				t = newText(string(data))
			} else {
				return nil
			}
			texts[e.file] = t
		}
		uri := pathToURI(e.file)
		if d, open := s.docs[e.file]; open {
			uri = d.uri
		}
		we.Changes[uri] = append(we.Changes[uri], TextEdit{Range: t.rangeOf(e.start, e.end), NewText: e.newText})
	}
	return we
}
