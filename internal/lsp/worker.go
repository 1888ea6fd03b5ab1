package lsp

import (
	"context"
	"errors"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// debounce is how long a document must stay unchanged after an edit before
// it is analysed: typing produces a change per keystroke, and an analysis
// per keystroke would only delay the one that matters. Opening and saving
// are analysed at once. On the bundled example an analysis takes about 5 ms
// and an edit's diagnostics arrive after 104 ms (scripts/bench-lsp.sh), so
// the wait is most of the latency; keystrokes under 100 ms apart, fast
// typing, cost one analysis.
const debounce = 100 * time.Millisecond

// running is the analysis in progress.
type running struct {
	path   string
	dirs   []string // local package directories it depends on
	cancel context.CancelFunc
}

func (s *Server) poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// changed queues path and the open documents whose analysis depends on its
// directory (same package, test files, importers) and, with cancel, cancels
// the analysis in progress if it depends on it. Called with s.mu held.
func (s *Server) changed(path string, delay time.Duration, cancel bool) {
	dir := filepath.Dir(path)
	at := time.Now().Add(delay)
	s.pending[path] = at
	for q := range s.docs {
		if q != path && (filepath.Dir(q) == dir || slices.Contains(s.deps[q], dir)) {
			s.pending[q] = at
		}
	}
	if r := s.running; cancel && r != nil && (filepath.Dir(r.path) == dir || slices.Contains(r.dirs, dir)) {
		r.cancel()
	}
}

// worker analyses queued documents one at a time until ctx ends.
func (s *Server) worker(ctx context.Context) {
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	for {
		path, wait := s.next()
		if path != "" {
			s.analyze(ctx, path)
			continue
		}
		var due <-chan time.Time // nothing queued: wait for a poke
		if wait > 0 {
			timer.Reset(wait) // since Go 1.23 a reset timer never delivers a stale time
			due = timer.C
		}
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		case <-due:
		}
	}
}

// next takes the queued open document whose time has come, the earliest
// first; otherwise it returns how long until the next one (0: none).
// Queued documents closed meanwhile are dropped.
func (s *Server) next() (string, time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now()
	best, bestAt := "", time.Time{}
	for path, at := range s.pending {
		if _, open := s.docs[path]; !open {
			delete(s.pending, path)
			continue
		}
		if best == "" || at.Before(bestAt) || at.Equal(bestAt) && path < best {
			best, bestAt = path, at
		}
	}
	if best == "" {
		return "", 0
	}
	if bestAt.After(now) {
		return "", bestAt.Sub(now)
	}
	delete(s.pending, best)
	return best, 0
}

// analyze analyses path with the open documents as they are now and
// publishes the diagnostics.
func (s *Server) analyze(ctx context.Context, path string) {
	bufCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	s.mu.Lock()
	docs := make(map[string]string, len(s.docs))
	for p, d := range s.docs {
		docs[p] = d.text
	}
	last := s.lastKey[path]
	s.running = &running{path: path, dirs: s.deps[path], cancel: cancel}
	s.mu.Unlock()

	out, err := s.engine.run(ctx, bufCtx, path, docs, last)

	s.mu.Lock()
	s.running = nil
	open := s.openDirs()
	s.engine.forget(func(dir string) bool { return open[dir] })
	s.mu.Unlock()
	switch {
	case ctx.Err() != nil:
		return // shutting down
	case errors.Is(err, context.Canceled):
		return // a newer edit queued it again
	case err != nil:
		s.logf(ctx, MessageError, "completelint: %s: %v", path, err)
		return
	case out.skipped:
		s.republish(ctx, path)
		return
	}
	s.mu.Lock()
	s.lastKey[path] = out.key
	s.mu.Unlock()
	s.publish(ctx, out, docs)
}

// publish stores results and sends the diagnostics of each open document
// that has not changed since the analysis; a document that changed is queued
// already and gets its own analysis.
func (s *Server) publish(ctx context.Context, out *outcome, docs map[string]string) {
	var params []PublishDiagnosticsParams
	s.mu.Lock()
	for path, r := range out.results {
		r.round = out.results
		d, open := s.docs[path]
		if !open {
			continue
		}
		s.results[path] = r
		if d.text != r.content {
			continue
		}
		if docs[path] == d.text {
			delete(s.pending, path) // analysed with its current text already
		}
		s.deps[path] = out.dirs
		params = append(params, s.params(d, r))
	}
	conn := s.conn
	s.mu.Unlock()
	slices.SortFunc(params, func(a, b PublishDiagnosticsParams) int { return strings.Compare(string(a.URI), string(b.URI)) })
	for _, p := range params {
		conn.Notify(ctx, "textDocument/publishDiagnostics", p)
	}
}

// republish sends the stored diagnostics of path again, for its current
// version, when its text is the one analysed.
func (s *Server) republish(ctx context.Context, path string) {
	s.mu.Lock()
	d, open := s.docs[path]
	r, ok := s.results[path]
	if !open || !ok || d.text != r.content {
		s.mu.Unlock()
		return
	}
	p := s.params(d, r)
	conn := s.conn
	s.mu.Unlock()
	conn.Notify(ctx, "textDocument/publishDiagnostics", p)
}

// params are the diagnostics of r for document d. Called with s.mu held.
func (s *Server) params(d *document, r *fileResult) PublishDiagnosticsParams {
	version := d.version
	path, _ := uriToPath(d.uri)
	return PublishDiagnosticsParams{URI: d.uri, Version: &version, Diagnostics: s.diagnostics(path, r)}
}

// openDirs reports the directories holding open documents. Called with s.mu
// held.
func (s *Server) openDirs() map[string]bool {
	dirs := make(map[string]bool)
	for p := range maps.Keys(s.docs) {
		dirs[filepath.Dir(p)] = true
	}
	return dirs
}
