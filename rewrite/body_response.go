package rewrite

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"github.com/completelint/completelint/internal/request"
)

// completionKey is the response field of the legacy API that holds the text.
const completionKey = "completion"

// rewriteCompletionReads turns the reads of the legacy response in the
// function into reads of the Messages response: a decoded map's
// "completion" becomes the text of its text blocks, and a struct of the
// file the answer is decoded into moves to the Messages response with
// every read of it (responses). Reads it cannot rewrite stop the fix, and
// so does a function that hands the response to its caller without reading
// it: the caller's reads would break unseen.
func (f *bodyRewrite) rewriteCompletionReads(others []ast.Node, chunks bool) error {
	r := newResponses(f.fixer, []ast.Node{f.fn}, chunks)
	r.chunks = chunks
	if err := r.rewrite(); err != nil {
		return err
	}
	for _, o := range others {
		if o != nil && r.inFuncs(o.Pos()) && !containsPos(f.fn, o.Pos()) {
			return request.NoFix(request.StructSharedWithRequest, f.place(o.Pos()))
		}
	}
	if r.reads == 0 && chunks {
		return request.NoFix(request.StreamChunksUnread)
	}
	if r.reads == 0 {
		return r.resultsStayHere(f.fn)
	}
	return nil
}

// resultsStayHere refuses a function whose results may carry the raw
// response to a caller that reads "completion" from it: results other than
// basic values, errors and the response types the rewrite moves.
func (r *responses) resultsStayHere(fn ast.Node) error {
	var results *ast.FieldList
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		results = fn.Type.Results
	case *ast.FuncLit:
		results = fn.Type.Results
	}
	if results == nil {
		return nil
	}
	for _, field := range results.List {
		t := r.pass.TypesInfo.TypeOf(field.Type)
		if t == nil {
			continue
		}
		if _, basic := t.Underlying().(*types.Basic); basic || isErrorType(t) || r.isResponseType(t) {
			continue
		}
		return request.NoFix(request.ResponseReturned, types.ExprString(field.Type))
	}
	return nil
}

// isResponseType reports whether t is a response type the rewrite moves, or
// a pointer to one.
func (r *responses) isResponseType(t types.Type) bool {
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	for _, rt := range r.types {
		if types.Identical(t, rt.typ) {
			return true
		}
	}
	return false
}

func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// completionField reports whether sel reads a struct field tagged
// json:"completion", and its name.
func completionField(info *types.Info, sel *ast.SelectorExpr) (string, bool) {
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return "", false
	}
	recv := s.Recv()
	if ptr, ok := recv.Underlying().(*types.Pointer); ok {
		recv = ptr.Elem()
	}
	st, ok := recv.Underlying().(*types.Struct)
	if !ok {
		return "", false
	}
	idx := s.Index()
	for i, at := range idx {
		field := st.Field(at)
		if i == len(idx)-1 {
			name, _, _ := strings.Cut(reflect.StructTag(st.Tag(at)).Get("json"), ",")
			return field.Name(), name == completionKey
		}
		next, ok := derefStruct(field.Type())
		if !ok {
			return "", false
		}
		st = next
	}
	return "", false
}

func derefStruct(t types.Type) (*types.Struct, bool) {
	if t == nil {
		return nil, false // code that does not type-check
	}
	if ptr, ok := t.Underlying().(*types.Pointer); ok {
		t = ptr.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// pure reports whether e may be evaluated twice: identifiers and field
// selections.
func pure(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return pure(e.X)
	}
	return false
}

// firstText is the Messages counterpart of resp["completion"]: the text of
// the first text block, nil when there is none, as the legacy read gave nil
// for a missing key. It never panics on an unexpected response.
func firstText(resp string) string {
	return `func() any {
	blocks, _ := ` + resp + `["content"].([]any)
	for _, b := range blocks {
		if b, ok := b.(map[string]any); ok && b["type"] == "text" {
			return b["text"]
		}
	}
	return nil
}()`
}

// deltaText is the Messages counterpart of chunk["completion"] for a
// Bedrock stream chunk decoded into a map: the text of a
// content_block_delta's delta, and "" for the other events (a legacy
// chunk always carried a completion string, empty or not).
func deltaText(chunk string) string {
	return `func() any {
	delta, _ := ` + chunk + `["delta"].(map[string]any)
	text, _ := delta["text"].(string)
	return text
}()`
}

// deltaStopReason is the Messages counterpart of chunk["stop_reason"] for
// a Bedrock stream chunk decoded into a map: the stop reason of the
// message_delta event, nil for the other events (a legacy chunk carried
// null but on the last).
func deltaStopReason(chunk string) string {
	return `func() any {
	delta, _ := ` + chunk + `["delta"].(map[string]any)
	return delta["stop_reason"]
}()`
}
