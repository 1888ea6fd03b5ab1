package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/sdk"
	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// maxVia bounds the chains of wrappers that are followed.
const maxVia = 8

// noteWrapper records the function that sends req as a wrapper when a
// string parameter of it, unchanged, is a hole of the prompt.
func (c *checker) noteWrapper(req *request.Request, p evaluatedPrompt) {
	if !p.ok {
		return
	}
	at := requestNode(req)
	fn, decl := c.declAround(at)
	if fn == nil || c.wrappers[fn] != nil {
		return
	}
	pieces, ok := c.wrapperPieces(p.value, fn, decl)
	if !ok {
		return
	}
	_, suppressed := c.rep.suppression(promptcheck.LegacyAPI, at.Pos())
	root := wrapperRoot{at: at.Pos(), module: c.modulePath(), suppressed: suppressed}
	c.addWrapper(fn, &wrapperFact{Sends: sends(req), At: c.shortPos(at.Pos()), Pieces: pieces, Module: root.module, Suppressed: suppressed}, root)
}

// sends describes what a wrapper of req does, after the wrapper's name.
func sends(req *request.Request) string {
	if req.Call != nil && req.Entry != nil {
		return "calls " + req.Entry.Func() + " (legacy Text Completions)"
	}
	if req.Body != "" {
		return "builds a legacy Text Completions request body (" + req.Body + ")"
	}
	return "sends a legacy Text Completions request"
}

func (c *checker) addWrapper(fn *types.Func, w *wrapperFact, root wrapperRoot) {
	if c.wrappers == nil {
		c.wrappers = make(map[*types.Func]*wrapperFact)
		c.wrapperRoots = make(map[*types.Func]wrapperRoot)
	}
	c.wrappers[fn] = w
	c.wrapperRoots[fn] = root
	c.wrapperOrder = append(c.wrapperOrder, fn)
}

// declAround returns the function declaration around n.
func (c *checker) declAround(n ast.Node) (*types.Func, *ast.FuncDecl) {
	if n == nil {
		return nil, nil
	}
	cur, ok := c.root.FindByPos(n.Pos(), n.End())
	if !ok {
		return nil, nil
	}
	for dc := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		decl := dc.Node().(*ast.FuncDecl)
		fn, _ := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
		if fn == nil || decl.Body == nil {
			return nil, nil
		}
		return fn, decl
	}
	return nil, nil
}

// shortPos renders pos as file.go:line.
func (c *checker) shortPos(pos token.Pos) string {
	p := c.pass.Fset.Position(pos)
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

// wrapperPieces turns v into a wrapper template: each hole that is a string
// parameter of fn, used as is and never reassigned in decl, becomes that
// parameter. ok is false when no hole is such a parameter.
func (c *checker) wrapperPieces(v strval.Value, fn *types.Func, decl *ast.FuncDecl) ([]wrapperPiece, bool) {
	pieces := make([]wrapperPiece, 0, len(v.Pieces))
	found := false
	for _, p := range v.Pieces {
		if !p.IsHole() {
			pieces = append(pieces, wrapperPiece{Text: p.Text, Param: -1})
			continue
		}
		i := c.paramIndex(p, fn, decl)
		found = found || i >= 0
		pieces = append(pieces, wrapperPiece{Hole: true, Param: i})
	}
	return pieces, found && !v.Truncated
}

// paramIndex returns the index of the parameter of fn that the hole p is,
// or -1. A parameter the function changes (prompt = prefix + prompt) is one
// where strval read it before any change (Entry).
func (c *checker) paramIndex(p strval.Piece, fn *types.Func, decl *ast.FuncDecl) int {
	id, ok := ast.Unparen(p.Hole).(*ast.Ident)
	if !ok || p.Stmt != nil || p.Verb != "" && p.Verb != "%s" && p.Verb != "%v" {
		return -1
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return -1
	}
	sig := fn.Signature()
	for i := range sig.Params().Len() {
		if sig.Params().At(i) != v {
			continue
		}
		if sig.Variadic() && i == sig.Params().Len()-1 || !isStringType(v.Type()) || !p.Entry && c.defs().Changed(v, decl.Body) {
			return -1
		}
		return i
	}
	return -1
}

func isStringType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// importedWrapper returns the wrapper fact of a function of another
// package, when facts are enabled and some dependency declares wrappers.
func (c *checker) importedWrapper(fn *types.Func, reachable bool) *wrapperFact {
	if !reachable {
		return nil
	}
	w := new(wrapperFact)
	if c.pass.ImportObjectFact(fn, w) {
		return w
	}
	return nil
}

// findWrapperCalls checks every call of a wrapper as if it called the API.
// A caller that passes its own parameter on becomes a wrapper too, so calls
// are revisited until no new wrapper appears.
func (c *checker) findWrapperCalls(root inspector.Cursor) {
	imported := wrappersReachable(c.pass, c.cfg)
	if len(c.wrappers) == 0 && !imported {
		return
	}
	// Calls of this package's functions wait until their callee becomes a
	// wrapper; calls of imported wrappers carry the fact.
	type pending struct {
		cur  inspector.Cursor
		call *ast.CallExpr
		fn   *types.Func
		w    *wrapperFact
	}
	var calls []pending
	for cur := range root.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
		if !ok || fn.Pkg() == nil || c.rep.skipped(call.Pos()) {
			continue
		}
		fn = fn.Origin()
		if fn.Pkg() == c.pass.Pkg {
			calls = append(calls, pending{cur: cur, call: call, fn: fn})
		} else if w := c.importedWrapper(fn, imported); w != nil {
			calls = append(calls, pending{cur, call, fn, w})
		}
	}
	var imports wrapperCalls
	for round := 0; round <= maxVia; round++ {
		before := len(c.wrappers)
		rest := calls[:0]
		for _, p := range calls {
			if w := cmp.Or(p.w, c.wrappers[p.fn]); w != nil {
				c.checkWrapperCall(p.cur, p.call, p.fn, w, &imports)
			} else {
				rest = append(rest, p)
			}
		}
		calls = rest
		if len(c.wrappers) == before {
			break
		}
	}
	c.reportWrapperCalls(imports)
}

// checkWrapperCall checks a call of wrapper fn: the prompt findings of the
// caller's argument substituted into the wrapper's template are reported at
// the caller's bytes; the call itself is a related place of the request the
// wrapper sends (wrapperCaller).
func (c *checker) checkWrapperCall(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, w *wrapperFact, out *wrapperCalls) {
	name := c.funcName(fn)
	v, arg := c.substitute(call, w)
	own := make(map[string]bool)
	for _, fd := range promptcheck.Check(wrapperTemplate(w)) {
		own[string(fd.Category)+"\x00"+fd.Message] = true
	}
	for _, fd := range promptcheck.Check(v.Template()) {
		pos, ok := token.NoPos, false
		if !fd.Whole {
			pos, ok = v.PosOf(fd.At)
		}
		// Bytes of the wrapper's own text have no position, its opaque holes
		// the call's: findings there that the wrapper has alone are
		// reported at the wrapper, not at every caller.
		if !ok || pos == call.Pos() {
			if own[string(fd.Category)+"\x00"+fd.Message] {
				continue
			}
			pos = arg.Pos()
		}
		c.rep.report(diagnostic(fd.Rule, pos, token.NoPos, fd.Message))
	}
	root := c.rootOf(fn, w)
	c.wrapperCaller(call, name, w, root, out)
	c.noteChain(cur, v, name, w, root)
}

// wrapperLib describes wrapper calls for reports.
var wrapperLib = &sdk.Library{Name: "wrapper function", Kind: sdk.Wrapper}

// noteChain records the caller as a wrapper when it passes its own
// parameter into the wrapper's prompt.
func (c *checker) noteChain(cur inspector.Cursor, v strval.Value, name string, w *wrapperFact, root wrapperRoot) {
	if len(w.Via) >= maxVia {
		return
	}
	fn, decl := c.declAround(cur.Node())
	if fn == nil || c.wrappers[fn] != nil {
		return
	}
	pieces, ok := c.wrapperPieces(v, fn, decl)
	if !ok {
		return
	}
	c.addWrapper(fn, &wrapperFact{Sends: w.Sends, At: w.At, Via: append([]string{name}, w.Via...), Pieces: pieces, Module: c.modulePath(), Suppressed: root.suppressed}, root)
}

// substitute evaluates the wrapper's template at a call: each parameter
// hole becomes the value of the caller's argument, with its positions. The
// wrapper's text has no positions; its other holes are the call's Fun. arg
// is where findings about the prompt as a whole are reported.
func (c *checker) substitute(call *ast.CallExpr, w *wrapperFact) (strval.Value, ast.Node) {
	var arg ast.Node = call
	var out strval.Value
	args := make(map[int]strval.Value)
	for _, wp := range w.Pieces {
		switch {
		case !wp.Hole:
			out.Pieces = appendPiece(out.Pieces, strval.Piece{Text: wp.Text, Pos: make([]token.Pos, len(wp.Text))})
		case wp.Param >= 0 && wp.Param < len(call.Args) && !call.Ellipsis.IsValid():
			e := call.Args[wp.Param]
			if arg == call {
				arg = e
			}
			av, ok := args[wp.Param]
			if !ok {
				av = c.eval.Eval(e, c.funcAt(e))
				args[wp.Param] = av
			}
			for _, p := range av.Pieces {
				out.Pieces = appendPiece(out.Pieces, p)
			}
			out.Truncated = out.Truncated || av.Truncated
		default:
			out.Pieces = append(out.Pieces, strval.Piece{Hole: call.Fun})
		}
	}
	return out, arg
}

// appendPiece appends p, merging adjacent literal text as strval does.
func appendPiece(ps []strval.Piece, p strval.Piece) []strval.Piece {
	if n := len(ps); n > 0 && !p.IsHole() && !ps[n-1].IsHole() {
		last := ps[n-1]
		ps[n-1] = strval.Piece{Text: last.Text + p.Text, Pos: slices.Concat(last.Pos, p.Pos)}
		return ps
	}
	if !p.IsHole() && p.Text == "" {
		return ps
	}
	return append(ps, p)
}

// wrapperTemplate is the wrapper's template as the wrapper itself sees it.
func wrapperTemplate(w *wrapperFact) promptcheck.Template {
	t := make(promptcheck.Template, len(w.Pieces))
	for i, p := range w.Pieces {
		t[i] = promptcheck.Piece{Text: p.Text, Hole: p.Hole}
	}
	return t
}

// funcName names fn as the caller sees it: Ask, Client.Ask, llm.Ask.
func (c *checker) funcName(fn *types.Func) string {
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	if fn.Pkg() != c.pass.Pkg {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}

// exportWrappers publishes this package's wrappers to its importers.
func (c *checker) exportWrappers() {
	if !c.cfg.Wrappers || len(c.wrapperOrder) == 0 {
		return
	}
	for _, fn := range c.wrapperOrder {
		c.pass.ExportObjectFact(fn, c.wrappers[fn])
	}
	c.pass.ExportPackageFact(&wrapperPackageFact{Wrappers: len(c.wrapperOrder)})
}
