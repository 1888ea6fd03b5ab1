package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
	"sync"
	"weak"

	"github.com/completelint/completelint/internal/request"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/completelint/completelint/internal/sdk"
	"github.com/completelint/completelint/promptcheck"
)

// migrationGuide is where diagnostics without an automatic rewrite send
// the reader.
const migrationGuide = "https://docs.anthropic.com/en/api/migrating-from-text-completions-to-messages"

// handWritten is the library of request bodies built by hand.
var handWritten = &sdk.Library{Name: "hand-written HTTP", Kind: sdk.HTTP, Rewrite: sdk.RewriteBody}

// legacyKeyMarkers are the strings whose presence in a package's literals
// (struct tags are literals too) lets it contain a hand-written legacy body.
var legacyKeyMarkers = []string{"max_tokens_to_sample", keyMaxTokensCamel, "Human:"}

// mayBuildBodies is the gate of the hand-written HTTP search, cheap enough
// for every package: a file of the package mentions a legacy key (struct
// tags and string literals are in the file's bytes; searching them is far
// cheaper than walking the syntax tree), or a directly imported package
// declares an exported struct tagged max_tokens_to_sample (a literal of a
// type names its package, so direct imports suffice).
func mayBuildBodies(pass *analysis.Pass) bool {
	for _, f := range pass.Files {
		if fileMentions(pass, f, legacyKeyMarkers...) {
			return true
		}
	}
	for _, imp := range pass.Pkg.Imports() {
		if !inTable(imp.Path()) && declaresLegacyTag(imp) {
			return true
		}
	}
	return false
}

// legacyTagged caches declaresLegacyTag per package: the same standard
// library packages are imported by most packages of a module. Keys are weak
// so that a long-lived driver (the LSP server) does not keep every loaded
// package alive.
var legacyTagged sync.Map // weak.Pointer[types.Package] -> bool

// declaresLegacyTag reports whether an exported struct type of pkg has a
// field tagged max_tokens_to_sample.
func declaresLegacyTag(pkg *types.Package) bool {
	key := weak.Make(pkg)
	if v, ok := legacyTagged.Load(key); ok {
		return v.(bool)
	}
	found := scanLegacyTag(pkg)
	legacyTagged.Store(key, found)
	return found
}

func scanLegacyTag(pkg *types.Package) bool {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := range st.NumFields() {
			if strings.Contains(st.Tag(i), `"max_tokens_to_sample`) {
				return true
			}
		}
	}
	return false
}

// findBodies reports every struct or map literal that builds a legacy
// request body by hand, unless a Bedrock call already claimed it.
func (c *checker) findBodies(root inspector.Cursor) {
	for cur := range root.Preorder((*ast.CompositeLit)(nil)) {
		lit := cur.Node().(*ast.CompositeLit)
		if c.claimed[lit] || c.rep.skipped(lit.Pos()) {
			continue
		}
		b := c.literalBody(lit)
		if b == nil {
			continue
		}
		fn := enclosingFunc(cur)
		if v := definedVar(c.pass.TypesInfo, cur); v != nil && fn != nil {
			fields, known := c.laterFields(v, fn, fn.End())
			b.fields, b.complete = append(b.fields, fields...), b.complete && known
		}
		if !c.legacy(b) {
			continue
		}
		c.claimNested(lit)
		req := &request.Request{Lib: handWritten, Lit: lit, LitFn: fn, Complete: b.complete, Body: b.desc, BodyKey: b.legacyKey()}
		req.Fields = c.checkKeys(b.fields)
		c.checkRequest(req)
	}
}

// claimNested claims the literals inside a reported body, so that a nested
// or embedded request literal is not reported twice.
func (c *checker) claimNested(lit *ast.CompositeLit) {
	ast.Inspect(lit, func(n ast.Node) bool {
		if inner, ok := n.(*ast.CompositeLit); ok && inner != lit {
			c.claim(inner)
		}
		return true
	})
}

// definedVar returns the local variable a literal initialises directly:
// v := T{...}, var v = T{...}, v := &T{...}.
func definedVar(info *types.Info, cur inspector.Cursor) *types.Var {
	node := cur.Node()
	parent := cur.Parent()
	if u, ok := parent.Node().(*ast.UnaryExpr); ok {
		node, parent = u, parent.Parent()
	}
	var id *ast.Ident
	switch p := parent.Node().(type) {
	case *ast.AssignStmt:
		for i, rhs := range p.Rhs {
			if rhs == node && len(p.Lhs) == len(p.Rhs) {
				id, _ = p.Lhs[i].(*ast.Ident)
			}
		}
	case *ast.ValueSpec:
		for i, val := range p.Values {
			if val == node && len(p.Names) == len(p.Values) {
				id = p.Names[i]
			}
		}
	}
	if id == nil {
		return nil
	}
	v, _ := info.ObjectOf(id).(*types.Var)
	return v
}

// describe says what builds the body and why it is a legacy one.
// legacyKey says what makes b a legacy body.
func (b *body) legacyKey() string {
	if !b.has(promptcheck.ParamMaxTokensToSample) {
		return "prompt for Claude"
	}
	return "max_tokens_to_sample"
}

// checkKeys reports JSON keys the legacy endpoint does not accept and
// returns the fields with those keys read as the token limit they meant,
// so that a misspelt limit is not reported again as missing.
func (c *checker) checkKeys(fields []request.Field) []request.Field {
	out := make([]request.Field, 0, len(fields))
	for _, f := range fields {
		var why string
		switch f.Param {
		case keyMaxTokens:
			why = `"max_tokens" is the Messages API's limit; the Text Completions endpoint ignores it and requires "max_tokens_to_sample"`
		case keyMaxTokensCamel:
			why = `"maxTokensToSample" is not an API key (JSON keys are snake_case); the endpoint ignores it and requires "max_tokens_to_sample"`
		default:
			out = append(out, f)
			continue
		}
		c.rep.report(diagnostic(promptcheck.RuleMaxTokensKey, f.Node.Pos(), f.Node.End(), why))
		f.Param = promptcheck.ParamMaxTokensToSample
		out = append(out, f)
	}
	return out
}

// legacyBody reports a hand-written body at the literal that builds it,
// with its rewrite or the note why there is none.
func (r *reporter) legacyBody(req *request.Request, fix *analysis.SuggestedFix, why error) {
	at := requestNode(req)
	if at == nil {
		return
	}
	r.describe(at.Pos(), entryRef{req.Lib, req.Entry}, why)
	msg := fmt.Sprintf("%s builds a legacy Text Completions request body (%s); migrate to the Messages API: %s", req.Body, req.BodyKey, migrationGuide)
	msg += noRewrite(why)
	d := diagnostic(promptcheck.RuleLegacyBody, at.Pos(), at.End(), msg)
	d.Related = r.relatedOf(at.Pos())
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	r.report(d)
}
