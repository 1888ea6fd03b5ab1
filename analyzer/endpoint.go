package analyzer

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// An endpoint is a request to the legacy endpoint found in a function: the
// call of net/http that takes the URL, and the URL's static value.
type endpoint struct {
	call *ast.CallExpr
	sink httpSink
	url  ast.Expr
	// value is the URL; the bytes of its final "complete" map to source
	// positions when the rewrite may edit them.
	value strval.Value
	// bodies are the literals the call sends as its body (related.go);
	// traced is false when the body could not be followed to them.
	bodies []ast.Node
	traced bool
	// linked is set once a body's legacy-api diagnostic names the URL: it
	// has none of its own.
	linked bool
}

// An httpSink is a function of net/http that takes a request URL.
type httpSink struct {
	recv, name string
	arg        int // index of the URL argument
	body       int // index of the body argument
}

var httpSinks = []httpSink{
	{"", "NewRequest", 1, 2},
	{"", "NewRequestWithContext", 2, 3},
	{"", "Post", 0, 2},
	{"Client", "Post", 0, 2},
}

// String names the sink as Go code does: http.Post, (*http.Client).Post.
func (s httpSink) String() string {
	if s.recv != "" {
		return "(*http." + s.recv + ")." + s.name
	}
	return "http." + s.name
}

// Headers whose presence on a request shows that Anthropic receives it.
var anthropicHeaders = []string{"anthropic-version", "x-api-key"}

// mayCallEndpoints is the gate of the URL search: the package imports
// net/http and a file mentions "complete" (the endpoint's last element).
func mayCallEndpoints(pass *analysis.Pass) bool {
	if httpPackage(pass.Pkg) == nil {
		return false
	}
	for _, f := range pass.Files {
		if fileMentions(pass, f, "complete") {
			return true
		}
	}
	return false
}

func httpPackage(pkg *types.Package) *types.Package {
	for _, imp := range pkg.Imports() {
		if imp.Path() == "net/http" {
			return imp
		}
	}
	return nil
}

// fileMentions reports whether the source of f contains one of markers.
// Searching the file's bytes is far cheaper than walking its syntax tree;
// when the driver cannot read files, the string literals (struct tags
// included) are searched instead.
func fileMentions(pass *analysis.Pass, f *ast.File, markers ...string) bool {
	if pass.ReadFile != nil {
		if src, err := pass.ReadFile(pass.Fset.File(f.FileStart).Name()); err == nil {
			return slices.ContainsFunc(markers, func(m string) bool { return bytes.Contains(src, []byte(m)) })
		}
	}
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok {
			found = slices.ContainsFunc(markers, func(m string) bool { return strings.Contains(lit.Value, m) })
		}
		return !found
	})
	return found
}

// findEndpoints finds every URL of the legacy endpoint given to net/http,
// with the body literals sent to it, and remembers them by function for the
// body rewrite. A URL is reported as a related place of its body's
// diagnostic, or on its own when no body is found (reportBareEndpoints).
func (c *checker) findEndpoints(root inspector.Cursor) {
	sinks := resolveSinks(httpPackage(c.pass.Pkg))
	if len(sinks) == 0 {
		return
	}
	for cur := range root.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
		if !ok {
			continue
		}
		sink, ok := sinks[fn]
		if !ok || sink.arg >= len(call.Args) || c.rep.skipped(call.Pos()) {
			continue
		}
		scope := enclosingFunc(cur)
		ep := &endpoint{call: call, sink: sink, url: call.Args[sink.arg]}
		ep.value = c.urlValue(ep.url, scope)
		if !c.legacyEndpoint(ep, scope) {
			continue
		}
		if sink.body < len(call.Args) {
			ep.bodies, ep.traced = c.sentBodies(call.Args[sink.body], scope, call.Pos(), maxHops)
		}
		if c.endpoints == nil {
			c.endpoints = make(map[ast.Node][]*endpoint)
		}
		c.endpoints[scope] = append(c.endpoints[scope], ep)
	}
}

// reportBareEndpoints reports the URLs that no body's diagnostic names:
// their request is found by its URL alone.
func (c *checker) reportBareEndpoints() {
	for _, eps := range c.endpoints {
		for _, ep := range eps {
			if ep.linked {
				continue
			}
			c.rep.describe(ep.url.Pos(), entryRef{lib: handWritten}, request.NoFix(request.EndpointBodyUnknown))
			c.rep.report(diagnostic(promptcheck.RuleLegacyEndpoint, ep.url.Pos(), ep.url.End(),
				fmt.Sprintf("%s is the legacy Text Completions endpoint; migrate to the Messages API (POST /v1/messages): %s", renderURL(ep.value), migrationGuide)))
		}
	}
}

func resolveSinks(http *types.Package) map[*types.Func]httpSink {
	if http == nil {
		return nil
	}
	sinks := make(map[*types.Func]httpSink, len(httpSinks))
	for _, s := range httpSinks {
		if fn := lookupFunc(http, s.recv, s.name); fn != nil {
			sinks[fn] = s
		}
	}
	return sinks
}

// legacyEndpoint decides whether a URL is Anthropic's /v1/complete. The path
// must end in /complete; then an Anthropic host, an Anthropic header on the
// request, or (unless the host is another provider's) the path /v1/complete
// is enough.
func (c *checker) legacyEndpoint(ep *endpoint, fn ast.Node) bool {
	path, ok := lastText(ep.value)
	if !ok || !strings.HasSuffix(path, "/complete") {
		return false
	}
	host, known := urlHost(ep.value)
	switch {
	case known && isAnthropicHost(host):
		return true
	case c.anthropicHeaders(ep.call, fn):
		return true
	case known && !isLocalHost(host):
		return false // another provider's completions endpoint
	}
	return strings.HasSuffix(path, "/v1/complete")
}

// lastText returns the literal text at the end of the URL; ok is false when
// the URL ends in a hole.
func lastText(v strval.Value) (string, bool) {
	if len(v.Pieces) == 0 || v.Truncated {
		return "", false
	}
	last := v.Pieces[len(v.Pieces)-1]
	if last.IsHole() {
		return "", false
	}
	// A URL ending in a hole joined with "/complete" has the hole's own
	// path before it; the literal text is what we know.
	return last.Text, true
}

// urlHost returns the host of a URL whose scheme and host are literal.
func urlHost(v strval.Value) (string, bool) {
	if len(v.Pieces) == 0 || v.Pieces[0].IsHole() {
		return "", false
	}
	s := v.Pieces[0].Text
	_, rest, ok := strings.Cut(s, "://")
	if !ok {
		return "", false
	}
	host, _, hasPath := strings.Cut(rest, "/")
	if !hasPath && len(v.Pieces) > 1 {
		return "", false // the host continues in a hole
	}
	host, _, _ = strings.Cut(host, ":")
	return strings.ToLower(host), host != ""
}

func isAnthropicHost(host string) bool {
	return host == "anthropic.com" || strings.HasSuffix(host, ".anthropic.com")
}

// isLocalHost reports hosts of proxies and test servers, which say nothing
// about the provider behind them.
func isLocalHost(host string) bool {
	return host == "localhost" || host == "127.0.0.1" || strings.HasPrefix(host, "[") || strings.HasSuffix(host, ".local")
}

// renderURL spells a URL for messages, holes as <expression>.
func renderURL(v strval.Value) string {
	var b strings.Builder
	for _, p := range v.Pieces {
		if p.IsHole() {
			b.WriteString("<" + types.ExprString(p.Hole) + ">")
			continue
		}
		b.WriteString(p.Text)
	}
	return `"` + b.String() + `"`
}

// urlValue evaluates a URL argument. Besides what strval follows, a local
// set once by u, err := url.JoinPath(base, elem...) is read as the join.
func (c *checker) urlValue(e ast.Expr, fn ast.Node) strval.Value {
	if join := c.joinPathCall(e, fn); join != nil {
		return c.joinValue(join, fn)
	}
	return c.eval.Eval(e, fn)
}

// joinPathCall returns the url.JoinPath call that defines the local e.
func (c *checker) joinPathCall(e ast.Expr, fn ast.Node) *ast.CallExpr {
	join := c.resultOf(e, fn, e.Pos())
	if join == nil || join.Ellipsis.IsValid() {
		return nil
	}
	callee, ok := typeutil.Callee(c.pass.TypesInfo, join).(*types.Func)
	if !ok || callee.Pkg() == nil || callee.Pkg().Path() != "net/url" || callee.Name() != "JoinPath" || callee.Signature().Recv() != nil {
		return nil
	}
	return join
}

// joinValue evaluates url.JoinPath(base, elem...) as base and the elements
// joined by single slashes.
func (c *checker) joinValue(join *ast.CallExpr, fn ast.Node) strval.Value {
	var out strval.Value
	for i, arg := range join.Args {
		v := c.eval.Eval(arg, fn)
		out.Truncated = out.Truncated || v.Truncated
		if i > 0 && !endsWithSlash(out) && !startsWithSlash(v) {
			out.Pieces = appendText(out.Pieces, strval.Piece{Text: "/", Pos: []token.Pos{token.NoPos}})
		}
		for _, p := range v.Pieces {
			out.Pieces = appendText(out.Pieces, p)
		}
	}
	return out
}

func endsWithSlash(v strval.Value) bool {
	n := len(v.Pieces)
	return n > 0 && !v.Pieces[n-1].IsHole() && strings.HasSuffix(v.Pieces[n-1].Text, "/")
}

func startsWithSlash(v strval.Value) bool {
	return len(v.Pieces) > 0 && !v.Pieces[0].IsHole() && strings.HasPrefix(v.Pieces[0].Text, "/")
}

// appendText appends p, merging literal text into a literal piece before it.
func appendText(ps []strval.Piece, p strval.Piece) []strval.Piece {
	if n := len(ps); n > 0 && !p.IsHole() && !ps[n-1].IsHole() {
		last := ps[n-1]
		last.Text += p.Text
		last.Pos = append(append([]token.Pos(nil), last.Pos...), p.Pos...)
		ps[n-1] = last
		return ps
	}
	return append(ps, p)
}

// anthropicHeaders reports whether the request that call builds gets an
// Anthropic header in fn: req.Header.Set("anthropic-version", ...),
// req.Header.Add("x-api-key", ...) or req.Header["x-api-key"] = ....
func (c *checker) anthropicHeaders(call *ast.CallExpr, fn ast.Node) bool {
	if fn == nil {
		return false
	}
	req := c.resultVar(call, fn)
	if req == nil {
		return false
	}
	info := c.pass.TypesInfo
	isHeaderOf := func(e ast.Expr) bool {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Header" {
			return false
		}
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		return ok && info.Uses[id] == req
	}
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if ok && (sel.Sel.Name == "Set" || sel.Sel.Name == "Add") && len(n.Args) == 2 && isHeaderOf(sel.X) {
				found = found || c.isAnthropicHeader(n.Args[0])
			}
		case *ast.IndexExpr:
			found = found || isHeaderOf(n.X) && c.isAnthropicHeader(n.Index)
		}
		return !found
	})
	return found
}

func (c *checker) isAnthropicHeader(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	name := constant.StringVal(tv.Value)
	for _, h := range anthropicHeaders {
		if strings.EqualFold(name, h) {
			return true
		}
	}
	return false
}

// resultVar returns the local that the first result of call is assigned to:
// req in req, err := http.NewRequest(...).
func (c *checker) resultVar(call *ast.CallExpr, fn ast.Node) *types.Var {
	var v *types.Var
	ast.Inspect(fn, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 || ast.Unparen(as.Rhs[0]) != call || len(as.Lhs) == 0 {
			return v == nil
		}
		if id, ok := as.Lhs[0].(*ast.Ident); ok {
			v, _ = c.pass.TypesInfo.ObjectOf(id).(*types.Var)
		}
		return false
	})
	return v
}
