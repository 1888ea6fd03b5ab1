package lsp

import (
	"context"
	"maps"
	"slices"
	"strings"

	"github.com/completelint/completelint/internal/findings"
)

// schedule queues path for analysis.
func (s *Server) schedule(path string) {
	s.mu.Lock()
	s.pending[path] = true
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// worker analyses queued documents one at a time until ctx ends.
func (s *Server) worker(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		}
		for {
			path, overlay, ok := s.next()
			if !ok {
				break
			}
			results, err := analyzeFile(s.analyzer, path, overlay)
			if err != nil {
				// Keep the previous diagnostics: the package is probably
				// mid-edit and gopls reports its errors.
				s.logf(ctx, MessageInfo, "completelint: %v", err)
				continue
			}
			s.publish(ctx, results, overlay)
		}
	}
}

// next takes a queued open document and snapshots the open documents as an
// overlay. Queued paths closed meanwhile are dropped.
func (s *Server) next() (string, map[string][]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, path := range slices.Sorted(maps.Keys(s.pending)) {
		delete(s.pending, path)
		if _, open := s.docs[path]; !open {
			continue
		}
		overlay := make(map[string][]byte, len(s.docs))
		for p, d := range s.docs {
			overlay[p] = []byte(d.text)
		}
		return path, overlay, true
	}
	return "", nil, false
}

// publish stores results and sends the diagnostics of each open document
// that has not changed since the analysis; a document that changed is queued
// already and gets its own analysis.
func (s *Server) publish(ctx context.Context, results map[string]*fileResult, overlay map[string][]byte) {
	var out []PublishDiagnosticsParams
	s.mu.Lock()
	for path, r := range results {
		s.results[path] = r
		d, open := s.docs[path]
		if !open || d.text != r.content {
			continue
		}
		if _, ok := overlay[path]; ok {
			delete(s.pending, path) // analysed with its current text already
		}
		version := d.version
		out = append(out, PublishDiagnosticsParams{URI: d.uri, Version: &version, Diagnostics: s.diagnostics(r)})
	}
	conn := s.conn
	s.mu.Unlock()
	slices.SortFunc(out, func(a, b PublishDiagnosticsParams) int { return strings.Compare(string(a.URI), string(b.URI)) })
	for _, p := range out {
		conn.Notify(ctx, "textDocument/publishDiagnostics", p)
	}
}

func (s *Server) diagnostics(r *fileResult) []Diagnostic {
	t := newText(r.content)
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
