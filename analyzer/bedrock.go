package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

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

// marshalledBody follows the Body value, body from body, err :=
// json.Marshal(x) in fn, to the body x builds.
func (c *checker) marshalledBody(e ast.Expr, fn ast.Node, use token.Pos) *body {
	call := c.resultOf(e, fn, use)
	if call != nil && !isJSONMarshal(c.pass.TypesInfo, call) {
		return c.bodyOfHelper(call)
	}
	if call == nil || len(call.Args) == 0 {
		return nil
	}
	return c.bodyOf(call.Args[0], fn, use, maxHops)
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
