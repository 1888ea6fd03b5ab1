package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/promptcheck"
)

// One legacy request gets one legacy-api diagnostic, where its fix lands:
// the call that sends it, or the literal of a hand-written body. Its other
// places are the diagnostic's related information: the URL and the call
// of net/http a body is sent with, a request literal built away from its
// call, and the calls of a wrapper function that sends it.

// relateParts records the places of req other than its diagnostic's: for a
// hand-written body, each URL it is sent to and the call that takes it (the
// URL then has no diagnostic of its own); for a call, its request literal
// or Bedrock body when they are built elsewhere.
func (c *checker) relateParts(req *request.Request) {
	at := requestNode(req)
	if at == nil {
		return
	}
	if req.Call == nil {
		if req.Lit == nil {
			return
		}
		for _, ep := range c.endpointsOf(req) {
			ep.linked = true
			c.rep.relate(at.Pos(), ep.url, fmt.Sprintf("the request's URL, %s; the Messages API's is POST /v1/messages", renderURL(ep.value)))
			c.rep.relate(at.Pos(), ep.call, fmt.Sprintf("%s takes the request's URL and body", ep.sink))
		}
		return
	}
	lit, what := req.Lit, "the request's parameters"
	if req.Lib.Invoke {
		lit, what = c.bedrockBodyLit(req), "the request's body"
	}
	if lit != nil && !within(lit, req.Call) {
		c.rep.relate(at.Pos(), lit, what)
	}
}

// endpointsOf returns the legacy URLs a hand-written body is sent to: those
// whose call's body was followed to its literal and, when a call's body
// could not be followed, the one URL of the body's function.
func (c *checker) endpointsOf(req *request.Request) []*endpoint {
	var out []*endpoint
	for _, eps := range c.endpoints {
		for _, ep := range eps {
			if slices.Contains(ep.bodies, ast.Node(req.Lit)) {
				out = append(out, ep)
			}
		}
	}
	if len(out) > 0 || req.LitFn == nil {
		return out
	}
	if eps := c.endpoints[req.LitFn]; len(eps) == 1 && !eps[0].traced {
		return eps
	}
	return nil
}

// bodyCarriers are the functions whose result carries the bytes of their
// first argument on to a request body.
var bodyCarriers = map[string]bool{
	"encoding/json.Marshal": true, "encoding/json.MarshalIndent": true,
	"bytes.NewReader": true, "bytes.NewBuffer": true, "bytes.NewBufferString": true,
	"strings.NewReader": true, "io.NopCloser": true,
}

// sentBodies follows e, the body argument of a call of net/http in fn,
// back through readers, conversions, json.Marshal, locals defined once
// before use and helpers of the package that return the body, to the
// literals it is built from; a parameter of fn is followed to the
// arguments of fn's calls in this package. hops bounds the variables,
// parameters and helpers followed. traced is false when a path ends in
// something else (a buffer an encoder writes, a field, a result of another
// package's call).
func (c *checker) sentBodies(e ast.Expr, fn ast.Node, use token.Pos, hops int) (lits []ast.Node, traced bool) {
	if hops == 0 || e == nil {
		return nil, false
	}
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return c.sentBodies(e.X, fn, use, hops)
		}
	case *ast.CompositeLit:
		return []ast.Node{e}, true
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return c.sentBodies(e.Args[0], fn, use, hops) // string(b), []byte(s)
		}
		callee, ok := typeutil.Callee(info, e).(*types.Func)
		if ok && callee.Pkg() != nil && len(e.Args) > 0 && bodyCarriers[callee.Pkg().Path()+"."+callee.Name()] {
			return c.sentBodies(e.Args[0], fn, use, hops)
		}
		// A helper of the package that returns the body.
		if ok && callee.Pkg() == c.pass.Pkg {
			if decl := c.funcDecl(callee); decl != nil && decl.Body != nil {
				if ret := singleReturn(decl); ret != nil {
					return c.sentBodies(ret, decl, ret.End(), hops-1)
				}
			}
		}
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok || fn == nil {
			return nil, false
		}
		if i := c.paramOf(fn, v); i >= 0 {
			obj := c.pass.TypesInfo.Defs[fn.(*ast.FuncDecl).Name].(*types.Func)
			if sig := obj.Signature(); sig.Variadic() && i == sig.Params().Len()-1 {
				return nil, false
			}
			return c.argumentBodies(obj, i, hops-1)
		}
		if def, zero, ok := c.singleDefinition(v, use); ok && !zero {
			return c.sentBodies(def, fn, use, hops-1)
		}
		if call := c.resultOf(e, fn, use); call != nil {
			return c.sentBodies(call, fn, use, hops-1)
		}
	}
	return nil, false
}

// argumentBodies follows the argument i of every call of fn in this
// package to the body literals it is built from. A function no call of this
// package reaches is traced, with no body.
func (c *checker) argumentBodies(fn *types.Func, i int, hops int) (lits []ast.Node, traced bool) {
	calls, _ := c.callsOf(fn)
	traced = true
	for _, call := range calls {
		if i >= len(call.Args) || call.Ellipsis.IsValid() {
			continue
		}
		found, ok := c.sentBodies(call.Args[i], c.funcAt(call), call.Pos(), hops)
		lits = append(lits, found...)
		traced = traced && ok
	}
	return lits, traced
}

// A wrapperRoot is the legacy request a wrapper of this package sends:
// one of this package, whose legacy-api diagnostic is at at, or one behind
// imported, a wrapper of another package; module is the module of the code
// that reports it, and suppressed is set when a suppression comment covers
// that report.
type wrapperRoot struct {
	at         token.Pos
	imported   *types.Func
	module     string
	suppressed bool
}

// rootOf returns the root of wrapper fn with fact w: recorded for this
// package's wrappers, the function itself for another package's.
func (c *checker) rootOf(fn *types.Func, w *wrapperFact) wrapperRoot {
	if fn.Pkg() == c.pass.Pkg {
		return c.wrapperRoots[fn]
	}
	return wrapperRoot{imported: fn, module: w.Module, suppressed: w.Suppressed}
}

// modulePath is the path of the package's module, "" outside one.
func (c *checker) modulePath() string {
	if c.pass.Module == nil {
		return ""
	}
	return c.pass.Module.Path
}

// A wrapperCall is a call of a wrapper, name, with fact w.
type wrapperCall struct {
	call *ast.CallExpr
	name string
	w    *wrapperFact
}

// wrapperCalls are the calls of wrappers whose request's own diagnostic is
// not shown, by root.
type wrapperCalls map[wrapperRoot][]wrapperCall

// wrapperCaller records a call of a wrapper as a site of the analysis
// result, and as a related place of the diagnostic of the request it sends:
// the request's own when it is in this package. A request of another
// package of the same module has its diagnostic there. When the request's
// diagnostic is not shown (it is in another module, whose diagnostics this
// run does not show, or it is suppressed, to report the callers instead)
// the call is collected in out, for reportWrapperCalls.
func (c *checker) wrapperCaller(call *ast.CallExpr, name string, w *wrapperFact, root wrapperRoot, out *wrapperCalls) {
	c.rep.describe(call.Pos(), entryRef{lib: wrapperLib}, request.NoFix(request.WrapperCaller, name))
	switch {
	case root.suppressed || root.imported != nil && root.module != c.modulePath():
		if *out == nil {
			*out = make(wrapperCalls)
		}
		(*out)[root] = append((*out)[root], wrapperCall{call, name, w})
		return
	case root.imported == nil:
		c.rep.relate(root.at, call, callerNote(name, w))
	}
	c.rep.addSite(call.Pos(), false)
}

// reportWrapperCalls reports the calls of each request whose own
// diagnostic is not shown once per package: at the first call no
// suppression comment exempts, with the others as related places.
func (c *checker) reportWrapperCalls(calls wrapperCalls) {
	groups := slices.Collect(maps.Values(calls))
	for _, group := range groups {
		slices.SortFunc(group, func(a, b wrapperCall) int { return cmp.Compare(a.call.Pos(), b.call.Pos()) })
	}
	slices.SortFunc(groups, func(a, b []wrapperCall) int { return cmp.Compare(a[0].call.Pos(), b[0].call.Pos()) })
	for _, group := range groups {
		first := slices.IndexFunc(group, func(wc wrapperCall) bool {
			_, suppressed := c.rep.suppression(promptcheck.LegacyAPI, wc.call.Pos())
			return !suppressed
		})
		for i, wc := range group {
			if i == first {
				continue
			}
			c.rep.addSite(wc.call.Pos(), false)
			if first >= 0 {
				c.rep.relate(group[first].call.Pos(), wc.call, callerNote(wc.name, wc.w))
			}
		}
		if first < 0 {
			continue
		}
		wc := group[first]
		d := diagnostic(promptcheck.RuleLegacyWrapperCall, wc.call.Pos(), wc.call.End(),
			fmt.Sprintf("%s %s at %s%s; migrate it to the Messages API", wc.name, wc.w.Sends, wc.w.At, through(wc.w)))
		d.Related = c.rep.relatedOf(wc.call.Pos())
		c.rep.report(d)
	}
}

// callerNote is the related information of a call of a wrapper.
func callerNote(name string, w *wrapperFact) string {
	what := "sends this request"
	if strings.HasPrefix(w.Sends, "builds") {
		what = "builds this request's body"
	}
	return fmt.Sprintf("calls %s, which %s%s", name, what, through(w))
}

// through names the wrappers between w and its request: " through Ask".
func through(w *wrapperFact) string {
	if len(w.Via) == 0 {
		return ""
	}
	return " through " + strings.Join(w.Via, ", ")
}
