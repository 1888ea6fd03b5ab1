package rewrite

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// inlineCallees expands the holes of a prompt that call a function of the
// package whose result is a template of its parameters: a body of
// statements that only build the returned string (strval's Defs of it)
// and a return. The call's arguments take the place of the parameters, so
// the rewrite rebuilds the conversation at the request from them; each
// argument must be free of effects, as the template may read it twice,
// out of order or not at all. ok is false when no hole was expanded.
func (f *fixer) inlineCallees(v strval.Value) (strval.Value, promptcheck.Conversation, bool) {
	if v.Truncated {
		return v, promptcheck.Conversation{}, false
	}
	var pieces []strval.Piece
	expanded := false
	for _, p := range v.Pieces {
		if body, callee, ok := f.calleeTemplate(p); ok {
			pieces = append(pieces, body...)
			expanded = true
			if !slices.Contains(f.inlined, callee) {
				f.inlined = append(f.inlined, callee)
			}
			continue
		}
		pieces = append(pieces, p)
	}
	if !expanded {
		return v, promptcheck.Conversation{}, false
	}
	out := strval.Value{Pieces: mergeText(pieces), Defs: v.Defs}
	t := out.Template()
	return out, promptcheck.Repair(t, promptcheck.Parse(t)), true
}

// calleeTemplate returns the pieces of the hole p when it calls a template
// function of the package, with its parameters replaced by the arguments.
func (f *fixer) calleeTemplate(p strval.Piece) ([]strval.Piece, *types.Func, bool) {
	call, ok := ast.Unparen(p.Hole).(*ast.CallExpr)
	if !ok || p.Stmt != nil || !f.plainOperand(&p) || call.Ellipsis.IsValid() {
		return nil, nil, false
	}
	fn, ok := typeutil.Callee(f.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() != f.pass.Pkg || fn.Signature().Recv() != nil || fn.Signature().Variadic() {
		return nil, nil, false
	}
	decl := f.packageFunc(fn)
	if decl == nil || decl.Body == nil || len(decl.Body.List) == 0 || decl.Type.TypeParams != nil {
		return nil, nil, false
	}
	ret, ok := decl.Body.List[len(decl.Body.List)-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil, nil, false
	}
	v := strval.New(f.pass.TypesInfo).Eval(ret.Results[0], decl)
	if v.Truncated || len(v.Defs) != len(decl.Body.List)-1 {
		return nil, nil, false // a statement that does not build the result
	}
	params := map[*types.Var]ast.Expr{}
	sig := fn.Signature()
	for i := range sig.Params().Len() {
		params[sig.Params().At(i)] = call.Args[i]
	}
	var out []strval.Piece
	for _, q := range v.Pieces {
		if !q.IsHole() {
			out = append(out, q)
			continue
		}
		id, ok := ast.Unparen(q.Hole).(*ast.Ident)
		if !ok || q.Stmt != nil {
			return nil, nil, false
		}
		param, ok := f.pass.TypesInfo.Uses[id].(*types.Var)
		arg := params[param]
		if !ok || arg == nil || f.paramWritten(param) || !f.effectFree(arg) {
			return nil, nil, false
		}
		if text, ok := f.constText(arg, q.Verb); ok {
			pos := make([]token.Pos, len(text))
			for i := range pos {
				pos[i] = arg.Pos()
			}
			out = append(out, strval.Piece{Text: text, Pos: pos})
			continue
		}
		out = append(out, strval.Piece{Hole: arg, Verb: q.Verb})
	}
	return out, fn, true
}

// paramWritten reports whether the body of its function assigns v.
func (f *fixer) paramWritten(v *types.Var) bool {
	return len(f.defs().Writes(v)) > 0
}

// packageFunc returns the declaration of fn in the package's files.
func (f *editor) packageFunc(fn *types.Func) *ast.FuncDecl {
	file := fileOf(f.pass, fn.Pos())
	if file == nil {
		return nil
	}
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && f.pass.TypesInfo.Defs[fd.Name] == fn {
			return fd
		}
	}
	return nil
}

// mergeText merges adjacent literal pieces.
func mergeText(pieces []strval.Piece) []strval.Piece {
	var out []strval.Piece
	for _, p := range pieces {
		if n := len(out); n > 0 && !p.IsHole() && !out[n-1].IsHole() {
			last := &out[n-1]
			last.Text += p.Text
			last.Pos = append(slices.Clip(last.Pos), p.Pos...)
			continue
		}
		out = append(out, p)
	}
	return out
}

// noteUncalled says which functions the prompt was read from that nothing
// else calls: after the fix they are unused.
func (f *fixer) noteUncalled() {
	for _, fn := range f.inlined {
		if len(f.defs().Uses(fn)) == 1 {
			f.notes = append(f.notes, fn.Name()+" is no longer called")
		}
	}
}

// constText returns the text of a constant argument as the template
// formats it: a string used as is, or an integer of a basic type with an
// integer verb.
func (f *fixer) constText(arg ast.Expr, verb string) (string, bool) {
	if c := f.constValue(arg); c != nil && f.plainOperand(&strval.Piece{Hole: arg, Verb: verb}) {
		return *c, true
	}
	tv, ok := f.pass.TypesInfo.Types[arg]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int || verb == "" || !strings.ContainsAny(verb[len(verb)-1:], "dv") {
		return "", false
	}
	if _, basic := tv.Type.(*types.Basic); !basic {
		return "", false
	}
	n, exact := constant.Int64Val(tv.Value)
	return fmt.Sprintf(verb, n), exact
}
