package rewrite

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/completelint/completelint/internal/request"

	"github.com/completelint/completelint/internal/strval"
)

// unknownPrompt says why a prompt made only of holes has no rewrite: its
// text comes from a caller or a callee, or the evaluator could not follow
// the expression that builds it here.
func (f *fixer) unknownPrompt(v strval.Value) error {
	elsewhere := true
	for _, p := range v.Pieces {
		if p.IsHole() && !f.builtElsewhere(p.Hole) {
			elsewhere = false
		}
	}
	if elsewhere {
		return request.NoFix(request.PromptBuiltElsewhere)
	}
	if len(v.Pieces) == 1 {
		if call, ok := ast.Unparen(v.Pieces[0].Hole).(*ast.CallExpr); ok && f.isFmtFunc(call, "Sprintf") {
			return f.unfollowedSprintf(call)
		}
	}
	var exprs []string
	for _, p := range v.Pieces {
		if p.IsHole() {
			exprs = append(exprs, f.src(p.Hole))
		}
	}
	return request.NoFix(request.PromptUnevaluated, strings.Join(exprs, ", "))
}

// builtElsewhere reports whether a hole's text comes from outside the
// enclosing function: a parameter of it or the result of a call other than
// a fmt formatting function.
func (f *fixer) builtElsewhere(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj, ok := f.pass.TypesInfo.Uses[e].(*types.Var)
		return ok && f.isParam(obj)
	case *ast.CallExpr:
		if tv, ok := f.pass.TypesInfo.Types[e.Fun]; ok && tv.IsType() {
			return false // a conversion
		}
		return !f.isFmtFunc(e, "Sprintf", "Sprint", "Sprintln")
	}
	return false
}

// isParam reports whether v is a parameter of the enclosing function.
func (f *fixer) isParam(v *types.Var) bool {
	var params *ast.FieldList
	switch fn := f.fn.(type) {
	case *ast.FuncDecl:
		params = fn.Type.Params
	case *ast.FuncLit:
		params = fn.Type.Params
	}
	if params == nil {
		return false
	}
	for _, field := range params.List {
		for _, name := range field.Names {
			if f.pass.TypesInfo.Defs[name] == v {
				return true
			}
		}
	}
	return false
}

// isFmtFunc reports whether call calls one of the named functions of fmt.
func (f *editor) isFmtFunc(call *ast.CallExpr, names ...string) bool {
	var id *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		id = fun.Sel
	case *ast.Ident:
		id = fun
	default:
		return false
	}
	fn, ok := f.pass.TypesInfo.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" {
		return false
	}
	for _, name := range names {
		if fn.Name() == name {
			return true
		}
	}
	return false
}

// unfollowedSprintf names what stops a Sprintf prompt from being followed:
// a format that is not constant, a verb with an explicit argument index or
// a star width, or a count of verbs that does not match the arguments.
func (f *fixer) unfollowedSprintf(call *ast.CallExpr) error {
	if len(call.Args) == 0 {
		return request.NoFix(request.PromptSprintfNoFormat)
	}
	fv := strval.New(f.pass.TypesInfo).Eval(call.Args[0], f.fn)
	if !fv.Template().Known() {
		return request.NoFix(request.PromptFormatNotConstant, f.src(call.Args[0]))
	}
	var format string
	for _, p := range fv.Pieces {
		format += p.Text
	}
	if verb := indexedVerb(format); verb != "" {
		return checkVerb(verb)
	}
	if call.Ellipsis.IsValid() {
		return request.NoFix(request.PromptSprintfSpread)
	}
	return request.NoFix(request.PromptUnevaluated, f.src(call))
}

// indexedVerb returns the first verb of format that uses an explicit
// argument index or a star width, or "".
func indexedVerb(format string) string {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			i++
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.[]*", format[j]) >= 0 {
			j++
		}
		if j < len(format) && strings.ContainsAny(format[i:j], "[*") {
			return format[i : j+1]
		}
		i = j
	}
	return ""
}
