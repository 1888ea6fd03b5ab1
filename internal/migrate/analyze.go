package migrate

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/completelint/completelint/analyzer"
	"github.com/completelint/completelint/internal/findings"
	"github.com/completelint/completelint/promptcheck"
)

// siteLog collects the sites of one round from the analyzer's results. The
// analyzer runs packages concurrently and sees a file once per package
// variant.
type siteLog struct {
	mu    sync.Mutex
	sites map[string]analyzer.Site // by file:offset
}

func (l *siteLog) add(s analyzer.Site) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.sites == nil {
		l.sites = make(map[string]analyzer.Site)
	}
	l.sites[posKey(s.Pos.Filename, s.Pos.Offset)] = s
}

// take returns the sites logged since the last call and empties the log.
func (l *siteLog) take() map[string]analyzer.Site {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := l.sites
	l.sites = nil
	return s
}

func posKey(file string, offset int) string { return fmt.Sprintf("%s:%d", file, offset) }

// round is what one analysis of the current contents found.
type round struct {
	broken   []findings.Broken // packages with errors: not analysed, or dependencies
	pkgDirs  map[string]string // import path -> directory, of the root packages
	fixes    []Fix
	fixSites map[int]string // fix ID -> key of the legacy-api site it rewrites
	sites    map[string]analyzer.Site
	units    map[string]unit // package directory -> unit, for every root package
	root     string          // the main module's directory
}

// A unit is a package directory: a package, its test variant and its
// external test package, restored or kept together.
type unit struct {
	Dir  string
	Path string // import path
}

// analyse loads the packages with the overlay of changed files and runs the
// analyzer on those without errors of their own; the others are in the
// round's broken packages.
func (m *Migrator) analyse(ctx context.Context, opts *Options, overlay map[string][]byte) (*round, error) {
	cfg := &packages.Config{
		Context: ctx,
		Dir:     opts.Dir,
		Tests:   true,
		Overlay: overlay,
		Env:     opts.Env,
	}
	if opts.Tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opts.Tags}
	}
	m.prog.status("loading packages")
	var done atomic.Int64
	counted := *m.Analyzer
	counted.Run = func(pass *analysis.Pass) (any, error) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		res, err := m.Analyzer.Run(pass)
		if r, ok := res.(*analyzer.Result); ok {
			for _, s := range r.Sites {
				m.log.add(s)
			}
		}
		m.prog.status("analysed %d packages (%s)", done.Add(1), pass.Pkg.Path())
		return res, err
	}
	res, err := findings.Run(&counted, cfg, opts.Patterns...)
	if err != nil {
		return nil, err
	}
	root := findings.MainModuleDir(res.Packages, opts.Dir)
	if abs, err := filepath.Abs(root); err == nil {
		root = abs
	}
	r := &round{units: units(res.Packages), root: root, fixSites: make(map[int]string), sites: m.log.take(),
		broken: res.Broken, pkgDirs: make(map[string]string)}
	for _, p := range res.Packages {
		if len(p.GoFiles) > 0 {
			r.pkgDirs[p.PkgPath] = filepath.Dir(p.GoFiles[0])
		}
	}
	for _, f := range res.Findings {
		if len(f.Fixes) == 0 || len(f.Fixes[0].Edits) == 0 {
			continue
		}
		fix := Fix{ID: len(r.fixes)}
		for _, e := range f.Fixes[0].Edits {
			fix.Edits = append(fix.Edits, Edit{File: e.File, Start: e.Start, End: e.End, New: e.NewText})
		}
		if f.Category == string(promptcheck.LegacyAPI) {
			r.fixSites[fix.ID] = posKey(f.File, f.Start)
		}
		r.fixes = append(r.fixes, fix)
	}
	return r, nil
}

// units maps the directory of every root package to its import path.
func units(pkgs []*packages.Package) map[string]unit {
	out := make(map[string]unit)
	for _, p := range pkgs {
		if len(p.GoFiles) == 0 {
			continue
		}
		dir := filepath.Dir(p.GoFiles[0])
		path := strings.TrimSuffix(p.PkgPath, "_test")
		if u, ok := out[dir]; !ok || len(path) < len(u.Path) {
			out[dir] = unit{Dir: dir, Path: path}
		}
	}
	return out
}
