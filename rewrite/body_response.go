package rewrite

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"github.com/completelint/completelint/internal/request"

	"github.com/completelint/completelint/internal/sdk"
)

// completionKey is the response field of the legacy API that holds the text.
const completionKey = "completion"

// rewriteCompletionReads turns the reads of the legacy response's
// "completion" in the function into reads of the first text block of the
// Messages response. Reads it cannot rewrite stop the fix, and so does a
// function that hands the response to its caller without reading it: the
// caller's reads would break unseen.
func (f *bodyRewrite) rewriteCompletionReads() error {
	info := f.pass.TypesInfo
	handled := map[ast.Expr]bool{}
	var err error
	reads := 0
	ast.Inspect(f.fn, func(n ast.Node) bool {
		if err != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok && f.isConstString(ix.Index, completionKey) {
					err = request.NoFix(request.ResponseCompletionAssigned, f.place(ix.Pos()))
				}
			}
		case *ast.IndexExpr:
			if !f.isConstString(n.Index, completionKey) {
				return true
			}
			if !sdk.IsJSONObject(info.TypeOf(n.X)) || !pure(n.X) {
				err = request.NoFix(request.ResponseCompletionUnfollowed, f.place(n.Pos()), f.src(n.X))
				return false
			}
			f.replace(n, firstText(f.src(n.X)))
			handled[n.Index] = true
			reads++
			return false
		case *ast.SelectorExpr:
			if name, ok := completionField(info, n); ok {
				err = request.NoFix(request.ResponseStructField, name, completionKey, f.place(n.Sel.Pos()))
			}
		case *ast.BasicLit:
			if !handled[n] && f.isConstString(n, completionKey) {
				err = request.NoFix(request.ResponseCompletionUsed, f.place(n.Pos()))
			}
		}
		return err == nil
	})
	if err != nil {
		return err
	}
	if reads == 0 {
		return f.responseStaysHere()
	}
	return nil
}

// responseStaysHere refuses a function whose results may carry the raw
// response to a caller that reads "completion" from it.
func (f *bodyRewrite) responseStaysHere() error {
	var results *ast.FieldList
	switch fn := f.fn.(type) {
	case *ast.FuncDecl:
		results = fn.Type.Results
	case *ast.FuncLit:
		results = fn.Type.Results
	}
	if results == nil {
		return nil
	}
	for _, field := range results.List {
		t := f.pass.TypesInfo.TypeOf(field.Type)
		if t == nil {
			continue
		}
		if _, basic := t.Underlying().(*types.Basic); basic || isErrorType(t) {
			continue
		}
		return request.NoFix(request.ResponseReturned, types.ExprString(field.Type))
	}
	return nil
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
