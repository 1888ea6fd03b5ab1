package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/strval"
)

// messagesVersion is the anthropic-version the Messages API takes.
const messagesVersion = "2023-06-01"

// rewriteTransport moves what carries the request: the Bedrock model id, or
// the endpoint URL and the anthropic-version header.
func (f *structRewrite) rewriteTransport() error {
	if f.b.Bedrock {
		if note := (&bodyRewrite{f.fixer}).mapBedrockModel(f.b.Model); note != "" {
			f.notes = append(f.notes, note)
		}
		return nil
	}
	if err := f.rewriteEndpoints(); err != nil {
		return err
	}
	f.rewriteVersionHeaders()
	return nil
}

// rewriteEndpoints turns the final "/complete" of every legacy URL in the
// request's functions into "/messages". With none there, a path literal
// ending in /v1/complete that those functions hand to a helper is the URL.
func (f *structRewrite) rewriteEndpoints() error {
	seen := map[token.Pos]bool{}
	n := 0
	for _, ep := range f.b.Endpoints {
		if ep.Fn == nil || !f.inFuncs(ep.Fn.Pos()) {
			continue
		}
		start, end, err := f.urlComplete(ep.URL)
		if err != nil {
			return err
		}
		n++
		if !seen[start] {
			seen[start] = true
			f.edits = append(f.edits, analysis.TextEdit{Pos: start, End: end, NewText: []byte("messages")})
		}
	}
	if n > 0 {
		return nil
	}
	var paths []*ast.BasicLit
	for _, fn := range f.resp.funcs {
		ast.Inspect(fn, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && strings.HasSuffix(f.constString(lit), "/v1/complete") {
				paths = append(paths, lit)
			}
			return true
		})
	}
	if len(paths) != 1 || !strings.HasSuffix(paths[0].Value, `/v1/complete"`) && !strings.HasSuffix(paths[0].Value, "/v1/complete`") {
		return request.NoFix(request.EndpointElsewhere)
	}
	end := paths[0].End() - 1
	f.edits = append(f.edits, analysis.TextEdit{Pos: end - token.Pos(len("complete")), End: end, NewText: []byte("messages")})
	return nil
}

// urlComplete returns the source range of the final "complete" of a URL:
// plain literal text in a function of the request, or in a constant of the
// file that only those functions use.
func (f *structRewrite) urlComplete(ep strval.Value) (token.Pos, token.Pos, error) {
	if len(ep.Pieces) == 0 {
		return 0, 0, request.NoFix(request.EndpointElsewhere)
	}
	last := ep.Pieces[len(ep.Pieces)-1]
	const word = "complete"
	if last.IsHole() || !strings.HasSuffix(last.Text, "/"+word) || len(last.Pos) != len(last.Text) {
		return 0, 0, request.NoFix(request.EndpointNotLiteral)
	}
	pos := last.Pos[len(last.Pos)-len(word):]
	for i, p := range pos {
		if !p.IsValid() || i > 0 && p != pos[i-1]+1 {
			return 0, 0, request.NoFix(request.EndpointNotPlain)
		}
	}
	start, end := pos[0], pos[len(pos)-1]+1
	if f.inFuncs(start) {
		return start, end, nil
	}
	if c := f.constAt(start); c != nil && f.onlyUsedInFuncs(c) {
		return start, end, nil
	}
	return 0, 0, request.NoFix(request.EndpointSpelledElsewhere, f.place(start))
}

// constAt returns the package-level constant of the file whose value is
// spelled at pos.
func (f *structRewrite) constAt(pos token.Pos) *types.Const {
	if !containsPos(f.file, pos) {
		return nil
	}
	for _, d := range f.file.Decls {
		gen, ok := d.(*ast.GenDecl)
		if !ok || gen.Tok != token.CONST || !containsPos(gen, pos) {
			continue
		}
		for _, spec := range gen.Specs {
			vs, ok := spec.(*ast.ValueSpec)
			if !ok {
				continue
			}
			for i, v := range vs.Values {
				if containsPos(v, pos) && i < len(vs.Names) {
					c, _ := f.pass.TypesInfo.Defs[vs.Names[i]].(*types.Const)
					return c
				}
			}
		}
	}
	return nil
}

func (f *structRewrite) onlyUsedInFuncs(obj types.Object) bool {
	for _, id := range f.defs().Uses(obj) {
		if !f.inFuncs(id.Pos()) {
			return false
		}
	}
	return true
}

// rewriteVersionHeaders sets the anthropic-version header of the file's
// requests to the version the Messages API takes, where it is a literal of
// another version: req.Header.Set("anthropic-version", "2023-01-01"), or an
// entry of an http.Header literal.
func (f *structRewrite) rewriteVersionHeaders() {
	seen := map[ast.Node]bool{}
	fix := func(v ast.Expr) {
		s := f.constString(v)
		if s == "" || s == messagesVersion {
			return
		}
		lit := f.versionLiteral(v)
		if lit == nil {
			f.notes = append(f.notes, "set the anthropic-version header to "+messagesVersion)
			return
		}
		if !seen[lit] {
			seen[lit] = true
			f.replace(lit, strconv.Quote(messagesVersion))
		}
	}
	isVersion := func(e ast.Expr) bool { return strings.EqualFold(f.constString(e), "anthropic-version") }
	ast.Inspect(f.file, func(n ast.Node) bool {
		if fd, ok := n.(*ast.FuncDecl); ok && f.holdsOther(fd) {
			return false // another legacy request keeps its version
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if ok && (sel.Sel.Name == "Set" || sel.Sel.Name == "Add") && len(n.Args) == 2 && isVersion(n.Args[0]) && f.isHeader(sel.X) {
				fix(n.Args[1])
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == 1 && len(n.Rhs) == 1 {
				if ix, ok := ast.Unparen(n.Lhs[0]).(*ast.IndexExpr); ok && isVersion(ix.Index) && f.isHeader(ix.X) {
					f.headerValues(n.Rhs[0], fix)
				}
			}
		case *ast.KeyValueExpr:
			if lit, ok := f.parents[n].(*ast.CompositeLit); ok && f.isHeader(lit) && isVersion(n.Key) {
				f.headerValues(n.Value, fix)
			}
		}
		return true
	})
}

// headerValues calls fix on each value of a header's []string{...}.
func (f *structRewrite) headerValues(e ast.Expr, fix func(ast.Expr)) {
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		for _, v := range lit.Elts {
			fix(v)
		}
	}
}

// isHeader reports whether e is a net/http Header.
func (f *structRewrite) isHeader(e ast.Expr) bool {
	t := f.pass.TypesInfo.TypeOf(e)
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "net/http" && named.Obj().Name() == "Header"
}

// versionLiteral returns the string literal that spells a version value: the
// value itself, or the value of the file's constant it names.
func (f *structRewrite) versionLiteral(v ast.Expr) *ast.BasicLit {
	switch v := ast.Unparen(v).(type) {
	case *ast.BasicLit:
		return v
	case *ast.Ident:
		c, ok := f.pass.TypesInfo.Uses[v].(*types.Const)
		if !ok || !containsPos(f.file, c.Pos()) {
			return nil
		}
		path, _ := astutil.PathEnclosingInterval(f.file, c.Pos(), c.Pos())
		for _, n := range path {
			if vs, ok := n.(*ast.ValueSpec); ok {
				for i, name := range vs.Names {
					if name.Pos() == c.Pos() && i < len(vs.Values) {
						lit, _ := ast.Unparen(vs.Values[i]).(*ast.BasicLit)
						return lit
					}
				}
			}
		}
	}
	return nil
}

// holdsOther reports whether n holds another legacy request of the package.
func (f *structRewrite) holdsOther(n ast.Node) bool {
	for _, o := range f.b.Others {
		if o != nil && containsPos(n, o.Pos()) {
			return true
		}
	}
	return false
}
