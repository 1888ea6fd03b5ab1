package lsp

import (
	"os"
	"slices"
	"strings"

	udiff "github.com/aymanbagabas/go-udiff"

	"github.com/completelint/completelint/internal/findings"
	"github.com/completelint/completelint/internal/fixfmt"
)

// codeActions offers the suggested fixes of the findings overlapping p.Range
// as quick fixes, unless p.Context.Only excludes quick fixes. Nothing is
// offered while the document differs from the text last analysed: the
// fixes' offsets would be stale.
func (s *Server) codeActions(p CodeActionParams) []CodeAction {
	actions := []CodeAction{}
	if !kindWanted(QuickFix, p.Context.Only) {
		return actions
	}
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
	texts := map[string]*text{path: t}
	from, to := t.offset(p.Range.Start), t.offset(p.Range.End)
	for i, f := range r.findings {
		if f.Start > to || from > f.End {
			continue
		}
		diag := s.diagnostic(path, texts, r, f)
		for j, fx := range f.Fixes {
			key := [2]int{i, j}
			edit, cached := r.edits[key]
			if !cached {
				edit = s.workspaceEdit(r, fx)
				if r.edits == nil {
					r.edits = make(map[[2]int]*WorkspaceEdit)
				}
				r.edits[key] = edit
			}
			if edit == nil {
				continue
			}
			actions = append(actions, CodeAction{
				Title:       fx.Message,
				Kind:        QuickFix,
				Diagnostics: []Diagnostic{diag},
				IsPreferred: j == 0,
				Edit:        edit,
			})
		}
	}
	return actions
}

// kindWanted reports whether a code action of kind passes the client's
// context.only filter: kinds are hierarchical ("quickfix" matches
// "quickfix" and "quickfix.x"), and no filter wants everything.
func kindWanted(kind string, only []string) bool {
	if len(only) == 0 {
		return true
	}
	return slices.ContainsFunc(only, func(o string) bool {
		return o == "" || kind == o || strings.HasPrefix(kind, o+".")
	})
}

// workspaceEdit turns a fix into LSP edits, formatted as `completelint -fix`
// writes the file: the fix applied to the text each file had when analysed,
// then formatted with the imports the fix left unused removed (fixfmt; a
// file that was not gofmt-clean only where the fix wrote), and
// the difference from the analysed text sent as a minimal edit. It returns
// nil when a file's text is unknown or the fix's edits overlap. Called with
// s.mu held.
func (s *Server) workspaceEdit(r *fileResult, fx findings.Fix) *WorkspaceEdit {
	byFile := make(map[string][]udiff.Edit)
	var files []string
	for _, e := range fx.Edits {
		if _, ok := byFile[e.File]; !ok {
			files = append(files, e.File)
		}
		byFile[e.File] = append(byFile[e.File], udiff.Edit{Start: e.Start, End: e.End, New: e.NewText})
	}
	we := &WorkspaceEdit{Changes: make(map[DocumentURI][]TextEdit)}
	for _, file := range files {
		before, ok := s.analysedText(r, file)
		if !ok {
			return nil
		}
		edits := byFile[file]
		udiff.SortEdits(edits)
		after, err := udiff.Apply(before, edits)
		if err != nil {
			return nil // overlapping or out of range
		}
		if strings.HasSuffix(file, ".go") {
			pkg := r.pkg
			if fr, ok := r.round[file]; ok && fr.pkg != nil {
				pkg = fr.pkg
			}
			// Like -fix: text that does not parse stays unformatted. Unlike
			// -fix, a file that was not gofmt-clean is formatted only where
			// the fix wrote, as migrate does.
			if formatted, err := fixfmt.Source(pkg, []byte(after)); err == nil {
				after = string(fixfmt.Confine([]byte(before), []byte(after), formatted, fixfmt.Spans(edits)))
			}
		}
		uri := s.uriOf(file)
		t := newText(before)
		changes := []TextEdit{}
		for _, e := range udiff.Strings(before, after) {
			changes = append(changes, TextEdit{Range: t.rangeOf(e.Start, e.End), NewText: e.New})
		}
		we.Changes[uri] = changes
	}
	return we
}

// analysedText is the text a file had in the analysis that produced r, or
// its text on disk.
func (s *Server) analysedText(r *fileResult, file string) (string, bool) {
	if fr, ok := r.round[file]; ok {
		return fr.content, true
	}
	data, err := os.ReadFile(file)
	return string(data), err == nil
}
