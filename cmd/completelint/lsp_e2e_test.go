package main

import (
	"context"
	"encoding/json"
	"fmt"
	"go/format"
	"io"
	"io/fs"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/sourcegraph/jsonrpc2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/completelint/completelint/internal/lsp"
	"github.com/completelint/completelint/internal/lsp/lsptest"
)

// lspProcess is `completelint lsp` run as an editor runs it: a subprocess
// spoken to over its standard input and output.
type lspProcess struct {
	t      *testing.T
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	stdout io.ReadCloser
	conn   *jsonrpc2.Conn // nil for a raw process
	diags  lsptest.Latest[lsp.DocumentURI, lsp.PublishDiagnosticsParams]
	exited chan struct{}
	stop   <-chan struct{} // closed when the process exited or the test is about to time out
}

// startLSP starts the server in dir and connects a client to it.
func startLSP(t *testing.T, dir string) *lspProcess {
	t.Helper()
	p := startRawLSP(t, dir)
	handler := jsonrpc2.HandlerWithError(func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
		var d lsp.PublishDiagnosticsParams
		if req.Method == "textDocument/publishDiagnostics" && req.Params != nil && json.Unmarshal(*req.Params, &d) == nil {
			p.diags.Put(d.URI, d)
		}
		return nil, nil
	})
	p.conn = jsonrpc2.NewConn(context.Background(), lsp.NewStream(p.stdout, p.stdin), handler)
	t.Cleanup(func() { p.conn.Close() })
	return p
}

// startRawLSP starts the server in dir, its input and output left to the
// test.
func startRawLSP(t *testing.T, dir string) *lspProcess {
	t.Helper()
	needBinary(t)
	p := &lspProcess{t: t, exited: make(chan struct{})}
	p.cmd = exec.Command(binary, "lsp")
	p.cmd.Dir = dir
	p.cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly")
	p.cmd.Stderr = os.Stderr
	var err error
	p.stdin, err = p.cmd.StdinPipe()
	require.NoError(t, err)
	p.stdout, err = p.cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, p.cmd.Start())
	go func() {
		_ = p.cmd.Wait() // the exit status is read from ProcessState
		close(p.exited)
	}()
	p.stop = lsptest.Stop(t, p.exited)
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			_ = p.cmd.Process.Kill()
		}
	})
	return p
}

func (p *lspProcess) call(method string, params, result any) {
	p.t.Helper()
	require.NoError(p.t, p.conn.Call(p.t.Context(), method, params, result), method)
}

func (p *lspProcess) notify(method string, params any) {
	p.t.Helper()
	require.NoError(p.t, p.conn.Notify(p.t.Context(), method, params), method)
}

func (p *lspProcess) initialize() {
	p.t.Helper()
	var res lsp.InitializeResult
	p.call("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}}, &res)
	p.notify("initialized", map[string]any{})
}

// diagnostics waits until the diagnostics of uri are those of version 1.
func (p *lspProcess) diagnostics(uri lsp.DocumentURI) lsp.PublishDiagnosticsParams {
	p.t.Helper()
	d, ok := p.diags.Wait(uri, func(d lsp.PublishDiagnosticsParams) bool { return d.Version != nil && *d.Version == 1 }, p.stop)
	if !ok {
		p.t.Fatalf("no diagnostics for %s (exited: %v)", uri, p.cmd.ProcessState)
	}
	return d
}

// exitCode waits for the process to end; -1 means it was killed by a signal.
func (p *lspProcess) exitCode() int {
	p.t.Helper()
	<-p.stop
	if p.cmd.ProcessState == nil {
		p.t.Fatal("completelint lsp did not exit")
	}
	return p.cmd.ProcessState.ExitCode()
}

// TestLSPAgreesWithCLI opens every file of fixture modules in the language
// server: its diagnostics are those of `completelint -json`, and in a file
// with one fix, the quick fix, applied as an editor applies it, writes the
// file that `completelint -fix` writes, formatted. (-fix applies all fixes
// of a file at once, a quick fix one.)
func TestLSPAgreesWithCLI(t *testing.T) {
	t.Parallel()
	for _, mod := range []string{
		"examples/legacy",
		"examples/legacy-alpha",
		"testdata/integration/golangci",
		"testdata/e2e/direct",     // net/http: the analyzer reads the files through Pass.ReadFile
		"testdata/e2e/sdk-v1.2.0", // two packages
	} {
		t.Run(strings.ReplaceAll(mod, "/", "_"), func(t *testing.T) {
			t.Parallel()
			agreeWithCLI(t, mod)
		})
	}
}

func agreeWithCLI(t *testing.T, mod string) {
	dir := copyModule(t, mod)
	cli := parseJSON(t, dir, lint(t, dir, "-json", "./...").stdout)
	var want []string
	fixes := map[string]int{}
	for _, d := range cli {
		want = append(want, fmt.Sprintf("%s-%s %s %s", d.Posn, d.End, d.Category, d.Message))
		if len(d.SuggestedFixes) > 0 {
			fixes[strings.SplitN(d.Posn, ":", 2)[0]]++
		}
	}
	sort.Strings(want)
	require.NotEmpty(t, want)

	fixedDir := copyModule(t, mod)
	r := lint(t, fixedDir, "-fix", "./...")
	require.Equal(t, 0, r.code, "%s", r)

	p := startLSP(t, dir)
	p.initialize()
	texts := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		texts[path] = string(data)
		p.notify("textDocument/didOpen", lsp.DidOpenTextDocumentParams{TextDocument: lsp.TextDocumentItem{
			URI: fileURI(path), LanguageID: "go", Version: 1, Text: string(data)}})
		return err
	})
	require.NoError(t, err)
	var got []string
	compared := 0
	for path, text := range texts {
		name := relPosn(dir, path)
		pub := p.diagnostics(fileURI(path))
		for _, d := range pub.Diagnostics {
			got = append(got, fmt.Sprintf("%s:%s-%s:%s %s %s", name, bytePosn(text, d.Range.Start), name, bytePosn(text, d.Range.End), d.Code, d.Message))
		}
		if fixes[name] != 1 {
			continue
		}
		var fixed string
		for _, d := range pub.Diagnostics {
			var actions []lsp.CodeAction
			p.call("textDocument/codeAction", lsp.CodeActionParams{TextDocument: lsp.TextDocumentIdentifier{URI: pub.URI},
				Range: lsp.Range{Start: d.Range.Start, End: d.Range.Start}, Context: lsp.CodeActionContext{Only: []string{"quickfix"}}}, &actions)
			for _, a := range actions {
				if a.Diagnostics[0].Range == d.Range && a.Diagnostics[0].Message == d.Message {
					require.Empty(t, fixed, "%s: more than one quick fix", name)
					fixed = applyLSPEdits(t, text, a.Edit.Changes[pub.URI])
				}
			}
		}
		want, err := os.ReadFile(filepath.Join(fixedDir, filepath.FromSlash(name)))
		require.NoError(t, err)
		assert.Equal(t, string(want), fixed, "%s: the quick fix differs from -fix", name)
		formatted, err := format.Source([]byte(fixed))
		require.NoError(t, err)
		assert.Equal(t, string(formatted), fixed, "%s: gofmt changes the fixed file", name)
		compared++
	}
	sort.Strings(got)
	assert.Equal(t, want, got)
	t.Logf("%d diagnostics agree; %d files fixed alike", len(got), compared)

	p.call("shutdown", nil, nil)
	p.notify("exit", nil)
	assert.Equal(t, 0, p.exitCode())
}

// TestLSPExitStatus: 0 after shutdown and exit and when the client hangs up,
// even if it closed the server's output first; 1 for exit without shutdown.
func TestLSPExitStatus(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name string
		run  func(t *testing.T, dir string) *lspProcess
		want int
	}{
		{"shutdown and exit", func(t *testing.T, dir string) *lspProcess {
			p := startLSP(t, dir)
			p.initialize()
			p.call("shutdown", nil, nil)
			p.notify("exit", nil)
			return p
		}, 0},
		{"exit without shutdown", func(t *testing.T, dir string) *lspProcess {
			p := startLSP(t, dir)
			p.initialize()
			p.notify("exit", nil)
			return p
		}, 1},
		{"hang-up", func(t *testing.T, dir string) *lspProcess {
			p := startLSP(t, dir)
			p.initialize()
			p.conn.Close()
			return p
		}, 0},
		{"hang-up after closing the server's output", func(t *testing.T, dir string) *lspProcess {
			p := startRawLSP(t, dir)
			require.NoError(t, p.stdout.Close())
			// The answer cannot be written: EPIPE, which must not kill the
			// server with SIGPIPE (exit status 141 in a shell). Requests
			// are answered in order, so before the hang-up is read.
			body := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`
			_, err := fmt.Fprintf(p.stdin, "Content-Length: %d\r\n\r\n%s", len(body), body)
			require.NoError(t, err)
			require.NoError(t, p.stdin.Close())
			return p
		}, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := tt.run(t, t.TempDir())
			assert.Equal(t, tt.want, p.exitCode(), "%v", p.cmd.ProcessState)
		})
	}
}

func fileURI(path string) lsp.DocumentURI {
	return lsp.DocumentURI((&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String())
}

// bytePosn turns an LSP position (UTF-16 columns) into go/token's
// "line:col" (byte columns, from 1).
func bytePosn(text string, pos lsp.Position) string {
	offset := byteOffset(text, pos)
	return fmt.Sprintf("%d:%d", pos.Line+1, offset-strings.LastIndexByte(text[:offset], '\n'))
}

// applyLSPEdits applies edits to text as an editor does: all ranges refer to
// the original text.
func applyLSPEdits(t *testing.T, text string, edits []lsp.TextEdit) string {
	t.Helper()
	type span struct {
		start, end int
		text       string
	}
	var spans []span
	for _, e := range edits {
		spans = append(spans, span{byteOffset(text, e.Range.Start), byteOffset(text, e.Range.End), e.NewText})
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].start > spans[j].start })
	for _, s := range spans {
		require.LessOrEqual(t, s.start, s.end)
		text = text[:s.start] + s.text + text[s.end:]
	}
	return text
}

// byteOffset turns an LSP position into a byte offset of text.
func byteOffset(text string, pos lsp.Position) int {
	offset := 0
	for range pos.Line {
		offset += strings.IndexByte(text[offset:], '\n') + 1
	}
	units := 0
	for i, r := range text[offset:] {
		if units >= pos.Character || r == '\n' {
			return offset + i
		}
		units += len(utf16.Encode([]rune{r}))
	}
	return len(text)
}
