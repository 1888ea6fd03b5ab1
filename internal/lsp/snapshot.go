package lsp

import (
	"context"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"time"

	"golang.org/x/tools/go/packages"
)

// A snapshot is what stays the same between edits in a directory: the
// metadata of its package(s) and of all their dependencies (one go list),
// and the types of the dependencies from export data (a second go/packages
// load, of the packages the directory's packages import). Each analysis
// type-checks the directory's packages from the editor's buffers against it
// (see check.go), which takes milliseconds where a load with an overlay
// type-checks every dependency from source: go/packages treats export data
// as stale as soon as any file is overlaid. Loading the dependencies by
// their import paths, rather than the directory with -export, also spares
// compiling the directory's package, which the buffers replace anyway.
//
// A snapshot is valid while its stamps hold: go.mod, go.sum and go.work, the
// directory itself (files added or removed), and the files and directories
// of the other packages of local modules it loaded. The directory's own
// files may change freely: they are always read afresh.
type snapshot struct {
	gen    uint64 // distinguishes loads, for the skip-unchanged check
	dir    string
	tests  bool
	extras []string // import paths loaded beyond those of the metadata
	fset   *token.FileSet
	roots  []*packages.Package            // the directory's packages (and test variants), metadata only
	isRoot map[*packages.Package]bool     // roots, by identity
	byPath map[string]*packages.Package   // metadata of every package, by import path, test variants last
	typed  map[string]*packages.Package   // packages with types from export data, by import path
	deps   map[*packages.Package][]string // local directories each package reaches
	stamps []stamp
	err    error // a load as a whole failed

	parsed []*token.File // files parsed by the last check, removed before the next
}

// stamp is the state of a file or directory when a snapshot was loaded.
type stamp struct {
	path  string
	mtime time.Time
	size  int64
	ok    bool // it existed
}

func stampOf(path string) stamp {
	fi, err := os.Stat(path)
	if err != nil {
		return stamp{path: path}
	}
	return stamp{path: path, mtime: fi.ModTime(), size: fi.Size(), ok: true}
}

// valid reports whether none of the stamped files changed.
func (s *snapshot) valid() bool {
	for _, st := range s.stamps {
		if stampOf(st.path) != st {
			return false
		}
	}
	return true
}

// metaMode lists the directory's packages and every dependency, without
// compiling anything: files, import graph, module, sizes.
const metaMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedModule | packages.NeedTypesSizes

// typesMode loads types from export data (go list -export), which the build
// cache keeps between runs.
const typesMode = packages.NeedName | packages.NeedImports | packages.NeedDeps |
	packages.NeedTypes | packages.NeedExportFile | packages.NeedModule

// loadSnapshot loads the packages of dir (with their test variants when
// tests is set), and the types of what they import and of extras. ctx
// cancels the go command. Per-package errors are kept in the packages; err
// is set only when a load as a whole failed.
func loadSnapshot(ctx context.Context, env []string, gen uint64, dir string, tests bool, extras []string) *snapshot {
	s := &snapshot{gen: gen, dir: dir, tests: tests, extras: extras, fset: token.NewFileSet()}
	// Stamp before loading: a change during the load invalidates it.
	s.stamps = append(s.stamps, stampOf(dir))
	s.stamps = append(s.stamps, moduleFileStamps(dir)...)
	pkgs, err := packages.Load(&packages.Config{Context: ctx, Env: env, Mode: metaMode, Dir: dir, Tests: tests}, ".")
	if err != nil {
		s.err = err
		return s
	}
	s.isRoot = make(map[*packages.Package]bool)
	for _, p := range pkgs {
		if pkgDir(p) == dir {
			s.roots = append(s.roots, p)
			s.isRoot[p] = true
		}
	}
	s.byPath = make(map[string]*packages.Package)
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if prev, ok := s.byPath[p.PkgPath]; !ok || prev.ID != prev.PkgPath {
			s.byPath[p.PkgPath] = p
		}
	})
	s.stampLocalPackages(pkgs)
	s.deps = make(map[*packages.Package][]string)

	// The types of every package imported by one checked from source (a
	// root, or a test variant that imports one) that is not itself checked
	// from source, and of their dependencies.
	patterns := slices.Clone(extras)
	reachesRoot := make(map[*packages.Package]bool)
	packages.Visit(s.roots, nil, func(p *packages.Package) {
		if !s.reaches(p, reachesRoot) {
			return
		}
		for _, imp := range p.Imports {
			if imp.PkgPath != "unsafe" && imp.PkgPath != "C" && !s.reaches(imp, reachesRoot) {
				patterns = append(patterns, imp.PkgPath)
			}
		}
	})
	s.typed = make(map[string]*packages.Package)
	if len(patterns) == 0 {
		return s
	}
	typed, err := packages.Load(&packages.Config{Context: ctx, Env: env, Mode: typesMode, Dir: dir, Fset: s.fset}, slices.Compact(slices.Sorted(slices.Values(patterns)))...)
	if err != nil {
		s.err = err
		return s
	}
	packages.Visit(typed, nil, func(p *packages.Package) { s.typed[p.PkgPath] = p })
	return s
}

// reaches reports whether p imports, directly or not, a root: such a
// package (a dependency of an external test that imports the package under
// test) is checked from source.
func (s *snapshot) reaches(p *packages.Package, memo map[*packages.Package]bool) bool {
	if v, ok := memo[p]; ok {
		return v
	}
	memo[p] = false
	v := s.isRoot[p]
	for _, imp := range p.Imports {
		v = v || s.reaches(imp, memo)
	}
	memo[p] = v
	return v
}

// moduleFileStamps stamps go.mod, go.sum and go.work in dir and its parents,
// up to the directory holding go.mod.
func moduleFileStamps(dir string) []stamp {
	var out []stamp
	for d := dir; ; {
		out = append(out, stampOf(filepath.Join(d, "go.work")))
		mod := stampOf(filepath.Join(d, "go.mod"))
		if mod.ok {
			return append(out, mod, stampOf(filepath.Join(d, "go.sum")))
		}
		parent := filepath.Dir(d)
		if parent == d {
			return out
		}
		d = parent
	}
}

// stampLocalPackages stamps the files and directories of the packages of
// local modules (main, workspace or replaced by a directory), other than
// the roots, whose export data the checks use, and the go.mod files of
// those modules.
func (s *snapshot) stampLocalPackages(pkgs []*packages.Package) {
	seen := map[string]bool{s.dir: true}
	add := func(path string) {
		if !seen[path] {
			seen[path] = true
			s.stamps = append(s.stamps, stampOf(path))
		}
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if !isLocal(p) {
			return
		}
		if p.Module.GoMod != "" {
			add(p.Module.GoMod)
		}
		if s.isRoot[p] {
			return
		}
		for _, files := range [][]string{p.GoFiles, p.OtherFiles, p.IgnoredFiles} {
			for _, f := range files {
				add(filepath.Dir(f))
				add(f)
			}
		}
	})
}

// isLocal reports whether p is in a module whose files a user edits: a main
// or workspace module, or a module replaced by a directory. Standard library
// and module cache packages are not.
func isLocal(p *packages.Package) bool {
	m := p.Module
	if m == nil {
		return false
	}
	if m.Replace != nil {
		m = m.Replace
	}
	return m.Version == "" && m.Dir != ""
}

// localDirs returns the directories of the local packages p reaches
// (p's own included), which an edit in makes p's analysis stale.
func (s *snapshot) localDirs(p *packages.Package) []string {
	if dirs, ok := s.deps[p]; ok {
		return dirs
	}
	set := make(map[string]bool)
	packages.Visit([]*packages.Package{p}, nil, func(q *packages.Package) {
		if d := pkgDir(q); d != "" && isLocal(q) {
			set[d] = true
		}
	})
	dirs := make([]string, 0, len(set))
	for d := range set {
		dirs = append(dirs, d)
	}
	slices.Sort(dirs)
	s.deps[p] = dirs
	return dirs
}

// pkgDir returns the directory of p's source files, or "" when it has none.
func pkgDir(p *packages.Package) string {
	for _, files := range [][]string{p.GoFiles, p.IgnoredFiles, p.OtherFiles} {
		if len(files) > 0 {
			return filepath.Dir(files[0])
		}
	}
	return ""
}

// rootsOf returns the roots whose compiled files include path, and whether
// path is a file of a root that the build ignores (build constraints).
func (s *snapshot) rootsOf(path string) (roots []*packages.Package, ignored bool) {
	for _, p := range s.roots {
		if slices.Contains(p.CompiledGoFiles, path) {
			roots = append(roots, p)
		}
		if slices.Contains(p.IgnoredFiles, path) {
			ignored = true
		}
	}
	return roots, ignored && len(roots) == 0
}
