package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/sourcegraph/jsonrpc2"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"

	"github.com/completelint/completelint/internal/lsp/lsptest"
)

// client is a scripted LSP client talking to an in-process server over pipes
// with the same framing an editor uses.
type client struct {
	t      *testing.T
	conn   *jsonrpc2.Conn
	diags  lsptest.Latest[DocumentURI, PublishDiagnosticsParams]
	calls  lsptest.Latest[string, json.RawMessage] // the params of the server's last request of each method
	code   int                                     // the server's exit code, once exited is closed
	exited chan struct{}                           // closed when Serve returns
	stop   <-chan struct{}                         // closed when the server exited or the test is about to time out
}

func startClient(t *testing.T, a *analysis.Analyzer) *client {
	t.Helper()
	// OS pipes, as an editor's stdio: they buffer. Both ends answer requests
	// on their reading goroutine, so over io.Pipe, which does not, a server
	// answering the client while the client answers the server's
	// registerCapability deadlocked.
	serverIn, clientOut, err := os.Pipe()
	require.NoError(t, err)
	clientIn, serverOut, err := os.Pipe()
	require.NoError(t, err)
	c := &client{t: t, exited: make(chan struct{})}
	go func() {
		c.code = New(a, Options{HelpURL: "https://example.com/rules"}).Serve(context.Background(), NewStream(serverIn, serverOut))
		close(c.exited)
	}()
	c.stop = lsptest.Stop(t, c.exited)
	handler := jsonrpc2.HandlerWithError(func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
		var p PublishDiagnosticsParams
		if req.Method == "textDocument/publishDiagnostics" && req.Params != nil && json.Unmarshal(*req.Params, &p) == nil {
			c.diags.Put(p.URI, p)
		}
		if !req.Notif && req.Params != nil {
			c.calls.Put(req.Method, *req.Params)
		}
		return nil, nil
	})
	c.conn = jsonrpc2.NewConn(context.Background(), NewStream(clientIn, clientOut), handler)
	t.Cleanup(func() { c.conn.Close() })
	return c
}

func (c *client) call(method string, params, result any) {
	c.t.Helper()
	require.NoError(c.t, c.conn.Call(c.t.Context(), method, params, result), method)
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	require.NoError(c.t, c.conn.Notify(context.Background(), method, params), method)
}

// waitDiagnostics waits until the diagnostics of uri are those of version.
func (c *client) waitDiagnostics(uri DocumentURI, version int) PublishDiagnosticsParams {
	c.t.Helper()
	return c.waitFor(uri, func(p PublishDiagnosticsParams) bool {
		return p.Version != nil && *p.Version == version
	}, fmt.Sprintf("diagnostics for %s version %d", uri, version))
}

// waitFor waits until the last diagnostics published for uri match.
func (c *client) waitFor(uri DocumentURI, match func(PublishDiagnosticsParams) bool, what string) PublishDiagnosticsParams {
	c.t.Helper()
	p, ok := c.diags.Wait(uri, match, c.stop)
	if !ok {
		c.t.Fatalf("no %s (server exited: %v)", what, closed(c.exited))
	}
	return p
}

func closed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

func (c *client) initialize() InitializeResult {
	return c.initializeWith(map[string]any{})
}

func (c *client) initializeWith(capabilities map[string]any) InitializeResult {
	var res InitializeResult
	c.call("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": capabilities}, &res)
	c.notify("initialized", map[string]any{})
	return res
}

func (c *client) shutdown() int {
	c.t.Helper()
	c.call("shutdown", nil, nil)
	c.notify("exit", nil)
	return c.exitCode()
}

// exitCode waits for the server to return from Serve.
func (c *client) exitCode() int {
	c.t.Helper()
	<-c.stop
	if !closed(c.exited) {
		c.t.Fatal("server did not exit")
	}
	return c.code
}

// applyEdits applies LSP edits to content, as an editor would.
func applyEdits(t *testing.T, content string, edits []TextEdit) string {
	t.Helper()
	tx := newText(content)
	type span struct {
		start, end int
		text       string
	}
	spans := make([]span, len(edits))
	for i, e := range edits {
		spans[i] = span{tx.offset(e.Range.Start), tx.offset(e.Range.End), e.NewText}
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].start > spans[j].start })
	for _, s := range spans {
		require.LessOrEqual(t, s.start, s.end)
		content = content[:s.start] + s.text + content[s.end:]
	}
	return content
}
