// Command lspbench drives `completelint lsp` over stdio the way an editor
// does and measures how long diagnostics take: after opening a file, after
// each of a series of edits, after a burst of keystrokes, and after saving an
// unchanged file; and the server's peak RSS. scripts/bench-lsp.sh runs it next
// to the command line on the same package.
//
// Usage:
//
//	lspbench [-edits N] [-burst N] -server BINARY FILE
//
// The edits toggle a temperature literal "Float(1.5)" in FILE, which the
// diagnostics must follow (a param-range finding comes and goes); without
// one they append a comment. It prints one line of name=value figures
// (seconds, kB) on stdout and a readable summary on stderr.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/completelint/completelint/internal/lsp"
)

func main() {
	server := flag.String("server", "completelint", "the completelint binary")
	edits := flag.Int("edits", 25, "edits to time, each awaiting its diagnostics")
	burst := flag.Int("burst", 10, "keystrokes in the burst, 30 ms apart")
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	path, err := filepath.Abs(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	if err := run(*server, path, *edits, *burst); err != nil {
		log.Fatal(err)
	}
}

// session is one server process and what it published.
type session struct {
	cmd  *exec.Cmd
	conn *jsonrpc2.Conn

	mu        sync.Mutex
	published map[int]int // version -> diagnostics count, for the benchmarked file
	arrived   chan int    // versions as they are published
}

func start(server, dir string) (*session, error) {
	s := &session{published: make(map[int]int), arrived: make(chan int, 1000)}
	s.cmd = exec.Command(server, "lsp")
	s.cmd.Dir = dir
	s.cmd.Stderr = os.Stderr
	stdin, err := s.cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := s.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := s.cmd.Start(); err != nil {
		return nil, err
	}
	handler := jsonrpc2.HandlerWithError(func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
		var p lsp.PublishDiagnosticsParams
		if req.Method == "textDocument/publishDiagnostics" && req.Params != nil && json.Unmarshal(*req.Params, &p) == nil && p.Version != nil {
			s.mu.Lock()
			s.published[*p.Version] = len(p.Diagnostics)
			s.mu.Unlock()
			s.arrived <- *p.Version
		}
		return nil, nil
	})
	s.conn = jsonrpc2.NewConn(context.Background(), lsp.NewStream(stdout, stdin), handler)
	return s, nil
}

// await waits for the diagnostics of version and returns how many there are.
func (s *session) await(version int) (int, error) {
	for {
		select {
		case v := <-s.arrived:
			if v == version {
				s.mu.Lock()
				defer s.mu.Unlock()
				return s.published[v], nil
			}
		case <-s.conn.DisconnectNotify():
			return 0, fmt.Errorf("server hung up waiting for version %d", version)
		}
	}
}

func (s *session) notify(method string, params any) error {
	return s.conn.Notify(context.Background(), method, params)
}

func run(server, path string, edits, burst int) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	text := string(data)
	s, err := start(server, filepath.Dir(path))
	if err != nil {
		return err
	}
	ctx := context.Background()
	var init lsp.InitializeResult
	if err := s.conn.Call(ctx, "initialize", map[string]any{"processId": os.Getpid(), "capabilities": map[string]any{}}, &init); err != nil {
		return err
	}
	if err := s.notify("initialized", map[string]any{}); err != nil {
		return err
	}
	uri := lsp.DocumentURI((&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String())
	change := func(version int, text string) error {
		return s.notify("textDocument/didChange", lsp.DidChangeTextDocumentParams{
			TextDocument:   lsp.VersionedTextDocumentIdentifier{URI: uri, Version: version},
			ContentChanges: []lsp.TextDocumentContentChangeEvent{{Text: text}}})
	}

	// First open: loads the dependencies.
	t0 := time.Now()
	if err := s.notify("textDocument/didOpen", lsp.DidOpenTextDocumentParams{TextDocument: lsp.TextDocumentItem{
		URI: uri, LanguageID: "go", Version: 1, Text: text}}); err != nil {
		return err
	}
	base, err := s.await(1)
	if err != nil {
		return err
	}
	firstOpen := time.Since(t0)

	// Edits, one at a time, each awaited, with a reader's pause between.
	const from, to = "Float(1.5)", "Float(0.5)"
	toggles := strings.Contains(text, from)
	version := 1
	var rounds []time.Duration
	counts := map[bool][]int{}
	for i := range edits {
		edited := text + fmt.Sprintf("\n// edit %d\n", i)
		odd := i%2 == 0
		if toggles && odd {
			edited = strings.Replace(edited, from, to, 1)
		}
		version++
		t0 := time.Now()
		if err := change(version, edited); err != nil {
			return err
		}
		n, err := s.await(version)
		if err != nil {
			return err
		}
		rounds = append(rounds, time.Since(t0))
		counts[odd] = append(counts[odd], n)
		time.Sleep(250 * time.Millisecond)
	}
	if toggles && (slices.Contains(counts[true], base) || slices.Contains(counts[false], base-1) || slices.Max(counts[true]) != base-1) {
		return fmt.Errorf("diagnostics did not follow the edits: %d at open, %v with %s, %v with %s", base, counts[false], from, counts[true], to)
	}

	// A burst of keystrokes: how long after the last one, and how many
	// versions were analysed.
	first := version + 1
	for i := range burst {
		version++
		if err := change(version, text+"\n// typing"+strings.Repeat("x", i)+"\n"); err != nil {
			return err
		}
		if i < burst-1 {
			time.Sleep(30 * time.Millisecond)
		}
	}
	t0 = time.Now()
	if _, err := s.await(version); err != nil {
		return err
	}
	burstLast := time.Since(t0)
	s.mu.Lock()
	analysed := 0
	for v := first; v <= version; v++ {
		if _, ok := s.published[v]; ok {
			analysed++
		}
	}
	s.mu.Unlock()

	// Saving without a change: the inputs are the same, nothing to redo.
	last := text + "\n// typing" + strings.Repeat("x", burst-1) + "\n"
	time.Sleep(250 * time.Millisecond)
	t0 = time.Now()
	if err := s.notify("textDocument/didSave", lsp.DidSaveTextDocumentParams{TextDocument: lsp.TextDocumentIdentifier{URI: uri}, Text: &last}); err != nil {
		return err
	}
	if _, err := s.await(version); err != nil {
		return err
	}
	save := time.Since(t0)

	peak := peakRSS(s.cmd.Process.Pid)
	if err := s.conn.Call(ctx, "shutdown", nil, nil); err != nil {
		return err
	}
	_ = s.notify("exit", nil) // the server may hang up first
	if err := s.cmd.Wait(); err != nil {
		return fmt.Errorf("server exit: %w", err)
	}

	slices.Sort(rounds)
	median, p90 := rounds[len(rounds)/2], rounds[len(rounds)*9/10]
	if len(rounds)%2 == 0 {
		median = (rounds[len(rounds)/2-1] + rounds[len(rounds)/2]) / 2
	}
	fmt.Fprintf(os.Stderr, "first open -> diagnostics %v; %d edits: median %v, p90 %v, max %v; burst of %d keystrokes: %v after the last, %d analysed; unchanged save %v; peak RSS %d kB\n",
		firstOpen.Round(time.Millisecond), len(rounds), median.Round(time.Millisecond), p90.Round(time.Millisecond), rounds[len(rounds)-1].Round(time.Millisecond),
		burst, burstLast.Round(time.Millisecond), analysed, save.Round(time.Millisecond), peak)
	fmt.Printf("first_open=%.3f edit_median=%.3f edit_p90=%.3f edits=%d burst_last=%.3f burst_analysed=%d burst=%d save_unchanged=%.3f peak_rss_kb=%d\n",
		firstOpen.Seconds(), median.Seconds(), p90.Seconds(), len(rounds), burstLast.Seconds(), analysed, burst, save.Seconds(), peak)
	return nil
}

// peakRSS is the process's peak resident set size in kB (VmHWM), or 0 where
// /proc does not tell.
func peakRSS(pid int) int {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	data, _ := io.ReadAll(f)
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return kb
		}
	}
	return 0
}
