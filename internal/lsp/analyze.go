package lsp

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/completelint/completelint/internal/findings"
)

// fileResult is the latest analysis of one file.
type fileResult struct {
	content  string
	findings []findings.Finding
	pkg      *types.Package // as analysed: names the imports a fix may leave unused
	// failure is set when the package did not load or type-check, so it
	// was not analysed; more counts the errors after it.
	failure *pkgError
	more    int
	// depNote says which dependency has errors, when the package was
	// analysed despite them.
	depNote string
	edits   map[[2]int]*WorkspaceEdit // formatted fix edits by finding and fix index
	round   map[string]*fileResult    // the results of the same analysis, by path
}

// outcome is the result of analysing the package(s) of one document.
type outcome struct {
	results map[string]*fileResult // by path; files of the analysed packages
	key     string                 // equal keys mean equal inputs; "" is unknown
	dirs    []string               // local package directories the analysis depends on
	skipped bool                   // key is that of the last analysis: nothing changed
}

// engine analyses documents. It keeps a snapshot of each directory's
// dependencies between analyses; only the worker goroutine uses it.
type engine struct {
	analyzer *analysis.Analyzer
	gen      uint64
	snaps    map[snapKey]*snapshot
	// env is the go command's environment: GOTMPDIR is a directory of
	// ours, so that the work files of a go command killed at shutdown are
	// removed with it.
	env    []string
	tmpDir string
}

type snapKey struct {
	dir   string
	tests bool
}

func newEngine(a *analysis.Analyzer) *engine {
	return &engine{analyzer: a, snaps: make(map[snapKey]*snapshot)}
}

// start makes the go command's temporary directory; cleanup removes it.
func (e *engine) start() {
	e.env = os.Environ()
	if dir, err := os.MkdirTemp("", "completelint-lsp-"); err == nil {
		e.tmpDir = dir
		e.env = append(e.env, "GOTMPDIR="+dir)
	}
}

// marker is the environment variable that the go commands of this engine,
// and the processes they start, have: GOTMPDIR=<our directory>.
func (e *engine) marker() string {
	if e.tmpDir == "" {
		return ""
	}
	return "GOTMPDIR=" + e.tmpDir
}

func (e *engine) cleanup() {
	if e.tmpDir != "" {
		os.RemoveAll(e.tmpDir)
	}
}

// run analyses the package(s) containing path; docs holds the text of every
// open document. Loading dependencies, which does not depend on the
// buffers, runs under ctx (the server's lifetime); the rest under bufCtx,
// which a newer edit cancels. When lastKey equals the key of this analysis
// nothing is redone.
func (e *engine) run(ctx, bufCtx context.Context, path string, docs map[string]string, lastKey string) (*outcome, error) {
	// Facts need every dependency analysed from source: the checker does
	// that, from a load with the buffers overlaid.
	if len(e.analyzer.Requires) > 0 || len(e.analyzer.FactTypes) > 0 {
		return analyzeOverlay(bufCtx, e.analyzer, path, docs, e.env)
	}
	src := newSources(docs)
	dir := filepath.Dir(path)
	snap := e.snapshot(ctx, snapKey{dir, strings.HasSuffix(path, "_test.go")}, nil)
	for retried := false; ; retried = true {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if snap.err != nil {
			return analyzeOverlay(bufCtx, e.analyzer, path, docs, e.env)
		}
		roots, ignored := snap.rootsOf(path)
		if ignored {
			// Excluded by build constraints: nothing to say.
			return &outcome{results: map[string]*fileResult{path: {content: docs[path]}}}, nil
		}
		if len(roots) == 0 {
			// Not on disk yet, or not where go list put it.
			return analyzeOverlay(bufCtx, e.analyzer, path, docs, e.env)
		}
		key := src.key(snap)
		if key == lastKey {
			return &outcome{key: key, skipped: true}, nil
		}
		out, missing, err := e.check(bufCtx, snap, roots, src)
		if errors.Is(err, errSlowPath) {
			return analyzeOverlay(bufCtx, e.analyzer, path, docs, e.env)
		}
		if err != nil {
			return nil, err
		}
		if len(missing) > 0 && !retried {
			// The buffers import packages the files on disk do not: load
			// them too, into the same universe of types. If that fails as
			// a whole, the missing imports stay type errors.
			k := snapKey{snap.dir, snap.tests}
			extras := slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(snap.extras), missing...))))
			next := e.snapshot(bufCtx, k, extras)
			if next.err == nil {
				snap = next
				continue
			}
			if bufCtx.Err() == nil {
				e.snaps[k] = snap
			}
		}
		out.key = key
		for _, r := range roots {
			out.dirs = append(out.dirs, snap.localDirs(r)...)
		}
		out.dirs = slices.Compact(slices.Sorted(slices.Values(out.dirs)))
		return out, nil
	}
}

// snapshot returns the directory's snapshot, loading it afresh when it is
// missing, stale, or lacks extras. A stale snapshot's extras are dropped:
// those the buffers still import come back on the next check.
func (e *engine) snapshot(ctx context.Context, k snapKey, extras []string) *snapshot {
	if s, ok := e.snaps[k]; ok && s.valid() && (extras == nil || slices.Equal(s.extras, extras)) {
		return s
	}
	e.gen++
	s := loadSnapshot(ctx, e.env, e.gen, k.dir, k.tests, extras)
	if ctx.Err() == nil {
		e.snaps[k] = s
	}
	return s
}

// forget drops the snapshots of directories without open documents.
func (e *engine) forget(open func(dir string) bool) {
	for k := range e.snaps {
		if !open(k.dir) {
			delete(e.snaps, k)
		}
	}
}

// check type-checks roots from the buffers against snap and runs the
// analyzer on them. missing lists imports snap has no package for. A newer
// edit (ctx) stops it between packages.
func (e *engine) check(ctx context.Context, snap *snapshot, roots []*packages.Package, src *sources) (*outcome, []string, error) {
	for _, f := range snap.parsed {
		snap.fset.RemoveFile(f)
	}
	snap.parsed = nil
	c := newChecker(snap, src.read, src.dirty)
	defer func() { snap.parsed = c.parsed }()
	var checked []*checkedPkg
	for _, r := range roots {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		cp, err := c.check(r)
		if err != nil {
			return nil, nil, err
		}
		checked = append(checked, cp)
	}
	out := &outcome{results: make(map[string]*fileResult)}
	// A failure is reported on the open files of the analysed packages;
	// for a test variant only on its test files, whose errors the plain
	// package does not share.
	var files []string
	for _, r := range roots {
		for _, f := range r.CompiledGoFiles {
			if !snap.tests || strings.HasSuffix(f, "_test.go") {
				files = append(files, f)
			}
		}
	}
	errs := c.errors(checked)
	if own := c.rootErrors(checked); len(own) > 0 || len(errs) > 0 && !findings.RunsDespiteErrors(e.analyzer) {
		out.results = src.failed(files, errs[0], len(errs)-1)
		return out, c.missing, nil
	}
	var found []findings.Finding
	for _, cp := range checked {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		diags, err := runPass(e.analyzer, snap.fset, cp, src.read)
		if err != nil {
			out.results = src.failed(files, pkgError{Msg: fmt.Sprintf("%s: %v", cp.meta.PkgPath, err)}, 0)
			return out, nil, nil
		}
		for _, d := range diags {
			if f, ok := findings.Convert(snap.fset, d); ok {
				found = append(found, f)
			}
		}
		for _, name := range cp.meta.CompiledGoFiles {
			out.results[name] = &fileResult{content: string(cp.src[name]), pkg: cp.types}
		}
	}
	addFindings(out.results, findings.Dedup(found), src.read)
	if len(errs) > 0 {
		// The analysis went on without what a dependency's errors hide.
		note := errs[0].String()
		if len(errs) > 1 {
			note += fmt.Sprintf(" (and %d more)", len(errs)-1)
		}
		for _, r := range out.results {
			r.depNote = note
		}
	}
	return out, nil, nil
}

// addFindings files each finding under its file's result.
func addFindings(results map[string]*fileResult, fs []findings.Finding, read func(string) ([]byte, error)) {
	for _, f := range fs {
		r, ok := results[f.File]
		if !ok {
			data, _ := read(f.File)
			r = &fileResult{content: string(data)}
			results[f.File] = r
		}
		r.findings = append(r.findings, f)
	}
}

// sources reads files for an analysis: open documents from their buffers,
// others from the disk, each read once.
type sources struct {
	docs map[string]string
	disk map[string][]byte
	errs map[string]error
}

func newSources(docs map[string]string) *sources {
	return &sources{docs: docs, disk: make(map[string][]byte), errs: make(map[string]error)}
}

func (s *sources) readDisk(path string) ([]byte, error) {
	if data, ok := s.disk[path]; ok {
		return data, s.errs[path]
	}
	data, err := os.ReadFile(path)
	s.disk[path], s.errs[path] = data, err
	return data, err
}

func (s *sources) read(path string) ([]byte, error) {
	if text, ok := s.docs[path]; ok {
		return []byte(text), nil
	}
	return s.readDisk(path)
}

// dirty reports whether path is open with unsaved changes.
func (s *sources) dirty(path string) bool {
	text, ok := s.docs[path]
	if !ok {
		return false
	}
	data, err := s.readDisk(path)
	return err != nil || string(data) != text
}

// key summarises the inputs of an analysis against snap: the load, the
// files of the directory's packages, and every open buffer (an edited
// dependency changes the result too).
func (s *sources) key(snap *snapshot) string {
	h := sha256.New()
	fmt.Fprintf(h, "load %d\n", snap.gen)
	for _, r := range snap.roots {
		for _, name := range r.CompiledGoFiles {
			data, err := s.read(name)
			fmt.Fprintf(h, "file %q %d %v\n", name, len(data), err)
			h.Write(data)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(s.docs)) {
		fmt.Fprintf(h, "doc %q %d\n", name, len(s.docs[name]))
		h.Write([]byte(s.docs[name]))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// failed returns results that carry err for the open documents among files.
func (s *sources) failed(files []string, err pkgError, more int) map[string]*fileResult {
	out := make(map[string]*fileResult)
	for _, name := range files {
		if text, open := s.docs[name]; open {
			out[name] = &fileResult{content: text, failure: &err, more: more}
		}
	}
	return out
}

// analyzeOverlay loads the package(s) containing path with go/packages, the
// open documents overlaid, and runs a with the go/analysis checker. Every
// dependency is then type-checked from source: seconds, not milliseconds.
// It is the way for analyzers with facts, cgo packages and files the go
// command does not list.
func analyzeOverlay(ctx context.Context, a *analysis.Analyzer, path string, docs map[string]string, env []string) (*outcome, error) {
	overlay := make(map[string][]byte, len(docs))
	for p, text := range docs {
		overlay[p] = []byte(text)
	}
	cfg := &packages.Config{
		Context: ctx,
		Env:     env,
		Dir:     filepath.Dir(path),
		// A test file needs the test variant; a non-test file has the same
		// findings in the plain package, which loads faster.
		Tests:   strings.HasSuffix(path, "_test.go"),
		Overlay: overlay,
	}
	src := newSources(docs)
	res, err := findings.Run(a, cfg, "file="+path)
	if ctxErr := ctx.Err(); ctxErr != nil {
		return nil, ctxErr
	}
	if err != nil {
		lines := strings.Split(strings.TrimSpace(err.Error()), "\n")
		return &outcome{results: src.failed([]string{path}, parseErrorLine(lines[0]), len(lines)-1), dirs: []string{filepath.Dir(path)}}, nil
	}
	var deps []string
	for _, b := range res.Broken {
		if b.Root {
			return &outcome{results: src.failed([]string{path}, parseErrorLine(b.Error), b.More), dirs: []string{filepath.Dir(path)}}, nil
		}
		deps = append(deps, b.Cause())
	}
	out := &outcome{results: make(map[string]*fileResult), dirs: []string{filepath.Dir(path)}}
	for _, p := range res.Packages {
		// A cgo package's findings are in its GoFiles, which cmd/cgo
		// translates into CompiledGoFiles.
		for _, name := range slices.Concat(p.GoFiles, p.CompiledGoFiles) {
			data, _ := src.read(name)
			out.results[name] = &fileResult{content: string(data), pkg: p.Types}
		}
	}
	addFindings(out.results, res.Findings, src.read)
	if len(deps) > 0 {
		for _, r := range out.results {
			r.depNote = strings.Join(deps, "; ")
		}
	}
	return out, nil
}

// posRE matches a go/packages error position: file, file:line or
// file:line:col.
var posRE = regexp.MustCompile(`^(.+?)(?::(\d+)(?::(\d+))?)?$`)

// lineRE matches "file:line:col: message".
var lineRE = regexp.MustCompile(`^(.+?):(\d+):(\d+): (.*)$`)

// parseErrorLine splits an error printed as "file:line:col: message".
func parseErrorLine(line string) pkgError {
	if m := lineRE.FindStringSubmatch(line); m != nil {
		return pkgError{File: m[1], Line: atoi(m[2]), Col: atoi(m[3]), Msg: m[4]}
	}
	return pkgError{Msg: line}
}
