package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/modver"
	"github.com/completelint/completelint/internal/sdk"
)

// A dependency's own legacy requests make its functions sinks: a function
// that sends one whenever it runs, and a function that always calls such a
// function. With -wrappers, the exported sinks of a dependency module (a
// module of some version, not the one being linted) cross to its importers
// as wrapper facts without a prompt parameter, so that the calls of, say, an
// old SDK's Client.Ask are reported where the program makes them. "Always"
// keeps the sinks precise: a library that sends legacy requests only when
// asked to (langchaingo's WithLegacyTextCompletionsAPI, under an if) does
// not make its entry points sinks.

// noteSinks records the sinks of a dependency package as wrappers, for
// exportWrappers.
func (c *checker) noteSinks() {
	if !c.cfg.Wrappers {
		return
	}
	mod, version, ok := c.dependencyModule()
	if !ok {
		return
	}
	sends := "sends a legacy Text Completions request (" + mod + " " + version + ")"
	sinks := map[*types.Func]*wrapperFact{}
	var order []*types.Func
	add := func(fn *types.Func, w *wrapperFact) {
		if sinks[fn] == nil && c.wrappers[fn] == nil {
			sinks[fn] = w
			order = append(order, fn)
		}
	}
	for _, n := range c.requestNodes() {
		if fn, decl := c.declAround(n); fn != nil && c.always(decl, n) {
			add(fn, &wrapperFact{Sends: sends, At: c.shortPos(n.Pos())})
		}
	}
	imported := wrappersReachable(c.pass, c.cfg)
	for range maxVia {
		before := len(order)
		for cur := range c.root.Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			callee, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
			if !ok || callee.Pkg() == nil {
				continue
			}
			callee = callee.Origin()
			w := sinks[callee]
			if w == nil && callee.Pkg() != c.pass.Pkg {
				w = c.importedWrapper(callee, imported)
			}
			if w == nil || len(w.Via) >= maxVia {
				continue
			}
			if fn, decl := c.declAround(call); fn != nil && fn != callee && c.always(decl, call) {
				add(fn, &wrapperFact{Sends: w.Sends, At: w.At, Via: append([]string{c.funcName(callee)}, w.Via...)})
			}
		}
		if len(order) == before {
			break
		}
	}
	for _, fn := range order {
		if fn.Exported() && !c.tableEntry(fn) {
			// The request is the dependency's: its callers report it.
			sinks[fn].Module = mod
			c.addWrapper(fn, sinks[fn], wrapperRoot{module: mod})
		}
	}
}

// requestNodes are where this package's legacy requests are sent or built.
func (c *checker) requestNodes() []ast.Node {
	var out []ast.Node
	for _, p := range c.pending {
		if n := requestNode(p.req); n != nil {
			out = append(out, n)
		}
	}
	for _, eps := range c.endpoints {
		for _, ep := range eps {
			out = append(out, ep.call)
		}
	}
	return out
}

// always reports whether n runs whenever decl's body runs to it: it is
// not inside a branch of an if, switch or select, the right of && or ||,
// or a closure. Loops count as running.
func (c *checker) always(decl *ast.FuncDecl, n ast.Node) bool {
	cur, ok := c.root.FindByPos(n.Pos(), n.End())
	if !ok {
		return false
	}
	for ; cur.Node() != decl.Body && cur.Node() != nil; cur = cur.Parent() {
		switch k, _ := cur.ParentEdge(); k {
		case edge.IfStmt_Body, edge.IfStmt_Else, edge.CaseClause_Body, edge.CommClause_Body, edge.FuncLit_Body:
			return false
		case edge.BinaryExpr_Y:
			if op := cur.Parent().Node().(*ast.BinaryExpr).Op; op == token.LAND || op == token.LOR {
				return false
			}
		}
	}
	return cur.Node() == decl.Body
}

// tableEntry reports whether fn is an entry point of the table that this
// package matches, which is reported as such, not as a sink.
func (c *checker) tableEntry(fn *types.Func) bool {
	for _, lib := range sdk.Libraries {
		if lib.Path != c.pass.Pkg.Path() {
			continue
		}
		for _, e := range lib.Entries {
			if lookupFunc(c.pass.Pkg, e.Recv, e.Name) == fn {
				return true
			}
		}
	}
	return false
}

// dependencyModule returns the module path and version of the package when
// it belongs to a module of some version: a dependency, not the main module
// or a module replaced by a directory. The driver says so (pass.Module), or
// the package's file names do (internal/modver).
func (c *checker) dependencyModule() (path, version string, ok bool) {
	if m := c.pass.Module; m != nil && m.Path != "" {
		if m.Version == "" || m.Replace != nil && m.Replace.Version == "" {
			return "", "", false
		}
		return m.Path, m.Version, true
	}
	if len(c.pass.Files) == 0 {
		return "", "", false
	}
	name := c.pass.Fset.PositionFor(c.pass.Files[0].Pos(), false).Filename
	// The module is the package path or one of its prefixes.
	for p := c.pass.Pkg.Path(); p != "." && p != "/" && p != ""; p = parentPath(p) {
		if v, ok := modver.FromFile(name, p); ok {
			return p, v, true
		}
	}
	return "", "", false
}

func parentPath(p string) string {
	i := strings.LastIndexByte(p, '/')
	if i < 0 {
		return ""
	}
	return p[:i]
}
