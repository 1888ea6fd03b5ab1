package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/completelint/completelint/internal/defuse"
	"github.com/completelint/completelint/internal/modver"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/sdk"
	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/rewrite"
)

// checker holds the per-package state of one run.
type checker struct {
	pass    *analysis.Pass
	cfg     *Config
	entries map[*types.Func]entryRef // the target API, resolved in this package's world
	eval    *strval.Evaluator
	rep     *reporter
	decls   map[*types.Func]*ast.FuncDecl // lazily built by funcDecl
	root    inspector.Cursor
	models  rewrite.Env
	// Hand-written bodies: request structs by type, literals already
	// reported through a Bedrock call.
	bodyLibs map[types.Type]*sdk.Library
	claimed  map[*ast.CompositeLit]bool
	// URLs of the legacy endpoint by enclosing function (nil at package level).
	endpoints map[ast.Node][]*endpoint
	// Wrapper functions of this package, in the order found (wrapper.go).
	wrappers     map[*types.Func]*wrapperFact
	wrapperRoots map[*types.Func]wrapperRoot
	wrapperOrder []*types.Func
	// Legacy requests waiting for their diagnostic, and the constants
	// their models come from (targets.go).
	pending      []*pendingRequest
	modelOrigins map[token.Pos]*modelOrigin
	fields       map[*types.Var]fieldWrites // writes of struct fields (fields.go)
	index        *defuse.Index              // built on first use (defs)
	// Whether the package calls a library's body options anywhere.
	bodyOptions map[*sdk.Library]bool
	// The module version of each library row matched by version.
	versions map[*sdk.Library]string
}

type entryRef struct {
	lib   *sdk.Library
	entry *sdk.Entry
}

// A source finds the legacy requests of one kind in a package. Its gate is
// cheap enough for every package (an import, a byte search of the files); a
// package no gate opens is left at once. after names the sources whose
// findings this one builds on, which run first.
type source struct {
	name  string
	gate  func(pass *analysis.Pass, cfg *Config, entries map[*types.Func]entryRef) bool
	find  func(c *checker, root inspector.Cursor)
	after []string
	// withOthers runs the source whenever another source's gate opens,
	// whatever its own gate says.
	withOthers bool
}

// sources are the ways a legacy request reaches the endpoint.
var sources = orderSources([]source{
	{
		// SDK calls, community SDKs and Bedrock's InvokeModel, which claims
		// the body it marshals so that the body is not reported again.
		name: "calls",
		gate: func(_ *analysis.Pass, _ *Config, entries map[*types.Func]entryRef) bool { return len(entries) > 0 },
		find: (*checker).findCalls,
	},
	{
		// URLs of /v1/complete given to net/http; a body's rewrite edits the
		// URL of its function.
		name: "endpoints",
		gate: func(pass *analysis.Pass, _ *Config, _ map[*types.Func]entryRef) bool { return mayCallEndpoints(pass) },
		find: (*checker).findEndpoints,
	},
	{
		name: "langchaingo",
		gate: func(pass *analysis.Pass, _ *Config, _ map[*types.Func]entryRef) bool {
			return mayUseLangchaingo(pass.Pkg)
		},
		find: (*checker).findLangchaingo,
	},
	{
		// Hand-written bodies not claimed by a call.
		name:  "bodies",
		gate:  func(pass *analysis.Pass, _ *Config, _ map[*types.Func]entryRef) bool { return mayBuildBodies(pass) },
		find:  (*checker).findBodies,
		after: []string{"calls", "endpoints"},
	},
	{
		// Callers of functions that wrap a legacy request: those found above
		// in this package, and, with -wrappers, in its dependencies.
		name: "wrappers",
		gate: func(pass *analysis.Pass, cfg *Config, _ map[*types.Func]entryRef) bool {
			return wrappersReachable(pass, cfg)
		},
		find:       (*checker).findWrapperCalls,
		after:      []string{"calls", "bodies"},
		withOthers: true,
	},
})

// orderSources puts every source after those it names in after.
func orderSources(in []source) []source {
	var out []source
	done := map[string]bool{}
	for len(out) < len(in) {
		progress := false
		for _, s := range in {
			if done[s.name] || slices.ContainsFunc(s.after, func(a string) bool { return !done[a] }) {
				continue
			}
			out, done[s.name], progress = append(out, s), true, true
		}
		if !progress {
			panic("analyzer: sources depend on each other in a cycle")
		}
	}
	return out
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	entries, versions := resolveEntries(pass.Pkg, pass.Fset)
	var open []source
	opened := false
	for _, s := range sources {
		gate := s.gate(pass, cfg, entries)
		opened = opened || gate
		if gate || s.withOthers {
			open = append(open, s)
		}
	}
	if !opened {
		return &Result{}, nil // fast path: no target API is reachable from this package
	}
	// The inspector is built here rather than required from inspect.Analyzer:
	// a prerequisite would be computed for every package, also for the vast
	// majority that take the fast path above.
	insp := inspector.New(pass.Files)
	if hasSyntaxErrors(insp.Root()) {
		return skip(cfg)
	}
	c := &checker{
		pass:    pass,
		cfg:     cfg,
		entries: entries,
		eval:    strval.New(pass.TypesInfo),
		rep:     newReporter(pass, cfg),
		models:  rewrite.Env{Map: cfg.mappedModel, Day: cfg.today()},
		// The versions of the libraries matched by version.
		versions: versions,
	}
	c.root = insp.Root()
	for _, s := range open {
		s.find(c, c.root)
	}
	c.finish()
	c.reportBareEndpoints()
	c.noteSinks()
	c.exportWrappers()
	c.rep.flush()
	return c.rep.result(), nil
}

// resolveEntries looks up the entry points of every library that pkg can
// reach, by object identity. A method can be called without importing its
// package (through a client returned by another package), so the whole
// dependency graph is searched, not only direct imports. A row limited to
// some versions of its module is matched when the dependency's version,
// read from its files' names in fset, is one of them; versions has the
// version of each such row matched.
func resolveEntries(pkg *types.Package, fset *token.FileSet) (found map[*types.Func]entryRef, versions map[*sdk.Library]string) {
	for _, dep := range typeutil.Dependencies(pkg.Imports()...) {
		for _, lib := range sdk.Libraries {
			if dep.Path() != lib.Path {
				continue
			}
			version := ""
			if lib.Module != "" {
				v, ok := depVersion(dep, lib, fset)
				if !ok || !modver.InRange(v, lib.Since, lib.Below) {
					continue
				}
				if versions == nil {
					versions = make(map[*sdk.Library]string)
				}
				versions[lib], version = v, v
			}
			for i := range lib.Entries {
				e := &lib.Entries[i]
				if version != "" && !modver.InRange(version, e.Since, e.Below) {
					continue
				}
				if fn := lookupFunc(dep, e.Recv, e.Name); fn != nil {
					if found == nil {
						found = make(map[*types.Func]entryRef)
					}
					found[fn] = entryRef{lib, e}
				}
			}
		}
	}
	return found, versions
}

// depVersion returns the version of lib's module that the package dep is
// from, by the file that declares one of its entry points.
func depVersion(dep *types.Package, lib *sdk.Library, fset *token.FileSet) (string, bool) {
	for _, e := range lib.Entries {
		if fn := lookupFunc(dep, e.Recv, e.Name); fn != nil && fn.Pos().IsValid() {
			return modver.FromFile(fset.PositionFor(fn.Pos(), false).Filename, lib.Module)
		}
	}
	return "", false
}

// lookupFunc finds a package-level function, or a method of a named type
// declared in pkg (with pointer or value receiver).
func lookupFunc(pkg *types.Package, recv, name string) *types.Func {
	if recv == "" {
		fn, _ := pkg.Scope().Lookup(name).(*types.Func)
		return fn
	}
	tn, ok := pkg.Scope().Lookup(recv).(*types.TypeName)
	if !ok {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), false, pkg, name)
	fn, _ := obj.(*types.Func)
	return fn
}

// enclosingFunc returns the innermost function declaration or literal
// around cur, or nil at package level.
func enclosingFunc(cur inspector.Cursor) ast.Node {
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return fc.Node()
	}
	return nil
}
