package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
)

// client is a scripted LSP client talking to an in-process server over pipes
// with the same framing an editor uses.
type client struct {
	t    *testing.T
	conn *jsonrpc2.Conn
	done chan int // the server's exit code

	mu      sync.Mutex
	latest  map[DocumentURI]PublishDiagnosticsParams // the last diagnostics of each document
	updated chan struct{}                            // closed and replaced on each publication
}

func startClient(t *testing.T, a *analysis.Analyzer) *client {
	t.Helper()
	serverIn, clientOut := io.Pipe()
	clientIn, serverOut := io.Pipe()
	c := &client{t: t, done: make(chan int, 1), latest: make(map[DocumentURI]PublishDiagnosticsParams), updated: make(chan struct{})}
	go func() {
		c.done <- New(a, Options{HelpURL: "https://example.com/rules"}).Serve(context.Background(), NewStream(serverIn, serverOut))
	}()
	handler := jsonrpc2.HandlerWithError(func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
		if req.Method == "textDocument/publishDiagnostics" && req.Params != nil {
			var p PublishDiagnosticsParams
			if err := json.Unmarshal(*req.Params, &p); err == nil {
				c.mu.Lock()
				c.latest[p.URI] = p
				close(c.updated)
				c.updated = make(chan struct{})
				c.mu.Unlock()
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
	require.NoError(c.t, c.conn.Call(c.t.Context(), method, params, result), method)
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	require.NoError(c.t, c.conn.Notify(context.Background(), method, params), method)
}

// giveUp is closed shortly before the test's deadline (go test -timeout),
// so that a wait that never ends fails with a message rather than a
// goroutine dump. Waits scale with that deadline, not a fixed time: a cold,
// busy machine only makes them longer.
func giveUp(t *testing.T) <-chan time.Time {
	deadline, ok := t.Deadline()
	if !ok {
		return nil // no deadline: wait as long as it takes
	}
	return time.After(time.Until(deadline) * 9 / 10)
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
	timeout := giveUp(c.t)
	for {
		c.mu.Lock()
		p, ok := c.latest[uri]
		updated := c.updated
		c.mu.Unlock()
		if ok && match(p) {
			return p
		}
		select {
		case <-updated:
		case code := <-c.done:
			c.t.Fatalf("server exited with %d while waiting for %s", code, what)
		case <-timeout:
			c.t.Fatalf("no %s", what)
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
	return c.exitCode()
}

// exitCode waits for the server to return from Serve.
func (c *client) exitCode() int {
	c.t.Helper()
	select {
	case code := <-c.done:
		return code
	case <-giveUp(c.t):
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
