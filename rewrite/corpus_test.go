package rewrite_test

// The corpus test sends the request of every offered Messages API fix in the
// goldens to the validating stand-in API (internal/apitest): a fix that
// compiles but is rejected by the API is worse than no fix.

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/packages"

	"github.com/completelint/completelint/internal/apitest"
	"github.com/completelint/completelint/internal/strval"
)

// corpusGoldens are the goldens whose Messages API fixes are checked, by
// GOPATH root (relative to testdata) and glob under it.
var corpusGoldens = []struct{ root, glob string }{
	{"", "src/rewrite/official/*.go.golden"},
	{"", "src/legacy/*_fix/*.go.golden"},
	{"", "src/rewrite/community/*/*.go.golden"},
	{"beta", "src/rewrite/official/*.go.golden"},
	{"alpha", "src/rewrite/official/*.go.golden"},
	{"alpha4", "src/rewrite/official/*.go.golden"},
}

// A corpusSite is a Messages request in a golden that a fix wrote: an SDK
// call (Messages.New, Messages.NewStreaming) or a map body.
type corpusSite struct {
	pos  token.Position
	name string            // golden file:line, relative to testdata
	fn   ast.Node          // innermost function around the site
	decl string            // name of the top-level function
	call *ast.CallExpr     // the SDK call, or nil
	lit  *ast.CompositeLit // the map body, or nil
	// assign is the variable the map body is assigned to, if any.
	assign types.Object
}

// A corpusOutcome is what became of the request of one site.
type corpusOutcome struct {
	wire    *corpusWire
	evalErr error
	reasons []string // why it was rejected; none when accepted
}

// group is the summary line the outcome is counted under, "" if accepted.
func (o corpusOutcome) group() []string {
	if o.evalErr != nil {
		return []string{"not evaluated: " + o.evalErr.Error()}
	}
	return o.reasons
}

// A corpusResult is what became of one site: with holes filled by
// non-blank samples, and with every string hole empty.
type corpusResult struct {
	site          *corpusSite
	sample, empty corpusOutcome
}

// TestCorpusRequestsAccepted builds the wire request of every Messages API
// call or body a fix wrote into the goldens, filling unknown parts with
// non-blank samples, and sends it to the validating stand-in API as of the
// day the goldens are judged on. Each must be accepted.
//
// It also logs, without failing, which requests would be rejected if every
// string hole were empty at run time, which the legacy API accepted.
func TestCorpusRequestsAccepted(t *testing.T) {
	day, err := time.Parse(time.DateOnly, testAnalyzer.Flags.Lookup("today").Value.String())
	require.NoError(t, err, "the goldens' analyzer pins -today")
	srv := apitest.New(t, apitest.Day(day))
	var results []corpusResult
	goldens := 0
	dirs := map[string][]string{} // GOPATH root -> package directories
	for _, g := range corpusGoldens {
		dir := testdataDir(t, g.root)
		files, err := filepath.Glob(filepath.Join(dir, g.glob))
		require.NoError(t, err)
		goldens += len(files)
		dirs[dir] = append(dirs[dir], packageDirs(files)...)
	}
	require.NotZero(t, goldens, "no golden files found")
	for _, dir := range slices.Sorted(maps.Keys(dirs)) {
		results = append(results, checkCorpusRoot(t, srv, dir, dirs[dir])...)
	}
	if len(results) == 0 {
		t.Fatal("the goldens hold no Messages API fix: the site finder is broken")
	}

	accepted, checked := 0, 0
	failed, failedEmpty := map[string][]string{}, map[string][]string{}
	for _, r := range results {
		t.Run(r.site.name, func(t *testing.T) {
			o := r.sample
			switch {
			case o.evalErr != nil:
				t.Errorf("%s (%s): could not build the request: %v", r.site.name, r.site.decl, o.evalErr)
			case len(o.reasons) > 0:
				t.Errorf("%s (%s): rejected: %s\n\tPOST %s %s%s", r.site.name, r.site.decl,
					strings.Join(o.reasons, "; "), o.wire.path, o.wire.json(), o.wire.notes())
			default:
				t.Logf("accepted: POST %s %s%s", o.wire.path, o.wire.json(), o.wire.notes())
			}
		})
		if r.sample.evalErr == nil {
			checked++
			if len(r.sample.reasons) == 0 {
				accepted++
			}
		}
		for _, g := range r.sample.group() {
			failed[g] = append(failed[g], r.site.name)
		}
		for _, g := range r.empty.group() {
			failedEmpty[g] = append(failedEmpty[g], r.site.name)
		}
	}
	t.Logf("%d offered Messages API fixes in %d goldens: %d checked, %d accepted by the stand-in API as of %s",
		len(results), goldens, checked, accepted, day.Format(time.DateOnly))
	logGroups(t, "", failed)
	logGroups(t, "if every string hole were empty at run time (not a failure): ", failedEmpty)
}

// logGroups logs the sites of each reason.
func logGroups(t *testing.T, prefix string, groups map[string][]string) {
	for _, why := range slices.Sorted(maps.Keys(groups)) {
		t.Logf("%s%d sites: %s\n\t%s", prefix, len(groups[why]), why, strings.Join(groups[why], "\n\t"))
	}
}

// packageDirs returns the directories of files, sorted and without repeats.
func packageDirs(files []string) []string {
	var dirs []string
	for _, f := range files {
		dirs = append(dirs, filepath.Dir(f))
	}
	slices.Sort(dirs)
	return slices.Compact(dirs)
}

// A corpusPkg is a package of a GOPATH tree with its files replaced by
// their goldens, type-checked.
type corpusPkg struct {
	path   string
	fset   *token.FileSet
	files  []*ast.File
	golden map[*ast.File]string // the .go file each golden (its name in fset) replaces
	info   *types.Info
}

// checkCorpusRoot loads the packages in pkgDirs of the GOPATH tree root
// (with more trees after it on GOPATH), with each file that has a golden
// replaced by it, and checks the sites their fixes wrote.
//
// The goldens are type-checked here against export data of their imports
// loaded with go/packages: asking go/packages for the packages themselves
// with an overlay costs seconds per tree, as the go command compiles the
// overlaid packages anew each time.
func checkCorpusRoot(t *testing.T, srv *apitest.Server, root string, pkgDirs []string, more ...string) []corpusResult {
	t.Helper()
	fset := token.NewFileSet()
	var pkgs []*corpusPkg
	imports := map[string]bool{}
	for _, dir := range pkgDirs {
		bp, err := build.ImportDir(dir, 0)
		require.NoError(t, err)
		rel, err := filepath.Rel(filepath.Join(root, "src"), dir)
		require.NoError(t, err)
		p := &corpusPkg{path: filepath.ToSlash(rel), fset: fset, golden: map[*ast.File]string{}}
		for _, name := range bp.GoFiles {
			name = filepath.Join(dir, name)
			read := name + ".golden"
			src, err := os.ReadFile(read)
			if err != nil {
				read = name
				src, err = os.ReadFile(name)
				require.NoError(t, err)
			}
			f, err := parser.ParseFile(fset, read, src, parser.SkipObjectResolution)
			if err != nil {
				t.Errorf("%s does not parse: %v", read, err)
				continue
			}
			if read != name {
				p.golden[f] = name
			}
			p.files = append(p.files, f)
			for _, imp := range f.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				imports[path] = true
			}
		}
		pkgs = append(pkgs, p)
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  root,
		Env: append(os.Environ(), "GOPATH="+strings.Join(append([]string{root}, more...), string(filepath.ListSeparator)),
			"GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
	}
	deps, err := packages.Load(cfg, slices.Sorted(maps.Keys(imports))...)
	require.NoError(t, err)
	byPath := map[string]*types.Package{}
	for _, d := range deps {
		for _, e := range d.Errors {
			t.Errorf("loading %s for the goldens: %v", d.PkgPath, e)
		}
		byPath[d.PkgPath] = d.Types
	}
	var results []corpusResult
	for _, p := range pkgs {
		p.info = &types.Info{
			Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{},
			Uses: map[*ast.Ident]types.Object{}, Implicits: map[ast.Node]types.Object{},
			Selections: map[*ast.SelectorExpr]*types.Selection{}, Scopes: map[ast.Node]*types.Scope{},
			Instances: map[*ast.Ident]types.Instance{},
		}
		conf := types.Config{
			Importer: importerFunc(func(path string) (*types.Package, error) {
				if tp := byPath[path]; tp != nil {
					return tp, nil
				}
				return nil, fmt.Errorf("%s was not loaded", path)
			}),
			Error: func(err error) { t.Errorf("goldens of %s do not type-check: %v", p.path, err) },
		}
		_, _ = conf.Check(p.path, fset, p.files, p.info)
		results = append(results, checkCorpusPackage(t, srv, p)...)
	}
	return results
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// checkCorpusPackage checks the sites the fixes wrote into the goldens of p.
func checkCorpusPackage(t *testing.T, srv *apitest.Server, p *corpusPkg) []corpusResult {
	t.Helper()
	var results []corpusResult
	for _, f := range p.files {
		name, ok := p.golden[f]
		if !ok {
			continue
		}
		sites, legacyGone := fixedSites(t, p, f, name)
		if legacyGone != len(sites) {
			t.Errorf("%s.golden: the fixes removed %d legacy requests, but %d Messages requests were found: the site finder misses a shape",
				name, legacyGone, len(sites))
		}
		for _, s := range sites {
			relName, err := filepath.Rel(testdataDir(t, ""), s.pos.Filename)
			require.NoError(t, err)
			s.name = fmt.Sprintf("%s:%d", filepath.ToSlash(relName), s.pos.Line)
			results = append(results, corpusResult{site: s,
				sample: checkSite(srv, p, s, false), empty: checkSite(srv, p, s, true)})
		}
	}
	return results
}

// fixedSites returns the Messages requests of the golden f that its fixes
// wrote: those beyond the ones the original file already had in the same
// function. It also counts the legacy requests the fixes removed.
func fixedSites(t *testing.T, p *corpusPkg, f *ast.File, name string) ([]*corpusSite, int) {
	orig, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.SkipObjectResolution)
	require.NoError(t, err)
	before, legacyBefore := map[string]int{}, 0
	walkSites(orig, func(decl string, _ []ast.Node, n ast.Node, messages bool) {
		if messages {
			before[decl]++
		} else {
			legacyBefore++
		}
	})
	var sites []*corpusSite
	legacyAfter := 0
	walkSites(f, func(decl string, stack []ast.Node, n ast.Node, messages bool) {
		if !messages {
			legacyAfter++
			return
		}
		if before[decl] > 0 {
			before[decl]--
			return
		}
		s := &corpusSite{pos: p.fset.Position(n.Pos()), decl: decl}
		for i := len(stack) - 1; i >= 0 && s.fn == nil; i-- {
			switch stack[i].(type) {
			case *ast.FuncDecl, *ast.FuncLit:
				s.fn = stack[i]
			}
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			s.call = n
		case *ast.CompositeLit:
			s.lit = n
			s.assign = assignedTo(p.info, stack, n)
		}
		sites = append(sites, s)
	})
	return sites, legacyBefore - legacyAfter
}

// walkSites calls visit for each request in f: Messages (messages) or
// legacy ones, SDK calls, map bodies and struct bodies, with the top-level function's name
// and the path of nodes to it.
func walkSites(f *ast.File, visit func(decl string, stack []ast.Node, n ast.Node, messages bool)) {
	var stack []ast.Node
	decl := ""
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if d, ok := n.(*ast.FuncDecl); ok {
			decl = d.Name.Name
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if svc, method := serviceCall(n); method == "New" || method == "NewStreaming" {
				switch svc {
				case "Messages":
					visit(decl, stack, n, true)
				case "Completions":
					visit(decl, stack, n, false)
				}
			}
			if site, messages := communityCall(f, n); site {
				visit(decl, stack, n, messages)
			}
		case *ast.CompositeLit:
			switch n.Type.(type) {
			case *ast.MapType:
				switch {
				case hasKey(n, "messages"):
					visit(decl, stack, n, true)
				case hasKey(n, "prompt"):
					visit(decl, stack, n, false)
				}
			case *ast.Ident:
				// A struct body of the file's own type (SDK params name
				// their package).
				switch {
				case hasField(n, "Messages"):
					visit(decl, stack, n, true)
				case hasField(n, "Prompt"):
					visit(decl, stack, n, false)
				}
			}
		}
		stack = append(stack, n)
		return true
	})
}

// serviceCall splits x.Service.Method(...) into Service and Method.
func serviceCall(c *ast.CallExpr) (string, string) {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return "", ""
	}
	svc, ok := sel.X.(*ast.SelectorExpr)
	if !ok {
		return "", ""
	}
	return svc.Sel.Name, sel.Sel.Name
}

// hasKey reports whether the map literal has the string key k.
func hasKey(lit *ast.CompositeLit, k string) bool {
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if b, ok := kv.Key.(*ast.BasicLit); ok && b.Kind == token.STRING && b.Value == strconv.Quote(k) {
				return true
			}
		}
	}
	return false
}

// hasField reports whether the struct literal sets field k.
func hasField(lit *ast.CompositeLit, k string) bool {
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == k {
				return true
			}
		}
	}
	return false
}

// assignedTo returns the variable lit is assigned to (v := lit, var v = lit).
func assignedTo(info *types.Info, stack []ast.Node, lit *ast.CompositeLit) types.Object {
	if len(stack) == 0 {
		return nil
	}
	var lhs []ast.Expr
	var rhs []ast.Expr
	switch p := stack[len(stack)-1].(type) {
	case *ast.AssignStmt:
		lhs, rhs = p.Lhs, p.Rhs
	case *ast.ValueSpec:
		for _, n := range p.Names {
			lhs = append(lhs, n)
		}
		rhs = p.Values
	}
	for i, r := range rhs {
		if r == lit && i < len(lhs) {
			if id, ok := lhs[i].(*ast.Ident); ok {
				return info.ObjectOf(id)
			}
		}
	}
	return nil
}

// checkSite builds the request of s, with string holes filled by samples
// or, emptyHoles, left empty, and sends it.
func checkSite(srv *apitest.Server, p *corpusPkg, s *corpusSite, emptyHoles bool) corpusOutcome {
	var o corpusOutcome
	ev := &corpusEval{info: p.info, files: p.files, sv: strval.New(p.info), fn: s.fn, site: s, emptyHoles: emptyHoles,
		bound: map[types.Object]string{}, appended: map[*ast.AssignStmt]bool{}}
	o.wire, o.evalErr = ev.request()
	if o.evalErr != nil {
		return o
	}
	o.wire.sampled = ev.sampled
	if w := o.wire; w.sdk && w.body["stream"] != true && !w.timeout {
		model, _ := w.body["model"].(string)
		if n, ok := w.body["max_tokens"].(int64); ok && apitest.SDKRefusesNonStreaming(n, model) {
			o.reasons = append(o.reasons, fmt.Sprintf("the Go SDK refuses a non-streaming call of max_tokens %d without a request timeout, before sending (streaming is required for operations that may take longer than 10 minutes)", n))
		}
	}
	resp, err := srv.Client().Post(srv.URL()+o.wire.path, "application/json", strings.NewReader(o.wire.json()))
	if err != nil {
		o.evalErr = err
		return o
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		var e struct {
			Message string // Bedrock's shape
			Error   struct{ Type, Message string }
		}
		_ = json.Unmarshal(body, &e)
		msg := e.Error.Message
		if msg == "" {
			msg = e.Message
		}
		o.reasons = append(o.reasons, fmt.Sprintf("%d %s", resp.StatusCode, msg))
	}
	return o
}

// TestCorpusEvaluator checks how the corpus test reads the shapes a rewrite
// may write, on a hand-written golden (testdata/corpus): the requests it
// builds and what the stand-in API and the SDK make of them.
func TestCorpusEvaluator(t *testing.T) {
	srv := apitest.New(t)
	root := filepath.Join(testdataDir(t, ""), "corpus")
	results := checkCorpusRoot(t, srv, root, []string{filepath.Join(root, "src", "corpusfix")}, testdataDir(t, ""))
	got, empty := map[string]corpusOutcome{}, map[string]corpusOutcome{}
	for _, r := range results {
		got[r.site.decl], empty[r.site.decl] = r.sample, r.empty
		require.NoError(t, r.sample.evalErr, r.site.name)
	}
	require.Len(t, got, 9, "one site per function")
	wantJSON := map[string]string{
		"paramsVar":       `{"max_tokens":50000,"messages":[{"content":[{"text":"Hi","type":"text"}],"role":"user"}],"model":"claude-sonnet-4-6"}`,
		"literalMessages": `{"max_tokens":10,"messages":[{"content":[{"text":"Hi","type":"text"}],"role":"user"}],"metadata":{"user_id":"u-1"},"model":"claude-opus-4-8"}`,
		"trimmed":         `{"max_tokens":10,"messages":[{"content":[{"text":"\"sample-1\", 7 times","type":"text"}],"role":"user"},{"content":[{"text":"Sure, sample-2","type":"text"}],"role":"assistant"}],"model":"claude-haiku-4-5","system":[{"text":"Be brief.","type":"text"}],"temperature":0.5}`,
		"streamed":        `{"max_tokens":50000,"messages":[{"content":[{"text":"Hi","type":"text"}],"role":"user"}],"model":"claude-sonnet-4-6","stream":true}`,
		"mapBody":         `{"max_tokens":10,"messages":[{"content":"sample-1","role":"user"}],"model":"claude-opus-4-8"}`,
	}
	for fn, want := range wantJSON {
		assert.Equal(t, want, got[fn].wire.json(), fn)
		assert.Empty(t, got[fn].reasons, fn)
	}
	assert.True(t, got["paramsVar"].wire.timeout, "the request timeout option is seen")
	assert.Equal(t, `{"max_tokens":10,"messages":[{"content":[{"text":"sample-1","type":"text"}],"role":"user"}],"model":"claude-opus-4-8"}`, got["orEmpty"].wire.json())
	assert.Equal(t, `{"max_tokens":10,"messages":[{"content":[{"text":"(empty)","type":"text"}],"role":"user"}],"model":"claude-opus-4-8"}`, empty["orEmpty"].wire.json())
	assert.Empty(t, empty["orEmpty"].reasons)
	assert.Equal(t, []string{"400 messages.0: all messages must have non-empty content except for the optional final assistant message"},
		empty["mapBody"].reasons, "an empty hole as the whole content")
	assert.Equal(t, []string{"q", "n", "q"}, got["trimmed"].wire.sampled)
	assert.Equal(t, "/v1/messages", got["mapBody"].wire.path)
	assert.Equal(t, []string{"the Go SDK refuses a non-streaming call of max_tokens 50000 without a request timeout, before sending (streaming is required for operations that may take longer than 10 minutes)"},
		got["tooLong"].reasons)
	assert.Equal(t, []string{"400 max_tokens: 200000 > 128000, which is the maximum allowed number of output tokens for claude-opus-4-8"},
		got["overModel"].reasons)
	assert.Equal(t, []string{"400 stop_sequences: each stop sequence must contain non-whitespace"}, got["blankStop"].reasons)
}
