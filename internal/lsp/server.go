// Package lsp is a small Language Server that publishes completelint's
// diagnostics and offers its suggested fixes as quick fixes.
//
// Each open, changed or saved document triggers an analysis of its package.
// The package's dependencies are loaded once with go/packages, from export
// data (snapshot.go); each analysis type-checks only the package itself (and
// any open package with unsaved changes it depends on) from the editor's
// buffers, then runs the analyzer on it (check.go): milliseconds per edit.
// Analyzers with facts fall back to a go/packages load with the buffers
// overlaid, which type-checks every dependency from source.
//
// Analyses run one at a time on a worker goroutine, after a short quiet
// period following an edit (worker.go); an edit cancels a stale analysis,
// and an analysis whose inputs did not change is skipped. A package that
// does not load or type-check gets a diagnostic naming its first error.
package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"golang.org/x/tools/go/analysis"
)

// Options configure a Server.
type Options struct {
	// HelpURL is the codeDescription link of every diagnostic.
	HelpURL string
	// Version is reported in serverInfo.
	Version string
}

// Server serves one client connection.
type Server struct {
	analyzer *analysis.Analyzer
	opts     Options

	engine *engine // used by the worker goroutine only

	mu       sync.Mutex
	conn     *jsonrpc2.Conn
	docs     map[string]*document   // open documents by path
	results  map[string]*fileResult // latest analysis of each open document by path
	pending  map[string]time.Time   // paths waiting for analysis, and from when
	lastKey  map[string]string      // inputs of each document's last analysis
	deps     map[string][]string    // local package directories each document's analysis read
	running  *running
	watch    bool // the client can watch files for us
	related  bool // the client shows a diagnostic's related information
	wake     chan struct{}
	shutdown bool
	exit     chan struct{}
	exitOnce sync.Once
}

type document struct {
	uri     DocumentURI
	version int
	text    string
}

// New returns a server running a.
func New(a *analysis.Analyzer, opts Options) *Server {
	return &Server{
		analyzer: a,
		opts:     opts,
		engine:   newEngine(a),
		docs:     make(map[string]*document),
		results:  make(map[string]*fileResult),
		pending:  make(map[string]time.Time),
		lastKey:  make(map[string]string),
		deps:     make(map[string][]string),
		wake:     make(chan struct{}, 1),
		exit:     make(chan struct{}),
	}
}

// Serve answers requests on stream until the client sends exit or hangs up,
// or ctx ends. It returns the process exit code: 1 when the client sent exit
// without shutdown first (as the protocol asks), else 0. Before returning it
// stops the analysis in progress and waits for it: no go command or compiler
// keeps running, no temporary file stays behind.
func (s *Server) Serve(ctx context.Context, stream jsonrpc2.ObjectStream) int {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	conn := jsonrpc2.NewConn(ctx, stream, jsonrpc2.HandlerWithError(s.handle).SuppressErrClosed())
	s.mu.Lock()
	s.conn = conn
	s.mu.Unlock()
	s.engine.start()
	workerDone := make(chan struct{})
	go func() {
		defer close(workerDone)
		s.worker(ctx)
	}()

	exited := false
	select {
	case <-s.exit:
		exited = true
	case <-conn.DisconnectNotify():
	case <-ctx.Done():
	}
	// The go command of a load in progress and the compilers it runs are
	// stopped before the context's interrupt could make the go command
	// exit and orphan them, then killed; no new one starts after cancel.
	stopped := stopDescendants(s.engine.marker())
	cancel()
	killProcesses(stopped)
	// Later notifications fail at once instead of writing.
	conn.Close()
	// go/packages returns once the go command ended and its overlay files
	// are gone; then no go command starts any more.
	<-workerDone
	killProcesses(stopDescendants(s.engine.marker()))
	s.engine.cleanup()
	s.mu.Lock()
	defer s.mu.Unlock()
	if exited && !s.shutdown {
		return 1
	}
	return 0
}

func (s *Server) handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	switch req.Method {
	case "initialize":
		var p InitializeParams
		if req.Params != nil {
			_ = json.Unmarshal(*req.Params, &p) // capabilities are optional
		}
		s.mu.Lock()
		s.watch = p.Capabilities.Workspace.DidChangeWatchedFiles.DynamicRegistration
		s.related = p.Capabilities.TextDocument.PublishDiagnostics.RelatedInformation
		s.mu.Unlock()
		return InitializeResult{
			Capabilities: ServerCapabilities{
				PositionEncoding:   "utf-16",
				TextDocumentSync:   TextDocumentSyncOptions{OpenClose: true, Change: SyncFull, Save: SaveOptions{IncludeText: true}},
				CodeActionProvider: CodeActionOptions{CodeActionKinds: []string{QuickFix}},
			},
			ServerInfo: ServerInfo{Name: "completelint", Version: s.opts.Version},
		}, nil
	case "initialized":
		s.watchFiles(conn)
		return nil, nil
	case "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration":
		return nil, nil
	case "workspace/didChangeWatchedFiles":
		// A dependency, go.mod or a file of an open package changed on
		// disk: look again at every open document. Analyses whose inputs
		// did not change are skipped.
		s.mu.Lock()
		for path := range s.docs {
			s.pending[path] = time.Now().Add(debounce)
		}
		s.mu.Unlock()
		s.poke()
		return nil, nil
	case "shutdown":
		s.mu.Lock()
		s.shutdown = true
		s.mu.Unlock()
		return nil, nil
	case "exit":
		s.exitOnce.Do(func() { close(s.exit) })
		return nil, nil
	case "textDocument/didOpen":
		var p DidOpenTextDocumentParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		s.setDocument(p.TextDocument.URI, p.TextDocument.Version, p.TextDocument.Text, 0)
		return nil, nil
	case "textDocument/didChange":
		var p DidChangeTextDocumentParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		// Full sync: the last change holds the whole text.
		if n := len(p.ContentChanges); n > 0 && p.ContentChanges[n-1].Range == nil {
			s.setDocument(p.TextDocument.URI, p.TextDocument.Version, p.ContentChanges[n-1].Text, debounce)
		}
		return nil, nil
	case "textDocument/didSave":
		var p DidSaveTextDocumentParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		s.saved(p.TextDocument.URI, p.Text)
		return nil, nil
	case "textDocument/didClose":
		var p DidCloseTextDocumentParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		s.closeDocument(ctx, p.TextDocument.URI)
		return nil, nil
	case "textDocument/codeAction":
		var p CodeActionParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		return s.codeActions(p), nil
	}
	if req.Notif {
		return nil, nil
	}
	return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeMethodNotFound, Message: "method not supported: " + req.Method}
}

func unmarshal(req *jsonrpc2.Request, v any) error {
	if req.Params == nil {
		return &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: req.Method + ": missing params"}
	}
	if err := json.Unmarshal(*req.Params, v); err != nil {
		return &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: fmt.Sprintf("%s: %v", req.Method, err)}
	}
	return nil
}

// setDocument records a document's text and queues it, and the documents
// depending on it, for analysis after delay.
func (s *Server) setDocument(uri DocumentURI, version int, text string, delay time.Duration) {
	path, ok := uriToPath(uri)
	if !ok {
		return
	}
	s.mu.Lock()
	s.docs[path] = &document{uri: uri, version: version, text: text}
	s.changed(path, delay, true)
	s.mu.Unlock()
	s.poke()
}

// saved queues the saved document and those depending on it: the files on
// disk changed. An analysis whose inputs did not change is skipped then.
func (s *Server) saved(uri DocumentURI, text *string) {
	path, ok := uriToPath(uri)
	if !ok {
		return
	}
	s.mu.Lock()
	d, open := s.docs[path]
	if open && text != nil {
		d.text = *text
	}
	if open {
		s.changed(path, 0, false)
	}
	s.mu.Unlock()
	s.poke()
}

func (s *Server) closeDocument(ctx context.Context, uri DocumentURI) {
	path, ok := uriToPath(uri)
	if !ok {
		return
	}
	s.mu.Lock()
	delete(s.docs, path)
	delete(s.pending, path)
	delete(s.lastKey, path)
	delete(s.deps, path)
	delete(s.results, path)
	conn := s.conn
	s.mu.Unlock()
	conn.Notify(ctx, "textDocument/publishDiagnostics", PublishDiagnosticsParams{URI: uri, Diagnostics: []Diagnostic{}})
}

// watchFiles asks a client that can to report changes of Go files and
// module files, so that dependency changes refresh the diagnostics without
// waiting for an edit. It must not wait for the answer inside a handler.
func (s *Server) watchFiles(conn *jsonrpc2.Conn) {
	s.mu.Lock()
	watch := s.watch
	s.mu.Unlock()
	if !watch {
		return
	}
	params := RegistrationParams{Registrations: []Registration{{
		ID:     "completelint-watch",
		Method: "workspace/didChangeWatchedFiles",
		RegisterOptions: DidChangeWatchedFilesRegistrationOptions{Watchers: []FileSystemWatcher{
			{GlobPattern: "**/*.go"}, {GlobPattern: "**/go.mod"}, {GlobPattern: "**/go.sum"}, {GlobPattern: "**/go.work"},
		}},
	}}}
	go func() {
		// Failure only means the client does not watch: edits still refresh.
		_ = conn.Call(context.Background(), "client/registerCapability", params, nil)
	}()
}

func (s *Server) logf(ctx context.Context, typ int, format string, args ...any) {
	s.mu.Lock()
	conn := s.conn
	s.mu.Unlock()
	conn.Notify(ctx, "window/logMessage", LogMessageParams{Type: typ, Message: fmt.Sprintf(format, args...)})
}
