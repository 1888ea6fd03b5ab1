package lsp

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"

	"github.com/completelint/completelint/internal/lsp/lsptest"
)

type testFact struct{}

func (*testFact) AFact() {}

// TestShutdownDuringAnalysis stops the server while the go command of an
// analysis is running: it must end that command (and the command's own
// children) and remove the temporary overlay files before it returns, and
// exit with 0. The go command is held in the middle of a load by a module
// proxy that never answers.
func TestShutdownDuringAnalysis(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("finds processes through /proc")
	}
	factAnalyzer := &analysis.Analyzer{Name: "human", Doc: "test analyzer", Run: runHuman, FactTypes: []analysis.Fact{new(testFact)}}
	for _, tt := range []struct {
		name    string
		a       *analysis.Analyzer
		overlay bool // the analysis writes the buffers to temporary files
		hangUp  bool // the client closes the connection instead of shutdown and exit
		compile bool // instead of a proxy that hangs, a compiler that does not heed an interrupt
	}{
		{"export data", humanAnalyzer, false, false, false},
		{"export data, compiler running", humanAnalyzer, false, false, true},
		{"overlay for facts", factAnalyzer, true, false, false},
		{"overlay for facts, hang-up", factAnalyzer, true, true, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var requests atomic.Int32
			proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				requests.Add(1)
				<-r.Context().Done() // until the go command gives up
			}))
			defer proxy.Close()
			defer proxy.CloseClientConnections()

			marker := fmt.Sprintf("COMPLETELINT_LSP_TEST=%d-%s", os.Getpid(), t.Name())
			name, value, _ := strings.Cut(marker, "=")
			t.Setenv(name, value) // inherited by the go command and its children
			tmp := t.TempDir()
			t.Setenv("TMPDIR", tmp)
			t.Setenv("GOPROXY", proxy.URL)
			t.Setenv("GOFLAGS", "-mod=mod")
			t.Setenv("GOSUMDB", "off")
			t.Setenv("GOMODCACHE", t.TempDir())

			src := "package m\n\nimport _ \"example.com/hang\"\n\nvar P = \"Human: hi\"\n"
			if tt.compile {
				// The go command runs the compiler through this program, which
				// ignores the interrupt that cancels the go command: the go
				// command waits for it, then is killed, orphaning it. (It
				// ignores the hang-up an orphaned process group may get too.)
				toolexec := filepath.Join(t.TempDir(), "slowcompile")
				require.NoError(t, os.WriteFile(toolexec, []byte("#!/bin/sh\ntrap '' INT HUP\nexec sleep 600\n"), 0o755))
				t.Setenv("GOFLAGS", "-mod=mod -toolexec="+toolexec)
				t.Setenv("GOCACHE", t.TempDir())
				src = "package m\n\nimport _ \"strings\"\n\nvar P = \"Human: hi\"\n"
			}
			dir := writeModule(t, map[string]string{
				"go.mod": "module example.com/m\n\ngo 1.24\n\nrequire example.com/hang v1.0.0\n",
				"a.go":   src,
			})
			c := startClient(t, tt.a)
			c.initialize()
			c.open(filepath.Join(dir, "a.go"), src+"// unsaved\n")

			// Wait until the go command asks the proxy (or runs the
			// compiler), and has written the overlay when there is one.
			started := func() bool {
				if tt.compile {
					return slices.ContainsFunc(processesWith(marker), func(p string) bool { return strings.HasSuffix(p, "(sleep)") })
				}
				return requests.Load() > 0
			}
			giveUp := lsptest.GiveUp(t)
			for !started() || tt.overlay && len(entries(t, tmp)) == 0 {
				select {
				case <-giveUp:
					t.Fatal("the go command never reached the proxy")
				case <-time.After(10 * time.Millisecond):
				}
			}
			require.NotEmpty(t, processesWith(marker), "the go command is running")

			if tt.hangUp {
				require.NoError(t, c.conn.Close())
				assert.Equal(t, 0, c.exitCode())
			} else {
				assert.Equal(t, 0, c.shutdown())
			}
			assert.Empty(t, processesWith(marker), "processes left behind")
			assert.Empty(t, entries(t, tmp), "temporary files left behind")
		})
	}
}

func entries(t *testing.T, dir string) []string {
	t.Helper()
	des, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, de := range des {
		names = append(names, de.Name())
	}
	return names
}

// processesWith lists the live processes (not zombies) whose environment
// holds marker.
func processesWith(marker string) []string {
	var out []string
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, d := range dirs {
		env, err := os.ReadFile(filepath.Join(d, "environ"))
		if err != nil || !bytes.Contains(env, []byte(marker+"\x00")) {
			continue
		}
		stat, err := os.ReadFile(filepath.Join(d, "stat"))
		if err != nil {
			continue // gone meanwhile
		}
		// "pid (comm) state ...": skip zombies, which hold no resources.
		if i := bytes.LastIndexByte(stat, ')'); i > 0 && len(stat) > i+2 && stat[i+2] == 'Z' {
			continue
		}
		if filepath.Base(d) == fmt.Sprint(os.Getpid()) {
			continue // the test itself
		}
		out = append(out, filepath.Base(d)+" "+strings.Fields(string(stat))[1])
	}
	return out
}
