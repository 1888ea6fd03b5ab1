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

// A snapshot is one go/packages load, without overlay, of the package(s) in
// a directory and all their dependencies, the dependencies from export data.
// It is what stays the same between edits: each analysis type-checks the
// directory's packages from the editor's buffers against it (see check.go),
// which takes milliseconds where a load with an overlay type-checks every
// dependency from source (go/packages treats export data as stale as soon as
// any file is overlaid).
//
// A snapshot is valid while its stamps hold: go.mod, go.sum and go.work, the
// directory itself (files added or removed), and the files and directories
// of the other packages of local modules it loaded. The directory's own
// files may change freely: they are always read afresh.
type snapshot struct {
	gen    uint64 // distinguishes loads, for the skip-unchanged check
	dir    string
	tests  bool
	extras []string // import paths loaded beyond those of the directory's packages
	fset   *token.FileSet
	roots  []*packages.Package            // the directory's packages (and test variants)
	byID   map[string]*packages.Package   // every package loaded
	byPath map[string]*packages.Package   // every package by import path, test variants last
	isRoot map[*packages.Package]bool     // roots, by identity
	deps   map[*packages.Package][]string // local directories each package reaches
	stamps []stamp
	err    error // the load as a whole failed

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

// loadMode is what the checks need: file lists and the import graph, types
// of every package from export data, module and sizes for the pass.
const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedTypes | packages.NeedTypesSizes |
	packages.NeedExportFile | packages.NeedModule

// loadSnapshot loads the packages of dir (with their test variants when
// tests is set) and the packages named by extras. ctx cancels the go
// command. Per-package errors are kept in the packages; err is set only when
// the load as a whole failed.
func loadSnapshot(ctx context.Context, gen uint64, dir string, tests bool, extras []string) *snapshot {
	s := &snapshot{gen: gen, dir: dir, tests: tests, extras: extras, fset: token.NewFileSet()}
	// Stamp before loading: a change during the load invalidates it.
	s.stamps = append(s.stamps, stampOf(dir))
	s.stamps = append(s.stamps, moduleFileStamps(dir)...)
	cfg := &packages.Config{
		Context: ctx,
		Mode:    loadMode,
		Dir:     dir,
		Tests:   tests,
		Fset:    s.fset,
	}
	pkgs, err := packages.Load(cfg, append([]string{"."}, extras...)...)
	if err != nil {
		s.err = err
		return s
	}
	s.byID = make(map[string]*packages.Package)
	s.byPath = make(map[string]*packages.Package)
	s.isRoot = make(map[*packages.Package]bool)
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		s.byID[p.ID] = p
		if prev, ok := s.byPath[p.PkgPath]; !ok || prev.ID != prev.PkgPath {
			s.byPath[p.PkgPath] = p
		}
	})
	for _, p := range pkgs {
		if pkgDir(p) == dir {
			s.roots = append(s.roots, p)
			s.isRoot[p] = true
		}
	}
	s.stampLocalPackages()
	s.deps = make(map[*packages.Package][]string)
	return s
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
func (s *snapshot) stampLocalPackages() {
	seen := map[string]bool{s.dir: true}
	add := func(path string) {
		if !seen[path] {
			seen[path] = true
			s.stamps = append(s.stamps, stampOf(path))
		}
	}
	for _, p := range s.byID {
		if !isLocal(p) {
			continue
		}
		if p.Module.GoMod != "" {
			add(p.Module.GoMod)
		}
		if s.isRoot[p] {
			continue
		}
		for _, files := range [][]string{p.GoFiles, p.OtherFiles, p.IgnoredFiles} {
			for _, f := range files {
				add(filepath.Dir(f))
				add(f)
			}
		}
	}
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
