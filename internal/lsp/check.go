package lsp

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"runtime/debug"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// errSlowPath means a package cannot be checked from source here (cgo); the
// caller falls back to loading it with go/packages and an overlay.
var errSlowPath = errors.New("package needs the go/packages overlay load")

// A checker type-checks packages of a snapshot from source, reading files
// through read (the editor's buffer for an open file, else the disk).
//
// Which packages: every root of the snapshot that the analysed packages
// reach, every package with an open file whose buffer differs from the
// disk, and every package that imports one of those (per the metadata). All
// other packages come from the snapshot's export data, which thus cannot
// refer to a package checked here from source: the two kinds mix safely.
type checker struct {
	snap  *snapshot
	read  func(path string) ([]byte, error)
	dirty func(path string) bool

	needSrcMemo map[*packages.Package]bool
	checked     map[*packages.Package]*checkedPkg
	depErrs     []pkgError      // errors of export-data packages used
	depSeen     map[string]bool // package IDs whose errors are collected
	missing     []string        // imports the snapshot has no package for
	parsed      []*token.File
}

// checkedPkg is a package type-checked from source.
type checkedPkg struct {
	meta  *packages.Package
	types *types.Package
	info  *types.Info
	files []*ast.File
	src   map[string][]byte // the content of each file as checked
	errs  []pkgError
	busy  bool // being checked: an import back to it is a cycle
}

// pkgError is a load, parse or type error; Line and Col (bytes, from 1)
// are 0 when it has no position.
type pkgError struct {
	File      string
	Line, Col int
	Msg       string
}

func (e pkgError) String() string {
	if e.File == "" {
		return e.Msg
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

func newChecker(snap *snapshot, read func(string) ([]byte, error), dirty func(string) bool) *checker {
	return &checker{
		snap:        snap,
		read:        read,
		dirty:       dirty,
		needSrcMemo: make(map[*packages.Package]bool),
		checked:     make(map[*packages.Package]*checkedPkg),
		depSeen:     make(map[string]bool),
	}
}

// needSrc reports whether p must be checked from source.
func (c *checker) needSrc(p *packages.Package) bool {
	if v, ok := c.needSrcMemo[p]; ok {
		return v
	}
	c.needSrcMemo[p] = false // the import graph is acyclic; this only guards bad metadata
	v := c.snap.isRoot[p] || slices.ContainsFunc(p.CompiledGoFiles, c.dirty)
	for _, imp := range p.Imports {
		if v {
			break
		}
		v = c.needSrc(imp)
	}
	c.needSrcMemo[p] = v
	return v
}

// check type-checks p from source, and the packages it needs from source
// first. Errors of the package are in the result; err is errSlowPath or a
// cycle.
func (c *checker) check(p *packages.Package) (*checkedPkg, error) {
	if cp, ok := c.checked[p]; ok {
		if cp.busy {
			return nil, fmt.Errorf("import cycle through %s", p.PkgPath)
		}
		return cp, nil
	}
	if !slices.Equal(p.GoFiles, p.CompiledGoFiles) {
		return nil, errSlowPath // cgo: the compiled files are generated
	}
	cp := &checkedPkg{meta: p, src: make(map[string][]byte), busy: true}
	c.checked[p] = cp
	defer func() { cp.busy = false }()

	for _, name := range p.CompiledGoFiles {
		src, err := c.read(name)
		if err != nil {
			cp.errs = append(cp.errs, pkgError{File: name, Msg: err.Error()})
			continue
		}
		cp.src[name] = src
		f, err := parser.ParseFile(c.snap.fset, name, src, parser.AllErrors|parser.ParseComments)
		if f != nil {
			cp.files = append(cp.files, f)
			c.parsed = append(c.parsed, c.snap.fset.File(f.FileStart))
		}
		var list scanner.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				cp.errs = append(cp.errs, pkgError{File: e.Pos.Filename, Line: e.Pos.Line, Col: e.Pos.Column, Msg: e.Msg})
			}
		} else if err != nil {
			cp.errs = append(cp.errs, pkgError{File: name, Msg: err.Error()})
		}
	}
	if len(cp.errs) > 0 {
		return cp, nil // parse errors: type errors would only repeat them
	}

	var slow error
	importer := importerFunc(func(path string) (*types.Package, error) {
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		if path == "C" {
			slow = errSlowPath
			return nil, errSlowPath
		}
		dep := p.Imports[path]
		if dep == nil {
			dep = c.snap.byPath[path] // imported by the buffer, not by the files on disk
		}
		if dep != nil && c.needSrc(dep) {
			dcp, err := c.check(dep)
			if err != nil {
				if errors.Is(err, errSlowPath) {
					slow = err
				}
				return nil, err
			}
			return dcp.types, nil
		}
		if dep != nil {
			path = dep.PkgPath // vendoring maps import paths
		}
		typed := c.snap.typed[path]
		if typed == nil {
			c.missing = append(c.missing, path)
			return nil, fmt.Errorf("no metadata for %s", path)
		}
		c.collectDepErrors(typed)
		if typed.Types == nil || !typed.Types.Complete() {
			if len(typed.Errors) > 0 {
				return nil, errors.New(typed.Errors[0].Msg)
			}
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return typed.Types, nil
	})
	cfg := &types.Config{
		Importer: importer,
		Sizes:    p.TypesSizes,
		Error: func(err error) {
			var te types.Error
			if errors.As(err, &te) {
				pos := te.Fset.Position(te.Pos)
				cp.errs = append(cp.errs, pkgError{File: pos.Filename, Line: pos.Line, Col: pos.Column, Msg: te.Msg})
			} else {
				cp.errs = append(cp.errs, pkgError{Msg: err.Error()})
			}
		},
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		cfg.GoVersion = "go" + p.Module.GoVersion
	}
	// The same maps as go/packages fills for NeedTypesInfo.
	cp.info = &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
	cp.types = types.NewPackage(p.PkgPath, p.Name)
	_ = types.NewChecker(cfg, c.snap.fset, cp.types, cp.info).Files(cp.files) // errors went to cfg.Error
	if slow != nil {
		return nil, slow
	}
	return cp, nil
}

// collectDepErrors records the errors of p and of the packages it reaches,
// all from export data. An analyzer that runs despite errors analyses the
// package all the same, with a note; any other does not.
func (c *checker) collectDepErrors(p *packages.Package) {
	packages.Visit([]*packages.Package{p}, func(q *packages.Package) bool {
		if c.depSeen[q.ID] {
			return false
		}
		c.depSeen[q.ID] = true
		return true
	}, func(q *packages.Package) {
		for _, e := range q.Errors {
			c.depErrs = append(c.depErrs, parsePackagesError(e))
		}
	})
}

// errors returns every error met, those of the analysed packages first.
func (c *checker) errors(roots []*checkedPkg) []pkgError {
	var out []pkgError
	for _, cp := range roots {
		out = append(out, cp.errs...)
	}
	for _, cp := range c.checked {
		if !slices.Contains(roots, cp) {
			out = append(out, cp.errs...)
		}
	}
	return append(out, c.depErrs...)
}

// rootErrors returns the errors of the analysed packages themselves.
func (c *checker) rootErrors(roots []*checkedPkg) []pkgError {
	var out []pkgError
	for _, cp := range roots {
		out = append(out, cp.errs...)
	}
	return out
}

// atoi is strconv.Atoi for digits already matched, "" being 0.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// parsePackagesError splits a go/packages error position "file:line:col".
func parsePackagesError(e packages.Error) pkgError {
	pe := pkgError{Msg: e.Msg}
	if e.Pos == "" || e.Pos == "-" {
		return pe
	}
	if m := posRE.FindStringSubmatch(e.Pos); m != nil {
		pe.File, pe.Line, pe.Col = m[1], atoi(m[2]), atoi(m[3])
	}
	return pe
}

// runPass runs a on cp the way the go/analysis checker does, except that
// Pass.ReadFile reads the editor's buffers. A panic in the analyzer is an
// error, not a crash of the server.
func runPass(a *analysis.Analyzer, fset *token.FileSet, cp *checkedPkg, read func(string) ([]byte, error)) (diags []analysis.Diagnostic, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error analysing %s: %v\n%s", cp.meta.PkgPath, r, debug.Stack())
		}
	}()
	p := cp.meta
	module := &analysis.Module{}
	if p.Module != nil {
		module = analysisModule(p.Module)
	}
	readable := make(map[string]bool)
	for _, files := range [][]string{p.GoFiles, p.CompiledGoFiles, p.OtherFiles, p.IgnoredFiles, p.EmbedFiles} {
		for _, f := range files {
			readable[f] = true
		}
	}
	pass := &analysis.Pass{
		Analyzer:     a,
		Fset:         fset,
		Files:        cp.files,
		OtherFiles:   p.OtherFiles,
		IgnoredFiles: p.IgnoredFiles,
		Pkg:          cp.types,
		TypesInfo:    cp.info,
		TypesSizes:   p.TypesSizes,
		Module:       module,
		ResultOf:     map[*analysis.Analyzer]any{},
		Report:       func(d analysis.Diagnostic) { diags = append(diags, d) },
		ReadFile: func(name string) ([]byte, error) {
			if src, ok := cp.src[name]; ok {
				return src, nil
			}
			if !readable[name] {
				return nil, fmt.Errorf("Pass.ReadFile: %s is not among OtherFiles, IgnoredFiles, or names of Files", name)
			}
			return read(name)
		},
		// Facts send an analysis down the overlay path (see engine.run).
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportObjectFact:  func(types.Object, analysis.Fact) {},
		ExportPackageFact: func(analysis.Fact) {},
		AllObjectFacts:    func() []analysis.ObjectFact { return nil },
		AllPackageFacts:   func() []analysis.PackageFact { return nil },
	}
	if _, err := a.Run(pass); err != nil {
		return nil, err
	}
	return diags, nil
}

// analysisModule converts go/packages module information, as the go/analysis
// checker does.
func analysisModule(m *packages.Module) *analysis.Module {
	if m == nil {
		return nil
	}
	var modErr *analysis.ModuleError
	if m.Error != nil {
		modErr = &analysis.ModuleError{Err: m.Error.Err}
	}
	return &analysis.Module{
		Path:      m.Path,
		Version:   m.Version,
		Replace:   analysisModule(m.Replace),
		Time:      m.Time,
		Main:      m.Main,
		Indirect:  m.Indirect,
		Dir:       m.Dir,
		GoMod:     m.GoMod,
		GoVersion: m.GoVersion,
		Error:     modErr,
	}
}
