package request

import (
	"go/ast"

	"github.com/completelint/completelint/internal/sdk"
)

// A Request is one legacy request found in source: which library and entry
// point sends it, and the Go expression that supplies each parameter.
type Request struct {
	Lib   *sdk.Library
	Entry *sdk.Entry
	// Call is the call that sends the request (nil when the request is a
	// literal that is sent elsewhere, e.g. a hand-written HTTP body).
	Call *ast.CallExpr
	// Arg is the request argument as written at the call.
	Arg ast.Expr
	// Lit is the composite literal that builds the request, when it was found
	// (directly at the call, or through a local variable or a helper).
	Lit *ast.CompositeLit
	// LitFn is the innermost function containing Lit (nil at package level).
	LitFn ast.Node
	// Body describes what builds the request when Call is nil, for
	// messages: "composite literal of Payload", "map literal"; BodyKey is
	// what makes it a legacy body: "max_tokens_to_sample", or "prompt for
	// Claude".
	Body, BodyKey string
	// Fields are the parameters present, in source order.
	Fields []Field
	// Complete is set when every field of the request is known: it was
	// built here from a literal or a zero value plus field assignments, so
	// a parameter absent from Fields is really absent.
	Complete bool
	// ModelIDs are the model ids the request may send when its model is not
	// a constant here but comes from constants elsewhere (a flag's default,
	// the arguments of its function's callers), as their fixes leave them.
	ModelIDs []string
}

// A Field is one parameter as it is spelled in source.
type Field struct {
	Param string // API name, e.g. "temperature"
	// Node is where findings about the field are reported: the key-value of
	// the literal, the assignment after construction, the option call.
	Node ast.Node
	// Value is the value with wrappers such as anthropic.F(...) removed.
	Value ast.Expr
}

// Field returns the last field for the API parameter name, if present.
func (r *Request) Field(param string) (Field, bool) {
	for i := len(r.Fields) - 1; i >= 0; i-- {
		if r.Fields[i].Param == param {
			return r.Fields[i], true
		}
	}
	return Field{}, false
}
