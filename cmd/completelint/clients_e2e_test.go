package main

import (
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/completelint/completelint/internal/apitest"
)

// clientsModule is the corpus of hand-written legacy clients and Bedrock
// callers: one program per way real code spells them.
const clientsModule = "testdata/src/legacy/clients"

// A clientRun is what one program of the corpus did against the stand-in
// API: what it printed and the requests it sent.
type clientRun struct {
	stdout string
	stderr string
	code   int
	reqs   []apitest.Request
}

// A clientShape is one program of the corpus: its legacy sites (requests,
// not the URL and wrapper-caller diagnostics that go with them), how many
// got a fix, and the reasons of the others.
type clientShape struct {
	name            string
	sites, fixed    int
	reasons         []string
	before, after   clientRun
	sameOutput      bool
	sameConv        bool
	allMessages     bool
	legacyUnchanged bool
}

// TestClientsCorpusRoundTrip runs every program of the corpus against the
// validating stand-in API, applies completelint -fix to the module, and runs
// them again. A program whose sites all got a fix must build, vet, send only
// Messages requests the stand-in accepts, with the same conversations, and
// print the same output; the others must still run as before. At least 80%
// of the corpus's sites get a fix.
func TestClientsCorpusRoundTrip(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, clientsModule)
	srv := apitest.New(t)
	shapes := clientShapes(t, dir)
	for _, s := range shapes {
		s.before = runClient(t, srv, dir, s.name)
		require.Equal(t, 0, s.before.code, "%s before the fix: %s %s", s.name, s.before.stdout, s.before.stderr)
		for _, r := range s.before.reqs {
			require.True(t, r.Accepted(), "%s before the fix: %s %s", s.name, r.Path, r.Error)
			require.Equal(t, apitest.TextCompletions, r.API, "%s sends legacy requests", s.name)
		}
	}

	diags := parseJSON(t, dir, lint(t, dir, "-json", "./...").stdout)
	for _, d := range diags {
		if d.Category != "legacy-api" || isCompanion(d.Message) {
			continue
		}
		s := shapeOf(shapes, d.Posn)
		require.NotNil(t, s, "diagnostic outside the shapes: %s", d.Posn)
		s.sites++
		if len(d.SuggestedFixes) > 0 {
			s.fixed++
			continue
		}
		_, reason, _ := strings.Cut(d.Message, "no automatic rewrite: ")
		s.reasons = append(s.reasons, strings.TrimSuffix(reason, ")"))
	}

	fix := lint(t, dir, "-fix", "./...")
	require.Equal(t, 0, fix.code, "%s", fix)
	vet := run(t, dir, "go", "vet", "./...")
	require.Equal(t, 0, vet.code, "%s", vet)
	for _, s := range shapes {
		assertStdImportsFirst(t, filepath.Join(dir, s.name, "main.go"))
	}

	sites, fixed := 0, 0
	for _, s := range shapes {
		sites += s.sites
		fixed += s.fixed
		s.after = runClient(t, srv, dir, s.name)
		s.sameOutput = s.before.stdout == s.after.stdout && s.after.code == 0
		s.sameConv = slices.EqualFunc(s.before.reqs, s.after.reqs, func(a, b apitest.Request) bool {
			return a.Accepted() && b.Accepted() && equalConversations(a.Conversation, b.Conversation)
		})
		s.allMessages = len(s.after.reqs) > 0
		s.legacyUnchanged = len(s.after.reqs) > 0
		for _, r := range s.after.reqs {
			s.allMessages = s.allMessages && r.API == apitest.Messages && r.Accepted()
			s.legacyUnchanged = s.legacyUnchanged && r.API == apitest.TextCompletions
		}
	}
	t.Log(clientsReport(shapes, sites, fixed))

	for _, s := range shapes {
		if s.fixed == s.sites {
			assert.True(t, s.allMessages, "%s: every request moves to the Messages API: %+v", s.name, s.after.reqs)
			assert.True(t, s.sameConv, "%s: the conversations are kept:\nbefore %+v\nafter  %+v", s.name, conversations(s.before.reqs), conversations(s.after.reqs))
		} else {
			assert.True(t, s.legacyUnchanged, "%s: without a fix the program still sends legacy requests", s.name)
		}
		assert.True(t, s.sameOutput, "%s: the output is kept:\nbefore %q\nafter  %q (exit %d, stderr %q)", s.name, s.before.stdout, s.after.stdout, s.after.code, s.after.stderr)
	}
	assert.GreaterOrEqual(t, 10*fixed, 8*sites, "at least 80%% of the corpus's sites get a fix: %d of %d", fixed, sites)

	again := parseJSON(t, dir, lint(t, dir, "-json", "./...").stdout)
	for _, d := range again {
		assert.Empty(t, d.SuggestedFixes, "a second run offers no fix: %s %s", d.Posn, d.Message)
		if s := shapeOf(shapes, d.Posn); s != nil && s.fixed == s.sites {
			assert.NotEqual(t, "legacy-api", d.Category, "a migrated program has no legacy request left: %s %s", d.Posn, d.Message)
		}
	}
}

// clientShapes lists the programs of the corpus: the directories with a
// main package, outside internal.
func clientShapes(t *testing.T, dir string) []*clientShape {
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var shapes []*clientShape
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "internal" {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, e.Name(), "main.go")); err == nil {
			shapes = append(shapes, &clientShape{name: e.Name()})
		}
	}
	require.GreaterOrEqual(t, len(shapes), 15, "the corpus has at least 15 spellings")
	return shapes
}

func shapeOf(shapes []*clientShape, posn string) *clientShape {
	for _, s := range shapes {
		if strings.HasPrefix(posn, s.name+"/") {
			return s
		}
	}
	return nil
}

// isCompanion reports whether a legacy-api diagnostic goes with a request
// reported elsewhere: the URL of a hand-written request (rewritten with
// its body) and a caller of a function that wraps one.
func isCompanion(msg string) bool {
	return strings.Contains(msg, "is the legacy Text Completions endpoint") || strings.HasSuffix(msg, "; migrate it to the Messages API")
}

// runClient builds and runs one program against the stand-in and returns
// what it printed and sent.
func runClient(t *testing.T, srv *apitest.Server, dir, name string) clientRun {
	t.Helper()
	bin := filepath.Join(dir, "bin", name)
	build := run(t, dir, "go", "build", "-o", bin, "./"+name)
	require.Equal(t, 0, build.code, "%s: %s", name, build)
	env := []string{"APITEST_URL=" + srv.URL(), "BEDROCK_ENDPOINT=" + srv.URL(), "ANTHROPIC_API_KEY=test-key"}
	for attempt := 1; ; attempt++ {
		srv.Reset()
		r := runEnv(t, dir, env, bin)
		// aws-sdk-go-v2's transport now and then reads an event stream on a
		// connection its own write loop closed (aws/aws-sdk-go-v2#2737),
		// before or after a fix alike: that run says nothing of the fix.
		if r.code != 0 && strings.Contains(r.stderr, "use of closed network connection") && attempt < 3 {
			t.Logf("%s: run %d hit aws-sdk-go-v2#2737, running it again: %s", name, attempt, r.stderr)
			continue
		}
		return clientRun{stdout: r.stdout, stderr: r.stderr, code: r.code, reqs: srv.Requests()}
	}
}

// equalConversations compares what two requests carried, as the migration
// mapping reads a legacy prompt.
func equalConversations(a, b apitest.Conversation) bool {
	return fmt.Sprintf("%+v", normalizeConversation(a)) == fmt.Sprintf("%+v", normalizeConversation(b))
}

func normalizeConversation(c apitest.Conversation) string {
	f := func(p *float64) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprint(*p)
	}
	k := "-"
	if c.TopK != nil {
		k = fmt.Sprint(*c.TopK)
	}
	return fmt.Sprintf("system=%q turns=%+v max=%d stop=%q t=%s p=%s k=%s user=%q stream=%v",
		c.System, c.Turns, c.MaxTokens, c.Stop, f(c.Temperature), f(c.TopP), k, c.UserID, c.Stream)
}

func conversations(reqs []apitest.Request) []string {
	var out []string
	for _, r := range reqs {
		out = append(out, r.API.String()+" "+normalizeConversation(r.Conversation)+" "+r.Error)
	}
	return out
}

// clientsReport is the per-shape table of the round trip.
func clientsReport(shapes []*clientShape, sites, fixed int) string {
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].name < shapes[j].name })
	var b strings.Builder
	fmt.Fprintf(&b, "clients corpus: %d of %d sites fixed (%.0f%%)\n", fixed, sites, 100*float64(fixed)/float64(max(sites, 1)))
	fmt.Fprintf(&b, "%-16s %5s %5s  %-8s %-6s %-6s  %s\n", "shape", "sites", "fixed", "api", "conv", "output", "reasons")
	for _, s := range shapes {
		api := "legacy"
		if s.allMessages {
			api = "messages"
		}
		fmt.Fprintf(&b, "%-16s %5d %5d  %-8s %-6v %-6v  %s\n", s.name, s.sites, s.fixed, api, s.sameConv, s.sameOutput, strings.Join(s.reasons, "; "))
	}
	return b.String()
}

// assertStdImportsFirst checks that the standard library's imports come
// before the others, as goimports groups them: an import the fix adds
// ("cmp") joins the standard group although the module path, legacy/clients,
// has no dot either.
func assertStdImportsFirst(t *testing.T, file string) {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
	require.NoError(t, err)
	other := ""
	for _, spec := range f.Imports {
		path, _ := strconv.Unquote(spec.Path.Value)
		first, _, _ := strings.Cut(path, "/")
		std := !strings.Contains(first, ".") && !strings.HasPrefix(path, "legacy/")
		if !std && other == "" {
			other = path
		}
		assert.False(t, std && other != "", "%s: %q is imported after %q", file, path, other)
	}
}
