package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/sdk"
	"github.com/completelint/completelint/promptcheck"
	"github.com/completelint/completelint/rewrite"
)

// bodyFix returns the Messages rewrite of a hand-written body, direct or
// Bedrock, or why there is none. With rewriting off there is neither.
func (c *checker) bodyFix(req *request.Request, p evaluatedPrompt) (*analysis.SuggestedFix, error) {
	if !c.cfg.rewrite() {
		return nil, nil
	}
	bedrock := req.Lib.Invoke
	lit := req.Lit
	if bedrock {
		lit = c.bedrockBodyLit(req)
	}
	if lit == nil && bedrock && p.ok {
		if spec := c.zeroBodyDecl(req); spec != nil {
			return c.structFix(req, nil, spec, p)
		}
	}
	if lit == nil {
		return nil, request.NoFix(request.BodyNotMapLiteral)
	}
	if !p.ok {
		return nil, request.NoFix(request.BodySetsNoPrompt)
	}
	if !sdk.IsJSONObject(c.pass.TypesInfo.TypeOf(lit)) {
		return c.structFix(req, lit, nil, p)
	}
	b := rewrite.Body{Lit: lit, Bedrock: bedrock, Stream: bedrock && streams(req), Fields: c.bodyFields(req, lit), Others: c.otherRequests(req)}
	if bedrock {
		if m, ok := req.Field(promptcheck.ParamModel); ok && !within(m.Node, lit) {
			b.Model = m.Value
		}
	} else if eps := c.endpoints[req.LitFn]; req.LitFn != nil && len(eps) == 1 {
		b.Endpoint = &eps[0].value
	} else if len(eps) > 1 {
		return nil, request.NoFix(request.SeveralURLs)
	}
	return rewrite.BodyFix(c.pass, b, p.value, p.meant, c.env())
}

// bedrockBodyLit returns the outermost literal, other than the
// InvokeModelInput, that holds a field of a Bedrock request: the body that
// checkBedrock followed.
func (c *checker) bedrockBodyLit(req *request.Request) *ast.CompositeLit {
	var outer *ast.CompositeLit
	for _, f := range req.Fields {
		// A key-value, or a value of an unkeyed literal.
		kv, ok := f.Node.(ast.Expr)
		if !ok || req.Lit != nil && within(kv, req.Lit) {
			continue
		}
		cur, ok := c.root.FindNode(kv)
		if !ok {
			continue
		}
		lit, ok := cur.Parent().Node().(*ast.CompositeLit)
		if !ok || lit.Type == kv {
			continue
		}
		if outer == nil || lit.Pos() < outer.Pos() {
			outer = lit
		}
	}
	return outer
}

// bodyFields returns the fields of req set on the body: inside its literal
// (if it has one), or by assignments to a key or field of it after.
func (c *checker) bodyFields(req *request.Request, lit *ast.CompositeLit) []request.Field {
	var out []request.Field
	for _, f := range req.Fields {
		if lit != nil && within(f.Node, lit) {
			out = append(out, f)
			continue
		}
		if as, ok := f.Node.(*ast.AssignStmt); ok && len(as.Lhs) > 0 {
			switch ast.Unparen(as.Lhs[0]).(type) {
			case *ast.IndexExpr, *ast.SelectorExpr:
				out = append(out, f)
			}
		}
	}
	return out
}

// streams reports whether req is sent by a streaming entry point
// (InvokeModelWithResponseStream).
func streams(req *request.Request) bool {
	return req.Entry != nil && req.Entry.Streaming
}

func within(n, outer ast.Node) bool {
	return n != nil && outer.Pos() <= n.Pos() && n.End() <= outer.End()
}

// structFix returns the rewrite of a body whose type is a struct of the
// package, with its response types, or why there is none.
func (c *checker) structFix(req *request.Request, lit *ast.CompositeLit, zero *ast.ValueSpec, p evaluatedPrompt) (*analysis.SuggestedFix, error) {
	b := rewrite.StructBody{Lit: lit, Zero: zero, Call: req.Call, Bedrock: req.Lib.Invoke, Stream: req.Lib.Invoke && streams(req), Fields: c.bodyFields(req, lit),
		Others: c.otherRequests(req), OtherStructs: c.otherStructBodies(req)}
	if b.Bedrock {
		if m, ok := req.Field(promptcheck.ParamModel); ok && (lit == nil || !within(m.Node, lit)) {
			b.Model = m.Value
		}
	}
	for fn, eps := range c.endpoints {
		for _, ep := range eps {
			b.Endpoints = append(b.Endpoints, rewrite.Endpoint{Fn: fn, URL: ep.value})
		}
	}
	return rewrite.StructFix(c.pass, b, p.value, p.meant, c.env())
}

// otherRequests returns where the package's other legacy requests are sent
// or built.
func (c *checker) otherRequests(req *request.Request) []ast.Node {
	var out []ast.Node
	for _, p := range c.pending {
		if p.req != req {
			out = append(out, requestNode(p.req))
		}
	}
	return out
}

// zeroBodyDecl returns the declaration of a Bedrock body that starts as a
// zero value, var body Body, from the fields assigned to it.
func (c *checker) zeroBodyDecl(req *request.Request) *ast.ValueSpec {
	for _, f := range req.Fields {
		as, ok := f.Node.(*ast.AssignStmt)
		if !ok || len(as.Lhs) == 0 {
			continue
		}
		sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		if !ok {
			continue
		}
		if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok {
			if spec := c.zeroDecl(v); spec != nil {
				return spec
			}
		}
	}
	return nil
}

// otherStructBodies reports whether another legacy request of the package
// has a struct body of its own.
func (c *checker) otherStructBodies(req *request.Request) bool {
	for _, p := range c.pending {
		if p.req == req || p.req.Call != nil && !p.req.Lib.Invoke {
			continue
		}
		lit := p.req.Lit
		if p.req.Lib.Invoke {
			lit = c.bedrockBodyLit(p.req)
			if lit == nil && c.zeroBodyDecl(p.req) != nil {
				return true
			}
		}
		if lit != nil && !sdk.IsJSONObject(c.pass.TypesInfo.TypeOf(lit)) {
			return true
		}
	}
	return false
}
