package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

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
	models  rewrite.Models
	// Hand-written bodies: request structs by type, literals already
	// reported through a Bedrock call.
	bodyLibs map[*types.Named]*sdk.Library
	claimed  map[*ast.CompositeLit]bool
	// URLs of the legacy endpoint by enclosing function (nil at package level).
	endpoints map[ast.Node][]*endpoint
	// Wrapper functions of this package, in the order found (wrapper.go).
	wrappers     map[*types.Func]*WrapperFact
	wrapperOrder []*types.Func
	// Legacy requests waiting for their diagnostic, and the constants
	// their models come from (targets.go).
	pending      []*pendingRequest
	modelOrigins map[token.Pos]*modelOrigin
}

type entryRef struct {
	lib   *sdk.Library
	entry *sdk.Entry
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	entries := resolveEntries(pass.Pkg)
	bodies := mayBuildBodies(pass)
	urls, langchaingo := mayCallEndpoints(pass), mayUseLangchaingo(pass.Pkg)
	if len(entries) == 0 && !bodies && !urls && !langchaingo && !wrappersReachable(pass, cfg) {
		return &Result{}, nil // fast path: no target API is reachable from this package
	}
	// The inspector is built here rather than required from inspect.Analyzer:
	// a prerequisite would be computed for every package, also for the vast
	// majority that take the fast path above.
	insp := inspector.New(pass.Files)
	c := &checker{
		pass:    pass,
		cfg:     cfg,
		entries: entries,
		eval:    strval.New(pass.TypesInfo),
		rep:     newReporter(pass, cfg),
		models:  rewrite.Models{Map: cfg.mappedModel, Day: cfg.today()},
	}
	c.root = insp.Root()
	if urls {
		c.findEndpoints(c.root) // before the bodies, whose rewrite edits the URL
	}
	if langchaingo {
		c.findLangchaingo(c.root)
	}
	c.findCalls(c.root)
	if bodies {
		c.findBodies(c.root)
	}
	c.findWrapperCalls(c.root)
	c.finish()
	c.exportWrappers()
	c.rep.flush()
	return c.rep.result(), nil
}

// resolveEntries looks up the entry points of every library that pkg can
// reach, by object identity. A method can be called without importing its
// package (through a client returned by another package), so the whole
// dependency graph is searched, not only direct imports.
func resolveEntries(pkg *types.Package) map[*types.Func]entryRef {
	var found map[*types.Func]entryRef
	for _, dep := range typeutil.Dependencies(pkg.Imports()...) {
		for _, lib := range sdk.Libraries {
			if dep.Path() != lib.Path {
				continue
			}
			for i := range lib.Entries {
				e := &lib.Entries[i]
				if fn := lookupFunc(dep, e.Recv, e.Name); fn != nil {
					if found == nil {
						found = make(map[*types.Func]entryRef)
					}
					found[fn] = entryRef{lib, e}
				}
			}
		}
	}
	return found
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
