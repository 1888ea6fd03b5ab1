// Package lsp is a small Language Server that publishes completelint's
// diagnostics and offers its suggested fixes as quick fixes.
//
// Each open, changed or saved document triggers an analysis of its package,
// loaded with go/packages with every open document overlaid, and run with the
// go/analysis checker. Analyses run one at a time on a worker goroutine;
// requests queued behind one are coalesced.
package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"

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

	mu       sync.Mutex
	conn     *jsonrpc2.Conn
	docs     map[string]*document   // open documents by path
	results  map[string]*fileResult // latest analysis of each file by path
	pending  map[string]bool        // paths waiting for analysis
	wake     chan struct{}
	shutdown bool
	exit     chan struct{}
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
		docs:     make(map[string]*document),
		results:  make(map[string]*fileResult),
		pending:  make(map[string]bool),
		wake:     make(chan struct{}, 1),
		exit:     make(chan struct{}),
	}
}

// Serve answers requests on stream until the client sends exit or hangs up.
// It returns the process exit code the protocol asks for: 0 when exit
// followed shutdown, 1 otherwise.
func (s *Server) Serve(ctx context.Context, stream jsonrpc2.ObjectStream) int {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	conn := jsonrpc2.NewConn(ctx, stream, jsonrpc2.HandlerWithError(s.handle).SuppressErrClosed())
	s.mu.Lock()
	s.conn = conn
	s.mu.Unlock()
	go s.worker(ctx)

	select {
	case <-s.exit:
	case <-conn.DisconnectNotify():
	case <-ctx.Done():
	}
	conn.Close()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.shutdown {
		return 0
	}
	return 1
}

func (s *Server) handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	switch req.Method {
	case "initialize":
		return InitializeResult{
			Capabilities: ServerCapabilities{
				PositionEncoding:   "utf-16",
				TextDocumentSync:   TextDocumentSyncOptions{OpenClose: true, Change: SyncFull, Save: SaveOptions{IncludeText: true}},
				CodeActionProvider: CodeActionOptions{CodeActionKinds: []string{QuickFix}},
			},
			ServerInfo: ServerInfo{Name: "completelint", Version: s.opts.Version},
		}, nil
	case "initialized", "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration":
		return nil, nil
	case "shutdown":
		s.mu.Lock()
		s.shutdown = true
		s.mu.Unlock()
		return nil, nil
	case "exit":
		close(s.exit)
		return nil, nil
	case "textDocument/didOpen":
		var p DidOpenTextDocumentParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		s.setDocument(p.TextDocument.URI, p.TextDocument.Version, p.TextDocument.Text)
		return nil, nil
	case "textDocument/didChange":
		var p DidChangeTextDocumentParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		// Full sync: the last change holds the whole text.
		if n := len(p.ContentChanges); n > 0 && p.ContentChanges[n-1].Range == nil {
			s.setDocument(p.TextDocument.URI, p.TextDocument.Version, p.ContentChanges[n-1].Text)
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

func (s *Server) setDocument(uri DocumentURI, version int, text string) {
	path, ok := uriToPath(uri)
	if !ok {
		return
	}
	s.mu.Lock()
	s.docs[path] = &document{uri: uri, version: version, text: text}
	s.mu.Unlock()
	s.schedule(path)
}

func (s *Server) saved(uri DocumentURI, text *string) {
	path, ok := uriToPath(uri)
	if !ok {
		return
	}
	s.mu.Lock()
	if d, ok := s.docs[path]; ok && text != nil {
		d.text = *text
	}
	s.mu.Unlock()
	s.schedule(path)
}

func (s *Server) closeDocument(ctx context.Context, uri DocumentURI) {
	path, ok := uriToPath(uri)
	if !ok {
		return
	}
	s.mu.Lock()
	delete(s.docs, path)
	delete(s.pending, path)
	conn := s.conn
	s.mu.Unlock()
	conn.Notify(ctx, "textDocument/publishDiagnostics", PublishDiagnosticsParams{URI: uri, Diagnostics: []Diagnostic{}})
}

func (s *Server) logf(ctx context.Context, typ int, format string, args ...any) {
	s.mu.Lock()
	conn := s.conn
	s.mu.Unlock()
	conn.Notify(ctx, "window/logMessage", LogMessageParams{Type: typ, Message: fmt.Sprintf(format, args...)})
}
