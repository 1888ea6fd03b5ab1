package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/models"
	"github.com/completelint/completelint/promptcheck"
)

// bodyParam is the pseudo-parameter of the Bedrock table entry that holds
// the marshalled body.
const bodyParam = "body"

// checkBedrock checks an InvokeModel call: it sends a legacy request when
// its model id is a Text Completions era model or its body is a legacy
// body. The body, marshalled in the same function, supplies the prompt and
// parameters; it is claimed so that it is not reported again on its own.
func (c *checker) checkBedrock(cur inspector.Cursor, call *ast.CallExpr, ref entryRef) {
	req := c.buildRequest(cur, call, ref)
	fn := enclosingFunc(cur)
	var b *body
	fields := req.Fields[:0:0]
	for _, f := range req.Fields {
		if f.Param == bodyParam {
			b = c.marshalledBody(f.Value, fn, call.Pos())
			continue
		}
		fields = append(fields, f)
	}
	if b != nil && b.has("messages") && !b.has(promptcheck.ParamPrompt) {
		return // a Messages body, whatever era its model id is from
	}
	legacyModel := false
	if m, ok := req.Field(promptcheck.ParamModel); ok {
		if id := c.knownText(m.Value); id.Known {
			legacyModel = models.IsLegacyTextModel(id.Value)
		} else {
			// A model from a flag, a caller or a helper: legacy if it may
			// be a text model.
			os, _ := c.origins(m.Value, c.funcAt(m.Value), m.Value.Pos())
			legacyModel = slices.ContainsFunc(os, func(o origin) bool { return models.IsLegacyTextModel(o.id) })
		}
	}
	if !legacyModel && (b == nil || !c.legacy(b)) {
		return
	}
	// Only a body seen whole proves a parameter absent.
	req.Complete = b != nil && b.complete
	if b != nil {
		if lit, ok := b.lit.(*ast.CompositeLit); ok {
			c.claim(lit)
		}
		fields = append(fields, c.checkKeys(b.fields)...)
	}
	req.Fields = fields
	c.checkRequest(req)
}

// marshalledBody follows the Body value to the body it marshals: body from
// body, err := json.Marshal(x) in fn, json.Marshal(x) itself, or the same
// returned by a helper function of this package (Body: buildBody(q)).
func (c *checker) marshalledBody(e ast.Expr, fn ast.Node, use token.Pos) *body {
	call, fn, use := c.marshalCall(e, fn, use, maxHops)
	if call == nil {
		return nil
	}
	return c.bodyOf(call.Args[0], fn, use, maxHops)
}

// marshalCall returns the json.Marshal call whose result e is, with the
// function it is in and the position up to which the body's fields count.
func (c *checker) marshalCall(e ast.Expr, fn ast.Node, use token.Pos, hops int) (*ast.CallExpr, ast.Node, token.Pos) {
	if hops == 0 {
		return nil, nil, token.NoPos
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		call = c.resultOf(e, fn, use)
	}
	if call == nil {
		return nil, nil, token.NoPos
	}
	if len(call.Args) > 0 && isJSONMarshal(c.pass.TypesInfo, call) {
		return call, fn, use
	}
	decl := c.helperDecl(call)
	if decl == nil {
		return nil, nil, token.NoPos
	}
	var ret ast.Expr
	for _, r := range returnedValues(decl) {
		if tv, ok := c.pass.TypesInfo.Types[r]; ok && tv.IsNil() {
			continue // an error return
		}
		if ret != nil {
			return nil, nil, token.NoPos
		}
		ret = r
	}
	if ret == nil {
		return nil, nil, token.NoPos
	}
	return c.marshalCall(ret, decl, ret.Pos(), hops-1)
}

func isJSONMarshal(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "encoding/json" && (fn.Name() == "Marshal" || fn.Name() == "MarshalIndent")
}

// claim marks a body literal as reported through a call.
func (c *checker) claim(lit *ast.CompositeLit) {
	if c.claimed == nil {
		c.claimed = make(map[*ast.CompositeLit]bool)
	}
	c.claimed[lit] = true
}
