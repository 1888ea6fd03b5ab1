package rewrite

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

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
		return r.answerStaysHere(f.fn)
	}
	return nil
}

// answerStaysHere refuses a function that reads no answer but may hand the
// raw response on: to a function of the package, or to its caller.
func (r *responses) answerStaysHere(fn ast.Node) error {
	if err := r.responseStaysHere(fn); err != nil {
		return err
	}
	return r.resultsStayHere(fn)
}

// responseStaysHere refuses a function that reads no answer but hands what
// may carry the raw response (an *http.Response, a body, bytes, a decoder,
// a Bedrock output) to a function of the package that reads "completion":
// those reads would break unseen.
func (r *responses) responseStaysHere(fn ast.Node) error {
	var err error
	r.handedOn(fn, func(call *ast.CallExpr, arg ast.Expr, callee *types.Func) bool {
		if r.readsAnswer(callee, 3) {
			err = request.NoFix(request.ResponseHandedOn, types.ExprString(arg), callee.Name(), r.place(call.Pos()))
			return false
		}
		return true
	})
	return err
}

// handedOn calls visit for each argument of a call in fn that may carry
// the raw response and goes to a function of the package, until visit
// returns false.
func (r *responses) handedOn(fn ast.Node, visit func(call *ast.CallExpr, arg ast.Expr, callee *types.Func) bool) {
	more := true
	ast.Inspect(fn, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !more {
			return more
		}
		callee, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
		if callee == nil || callee.Pkg() != r.pass.Pkg {
			return true
		}
		for _, arg := range call.Args {
			if t := r.pass.TypesInfo.TypeOf(arg); t != nil && mayCarryResponse(t) {
				if more = visit(call, arg, callee); !more {
					return false
				}
			}
		}
		return true
	})
}

// readsAnswer reports whether a function of the package may read the
// legacy answer: it names "completion", reads a field tagged so, or hands
// what it got on to a function that may, within depth calls. A function
// whose body is not in the package's files may.
func (r *responses) readsAnswer(fn *types.Func, depth int) bool {
	decl := r.packageFunc(fn)
	if decl == nil || decl.Body == nil || depth == 0 {
		return true
	}
	reads := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit:
			reads = reads || r.isConstString(n, completionKey)
		case *ast.SelectorExpr:
			_, tagged := completionField(r.pass.TypesInfo, n)
			reads = reads || tagged
		}
		return !reads
	})
	if !reads {
		r.handedOn(decl.Body, func(_ *ast.CallExpr, _ ast.Expr, callee *types.Func) bool {
			reads = callee != fn && r.readsAnswer(callee, depth-1)
			return !reads
		})
	}
	return reads
}

// mayCarryResponse reports whether a value of type t may carry a raw
// legacy response: an HTTP response or its body, bytes, a JSON decoder, or
// a Bedrock InvokeModel output.
func mayCarryResponse(t types.Type) bool {
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	if named, ok := types.Unalias(t).(*types.Named); ok && named.Obj().Pkg() != nil {
		switch named.Obj().Pkg().Path() + "." + named.Obj().Name() {
		case "net/http.Response", "io.ReadCloser", "io.Reader", "encoding/json.Decoder", "encoding/json.RawMessage",
			"github.com/aws/aws-sdk-go-v2/service/bedrockruntime.InvokeModelOutput":
			return true
		}
	}
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
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
