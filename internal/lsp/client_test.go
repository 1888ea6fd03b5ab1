package lsp

import (
	"context"
	"encoding/json"
	"io"
	"sort"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
)

// client is a scripted LSP client talking to an in-process server over pipes
// with the same framing an editor uses.
type client struct {
	t     *testing.T
	conn  *jsonrpc2.Conn
	diags chan PublishDiagnosticsParams
	done  chan int // the server's exit code
}

func startClient(t *testing.T, a *analysis.Analyzer) *client {
	t.Helper()
	serverIn, clientOut := io.Pipe()
	clientIn, serverOut := io.Pipe()
	c := &client{t: t, diags: make(chan PublishDiagnosticsParams, 100), done: make(chan int, 1)}
	go func() {
		c.done <- New(a, Options{HelpURL: "https://example.com/rules"}).Serve(context.Background(), NewStream(serverIn, serverOut))
	}()
	handler := jsonrpc2.HandlerWithError(func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
		if req.Method == "textDocument/publishDiagnostics" && req.Params != nil {
			var p PublishDiagnosticsParams
			if err := json.Unmarshal(*req.Params, &p); err == nil {
				c.diags <- p
			}
		}
		return nil, nil
	})
	c.conn = jsonrpc2.NewConn(context.Background(), NewStream(clientIn, clientOut), handler)
	t.Cleanup(func() { c.conn.Close() })
	return c
}

func (c *client) call(method string, params, result any) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	require.NoError(c.t, c.conn.Call(ctx, method, params, result), method)
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	require.NoError(c.t, c.conn.Notify(context.Background(), method, params), method)
}

// waitDiagnostics returns the next diagnostics published for uri at version.
func (c *client) waitDiagnostics(uri DocumentURI, version int) PublishDiagnosticsParams {
	c.t.Helper()
	timeout := time.After(2 * time.Minute)
	for {
		select {
		case p := <-c.diags:
			if p.URI == uri && p.Version != nil && *p.Version == version {
				return p
			}
		case <-timeout:
			c.t.Fatalf("no diagnostics for %s version %d", uri, version)
		}
	}
}

func (c *client) initialize() InitializeResult {
	var res InitializeResult
	c.call("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}}, &res)
	c.notify("initialized", map[string]any{})
	return res
}

func (c *client) shutdown() int {
	c.t.Helper()
	c.call("shutdown", nil, nil)
	c.notify("exit", nil)
	select {
	case code := <-c.done:
		return code
	case <-time.After(10 * time.Second):
		c.t.Fatal("server did not exit")
		return -1
	}
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
