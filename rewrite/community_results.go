package rewrite

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/completelint/completelint/internal/request"
)

// rewriteResults follows the Messages method's response through the
// function: the completion text becomes the text of its content blocks, a
// stop reason compared or switched on keeps its meaning, and the fields
// both responses share stay. A stream the library hands out as it comes
// (channels) is not moved.
func (f *communityRewrite) rewriteResults() error {
	if f.req.Entry.Streaming && f.api.Callback == "" {
		return request.NoFix(request.SdkShape, "the rewrite does not move "+f.lib().Name+"'s streams of events")
	}
	// The official rewrite's result checks read only the fixer: they serve
	// here with no SDK shape.
	official := &sdkRewrite{fixer: f.fixer}
	result, err := official.resultVar()
	if err != nil || result == nil {
		return err
	}
	sig := f.method.Signature()
	if sig.Results().Len() == 0 {
		return request.NoFix(request.SdkShape, f.entry.Name+" returns no response")
	}
	response := structOfType(deref(sig.Results().At(0).Type()))
	legacy := structOfType(deref(result.Type()))
	for _, id := range f.uses(result) {
		sel, ok := f.parents[id].(*ast.SelectorExpr)
		if !ok {
			if bin, ok := f.parents[id].(*ast.BinaryExpr); ok && isNil(f.pass.TypesInfo, bin) {
				continue
			}
			return official.escape(id)
		}
		if f.isWrite(sel) {
			return request.NoFix(request.ResultFieldWritten, sel.Sel.Name, f.place(sel.Pos()))
		}
		switch name := sel.Sel.Name; {
		case name == f.api.LegacyText:
			if err := f.completionText(response, sel, id); err != nil {
				return err
			}
		case name == f.api.LegacyStopReason && f.api.StopReason == name && isStringType(fieldType(response, name)):
			if err := official.stopReason(sel); err != nil {
				return err
			}
		case slices.Contains(f.api.KeptFields, name):
			have, want := fieldType(legacy, name), fieldType(response, name)
			if have == nil || want == nil || !types.Identical(have, want) {
				return request.NoFix(request.ResultFieldUsed, name, f.place(sel.Pos()))
			}
		default:
			return request.NoFix(request.ResultFieldUsed, name, f.place(sel.Pos()))
		}
	}
	return nil
}

// completionText replaces resp.Completion by the text of the response's
// content blocks, safe on an empty list.
func (f *communityRewrite) completionText(response *types.Struct, sel *ast.SelectorExpr, resp *ast.Ident) error {
	text, ok := f.textAccess(sliceElem(fieldType(response, f.api.Content)))
	if !ok {
		return request.NoFix(request.ResultCompletionUsed, f.place(sel.Pos()))
	}
	acc, block := "text", "block"
	if resp.Name == acc || resp.Name == block {
		acc, block = "messageText", "contentBlock"
	}
	f.replace(sel, "func() ("+acc+" string) {\nfor _, "+block+" := range "+resp.Name+"."+f.api.Content+" {\n"+
		acc+" += "+block+"."+text+"\n}\nreturn "+acc+"\n}()")
	return nil
}
