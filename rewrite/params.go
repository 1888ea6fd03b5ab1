package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/promptcheck"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/strval"
)

// humanStop is the stop sequence every legacy model stops on anyway.
const humanStop = "\n\nHuman:"

// rewriteParams turns the CompletionNewParams literal into MessageNewParams,
// with the fields set on it by assignments before the call.
func (f *sdkRewrite) rewriteParams(prompt strval.Value, p *plan) error {
	lit := f.req.Lit
	switch t := lit.Type.(type) {
	case *ast.SelectorExpr:
		f.replace(t.Sel, "MessageNewParams")
	case *ast.Ident:
		f.replace(t, "MessageNewParams")
	default:
		return request.NoFix(request.ParamsTypeUnnamed)
	}
	var promptNode ast.Node // the literal's element or the assignment
	var promptValue ast.Expr
	prompts := 0
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		key, _ := kvKey(kv)
		if !ok || key == nil {
			return request.NoFix(request.ParamsUnkeyed)
		}
		param := f.req.Lib.Fields[key.Name]
		if param == promptcheck.ParamPrompt {
			promptNode, promptValue = kv, kv.Value
			prompts++
			continue
		}
		if err := f.rewriteParam(key, param, kv.Value, func() { f.deleteElt(lit.Elts, kv) }); err != nil {
			return err
		}
	}
	for _, field := range f.req.Fields {
		if f.inLiteral(field) {
			continue
		}
		as, key := f.fieldAssignment(field)
		if as == nil {
			return request.NoFix(request.ParamOutsideLiteral, field.Param, f.place(field.Node.Pos()))
		}
		switch {
		case field.Param == promptcheck.ParamPrompt:
			promptNode, promptValue = as, as.Rhs[0]
			prompts++
		case ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr).Sel != key:
			// a field of a nested struct (Metadata.UserID): the struct
			// carries over as a whole
			if err := f.sameType(key.Name, key.Name); err != nil {
				return err
			}
		default:
			if err := f.rewriteParam(key, field.Param, as.Rhs[0], func() { f.deleteStmt(as) }); err != nil {
				return err
			}
		}
	}
	if promptNode == nil {
		return request.NoFix(request.ParamsNoPrompt)
	}
	if prompts > 1 {
		return request.NoFix(request.ParamOutsideLiteral, promptcheck.ParamPrompt, f.place(promptNode.Pos()))
	}
	f.applyAccumulation()
	site, err := f.inlineDefsAt(prompt, promptValue)
	if err != nil {
		return err
	}
	as, assigned := promptNode.(*ast.AssignStmt)
	var system, messages, before string
	switch {
	case site != nil:
		system, messages, err = f.promptAtSite(site, p)
	case p.optional() != nil && assigned:
		system, messages, before, err = f.promptBefore(as, p)
	case p.optional() != nil:
		stmt := f.callStmt()
		if stmt == nil || !f.callEffectFree(p) {
			return request.NoFix(request.PrefillMayBeEmpty, f.holeNames(p.optional().segs))
		}
		system, messages, before, err = f.promptBefore(stmt, p)
		f.insert(stmt.Pos(), before)
	default:
		system, messages, err = f.promptValues(p)
	}
	if err != nil {
		return err
	}
	if assigned {
		recv := f.src(ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr).X)
		f.replace(as, before+f.assignsOf(recv, system, messages))
		return nil
	}
	f.replace(promptNode, f.fieldsOf(system, messages))
	return nil
}

// rewriteParam renames a parameter set to value under key, in the literal
// or by an assignment, to its MessageNewParams field, and applies what the
// target asks of it; drop deletes it.
func (f *sdkRewrite) rewriteParam(key *ast.Ident, param string, value ast.Expr, drop func()) error {
	// The field of MessageNewParams with the parameter's Messages name
	// (its JSON tag), or of the same Go name.
	to := key.Name
	if m, ok := promptcheck.MessagesParam(param); ok {
		if name := jsonField(f.shape.messages, m); name != "" {
			to = name
		}
	}
	if err := f.sameType(key.Name, to); err != nil {
		return err
	}
	if to != key.Name {
		f.replace(key, to)
	}
	f.rewriteValue(param, value, drop)
	return nil
}

// fieldAssignment returns the assignment `params.X = v` (or params.X.Y)
// that sets field after the literal, alone in its statement of a
// statement list, and the top-level field X.
func (f *sdkRewrite) fieldAssignment(field request.Field) (*ast.AssignStmt, *ast.Ident) {
	as, ok := field.Node.(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || !f.inStmtList(as) {
		return nil, nil
	}
	sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
	for ok {
		if _, isRoot := ast.Unparen(sel.X).(*ast.Ident); isRoot {
			return as, sel.Sel
		}
		sel, ok = ast.Unparen(sel.X).(*ast.SelectorExpr)
	}
	return nil, nil
}

// assignsOf spells the assignments of the System (when system is not
// empty) and Messages fields of recv that replace an assignment of Prompt.
func (f *sdkRewrite) assignsOf(recv, system, messages string) string {
	out := recv + ".Messages = " + f.wrap(messages)
	if system != "" {
		out = recv + ".System = " + f.wrap(system) + "\n" + out
	}
	return out
}

// promptAtSite builds the conversation where the prompt variable was
// built, in variables the request reads, and returns their names.
func (f *sdkRewrite) promptAtSite(site *promptSite, p *plan) (string, string, error) {
	system, _, err := f.promptValues(p)
	if err != nil {
		return "", "", err
	}
	return f.declareAtSite(site, system, func(name string) (string, error) {
		return f.messagesDecl(p, name, site.def.Pos())
	})
}

// promptBefore returns the statements that build the messages before
// stmt, when they need statements (an optional prefill), and the values of
// the request's fields.
func (f *sdkRewrite) promptBefore(stmt ast.Stmt, p *plan) (system, messages, before string, err error) {
	system, _, err = f.promptValues(p)
	if err != nil {
		return "", "", "", err
	}
	messages = f.freeLocal([]token.Pos{stmt.Pos(), f.sendNode().Pos()}, "messages", "msgs", "conversation")
	if messages == "" {
		return "", "", "", request.NoFix(request.PromptNamesTaken, f.place(stmt.Pos()))
	}
	decl, err := f.messagesDecl(p, messages, stmt.Pos())
	if err != nil {
		return "", "", "", err
	}
	return system, messages, decl + "\n", nil
}

// jsonField returns the name of the field of s whose JSON name is name.
func jsonField(s *types.Struct, name string) string {
	if s == nil {
		return ""
	}
	for i := range s.NumFields() {
		tag, _, _ := strings.Cut(reflect.StructTag(s.Tag(i)).Get("json"), ",")
		if tag == name {
			return s.Field(i).Name()
		}
	}
	return ""
}

func kvKey(kv *ast.KeyValueExpr) (*ast.Ident, bool) {
	if kv == nil {
		return nil, false
	}
	id, ok := kv.Key.(*ast.Ident)
	return id, ok
}

func containsNode(elts []ast.Expr, n ast.Node) bool {
	for _, e := range elts {
		if e == n {
			return true
		}
		if kv, ok := e.(*ast.KeyValueExpr); ok && (kv.Key == n || kv.Value == n) {
			return true
		}
	}
	return false
}

// inLiteral reports whether a field is set by an element of the request
// literal, or is nested inside such a field (metadata.user_id inside
// Metadata) and so moves with it unchanged.
func (f *sdkRewrite) inLiteral(field request.Field) bool {
	elts := f.req.Lit.Elts
	if containsNode(elts, field.Node) {
		return true
	}
	for _, parent := range f.req.Fields {
		if parent.Node != field.Node && containsNode(elts, parent.Node) &&
			parent.Node.Pos() <= field.Node.Pos() && field.Node.End() <= parent.Node.End() {
			return true
		}
	}
	return false
}

// sameType checks that MessageNewParams has field to with the type of
// CompletionNewParams' field from, so the value carries over unchanged.
func (f *sdkRewrite) sameType(from, to string) error {
	have := fieldType(f.shape.legacy, from)
	want := fieldType(f.shape.messages, to)
	if have == nil || want == nil || !types.Identical(have, want) {
		return request.NoFix(request.ParamNoCounterpart, from)
	}
	return nil
}

// dropHumanStop removes "\n\nHuman:" from a literal list of stop sequences,
// and calls dropEntry instead when nothing else is left: the Messages API
// does not stop on it, and the conversation has no Human text to stop at.
func (f *fixer) dropHumanStop(list ast.Expr, dropEntry func()) {
	lit, ok := list.(*ast.CompositeLit)
	if !ok {
		return
	}
	var drop []int
	for i, e := range lit.Elts {
		if f.constString(e) == humanStop {
			drop = append(drop, i)
		}
	}
	switch {
	case len(drop) == 0:
	case len(drop) == len(lit.Elts):
		dropEntry()
	default:
		for _, i := range drop {
			f.deleteElt(lit.Elts, lit.Elts[i])
		}
	}
}

// deleteElt deletes an element of a composite literal with its comma: up to
// the next element, or from the previous one when it is last.
func (f *editor) deleteElt(elts []ast.Expr, e ast.Expr) {
	for i, x := range elts {
		if x != e {
			continue
		}
		switch {
		case i+1 < len(elts):
			f.delete(e.Pos(), elts[i+1].Pos())
		case i > 0:
			f.delete(elts[i-1].End(), e.End())
		default:
			f.delete(e.Pos(), e.End())
		}
		return
	}
}

func (f *editor) constString(e ast.Expr) string {
	tv, ok := f.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return ""
	}
	return constant.StringVal(tv.Value)
}

// unwrap removes a value wrapper of the library (the SDK table's Wrappers:
// F, Int, Float, String, Bool, Opt, param.NewOpt).
func (f *fixer) unwrap(e ast.Expr) ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || f.req.Lib == nil {
		return ast.Unparen(e)
	}
	fn, ok := typeutil.Callee(f.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || !f.req.Lib.IsWrapper(fn.Pkg().Path()+"."+fn.Origin().Name()) {
		return ast.Unparen(e)
	}
	return ast.Unparen(call.Args[0])
}

// callStmt returns the statement of a statement list that the call is
// part of, or nil.
func (f *sdkRewrite) callStmt() ast.Stmt {
	for n := f.parents[f.req.Call]; n != nil; n = f.parents[n] {
		if s, ok := n.(ast.Stmt); ok {
			if f.inStmtList(s) && !f.isInit(s) {
				return s
			}
			return nil
		}
	}
	return nil
}

// callEffectFree reports whether the prompt's parts and the rest of the
// call (receiver, arguments, other fields) are free of effects: building
// the prompt before the call then changes nothing.
func (f *sdkRewrite) callEffectFree(p *plan) bool {
	for _, segs := range append([][]segment{p.system}, messageSegs(p)...) {
		for _, s := range segs {
			if s.hole != nil && !f.effectFree(s.hole.Hole) {
				return false
			}
		}
	}
	var exprs []ast.Expr
	if sel, ok := ast.Unparen(f.req.Call.Fun).(*ast.SelectorExpr); ok {
		exprs = append(exprs, sel.X)
	}
	for _, a := range f.req.Call.Args {
		if ast.Unparen(a) != ast.Expr(f.req.Lit) {
			exprs = append(exprs, a)
		}
	}
	for _, e := range f.req.Lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok && f.req.Lib.Fields[f.src(kv.Key)] != promptcheck.ParamPrompt {
			exprs = append(exprs, f.unwrap(kv.Value))
		}
	}
	for _, e := range exprs {
		if !f.callsOnlySDK(e) {
			return false
		}
	}
	return true
}

// callsOnlySDK reports whether e calls nothing but functions of the SDK
// (its value wrappers and constructors), pure standard-library functions,
// conversions and builtins, and receives from no channel: evaluating it
// changes no variable of the program.
func (f *sdkRewrite) callsOnlySDK(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			ok = false
		case *ast.UnaryExpr:
			ok = ok && n.Op != token.ARROW
		case *ast.CallExpr:
			if f.isConversion(n) || f.isPure(n) {
				return ok
			}
			if _, builtin := f.pass.TypesInfo.Uses[identOf(n.Fun)].(*types.Builtin); builtin {
				return ok
			}
			fn := typeutil.StaticCallee(f.pass.TypesInfo, n)
			ok = ok && fn != nil && fn.Pkg() != nil && strings.HasPrefix(fn.Pkg().Path(), f.shape.pkg.Path())
		}
		return ok
	})
	return ok
}

func messageSegs(p *plan) [][]segment {
	var out [][]segment
	for _, m := range p.messages {
		out = append(out, m.segs)
	}
	return out
}
