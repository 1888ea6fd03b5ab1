package migrate

import (
	"context"
	"errors"
	"fmt"
	"go/token"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/completelint/completelint/analyzer"
	"github.com/completelint/completelint/promptcheck"
)

// siteLog collects the analyzer's observations of one round. The analyzer
// runs packages concurrently and sees a file once per package variant.
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
// analyzer. Package errors are errors: the migration must start from code
// that compiles.
func (m *Migrator) analyse(ctx context.Context, opts *Options, overlay map[string][]byte) (*round, error) {
	cfg := &packages.Config{
		Context: ctx,
		Mode:    packages.LoadSyntax | packages.NeedModule,
		Dir:     opts.Dir,
		Tests:   true,
		Overlay: overlay,
		Env:     opts.Env,
	}
	if len(m.Analyzer.FactTypes) > 0 {
		cfg.Mode |= packages.LoadAllSyntax // facts need every dependency from source
	}
	if opts.Tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opts.Tags}
	}
	m.prog.status("loading packages")
	pkgs, err := packages.Load(cfg, opts.Patterns...)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(opts.Patterns, " "))
	}
	var errs []error
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			errs = append(errs, errors.New(e.Error()))
		}
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	r := &round{units: units(pkgs), root: mainModuleDir(pkgs, opts.Dir), fixSites: make(map[int]string)}
	var done atomic.Int64
	counted := *m.Analyzer
	counted.Run = func(pass *analysis.Pass) (any, error) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		res, err := m.Analyzer.Run(pass)
		m.prog.status("analysed %d/%d packages (%s)", done.Add(1), len(pkgs), pass.Pkg.Path())
		return res, err
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{&counted}, pkgs, nil)
	if err != nil {
		return nil, err
	}
	r.sites = m.log.take()
	seen := make(map[string]bool)
	for _, act := range graph.Roots {
		if act.Err != nil {
			return nil, fmt.Errorf("%s: %w", act.Package.PkgPath, act.Err)
		}
		for _, d := range act.Diagnostics {
			if len(d.SuggestedFixes) == 0 {
				continue
			}
			key := posKey(position(act.Package.Fset, d.Pos))
			if seen[key+d.Category+d.Message] {
				continue
			}
			seen[key+d.Category+d.Message] = true
			fix, ok := toFix(act.Package.Fset, d.SuggestedFixes[0], len(r.fixes))
			if !ok {
				continue
			}
			if d.Category == string(promptcheck.LegacyAPI) {
				r.fixSites[fix.ID] = key
			}
			r.fixes = append(r.fixes, fix)
		}
	}
	return r, nil
}

func position(fset *token.FileSet, pos token.Pos) (string, int) {
	p := fset.Position(pos)
	return p.Filename, p.Offset
}

// toFix converts a suggested fix to byte offsets; ok is false when an edit
// has no file.
func toFix(fset *token.FileSet, sf analysis.SuggestedFix, id int) (Fix, bool) {
	fix := Fix{ID: id}
	for _, e := range sf.TextEdits {
		tf := fset.File(e.Pos)
		if tf == nil {
			return Fix{}, false
		}
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		fix.Edits = append(fix.Edits, Edit{File: tf.Name(), Start: tf.Offset(e.Pos), End: tf.Offset(end), New: string(e.NewText)})
	}
	return fix, len(fix.Edits) > 0
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

func mainModuleDir(pkgs []*packages.Package, fallback string) string {
	for _, p := range pkgs {
		if p.Module != nil && p.Module.Main && p.Module.Dir != "" {
			return p.Module.Dir
		}
	}
	if abs, err := filepath.Abs(fallback); err == nil {
		return abs
	}
	return fallback
}
