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

// rewriteParams turns the CompletionNewParams literal into MessageNewParams.
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
	for _, field := range f.req.Fields {
		if !f.inLiteral(field) {
			return request.NoFix(request.ParamOutsideLiteral, field.Param, f.place(field.Node.Pos()))
		}
	}
	var promptKV *ast.KeyValueExpr
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		key, _ := kvKey(kv)
		if !ok || key == nil {
			return request.NoFix(request.ParamsUnkeyed)
		}
		param := f.req.Lib.Fields[key.Name]
		if param == promptcheck.ParamPrompt {
			promptKV = kv
			continue
		}
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
		switch {
		case f.target.drop[param]:
			f.deleteElt(lit.Elts, kv)
		case param == promptcheck.ParamMaxTokensToSample:
			f.capMaxTokens(f.target, f.unwrap(kv.Value))
		case param == promptcheck.ParamStopSequences:
			f.dropHumanStop(f.unwrap(kv.Value), func() { f.deleteElt(lit.Elts, kv) })
		case param == promptcheck.ParamModel:
			f.writeModel(f.target)
		}
	}
	if promptKV == nil {
		return request.NoFix(request.ParamsNoPrompt)
	}
	f.applyAccumulation()
	site, err := f.inlineDefs(prompt, promptKV.Value)
	if err != nil {
		return err
	}
	var fields string
	if site != nil {
		fields, err = f.promptAtSite(site, p)
	} else {
		fields, err = f.promptFields(p)
	}
	if err != nil {
		return err
	}
	f.replace(promptKV, fields)
	return nil
}

// promptAtSite builds the conversation where the prompt variable was
// built, in variables the request reads, and returns the request's fields.
func (f *sdkRewrite) promptAtSite(site *promptSite, p *plan) (string, error) {
	system, messages, err := f.promptValues(p)
	if err != nil {
		return "", err
	}
	at := []token.Pos{site.def.Pos(), f.req.Call.Pos()}
	msgName := f.freeLocal(at, "messages", "msgs", "conversation")
	sysName := f.freeLocal(at, "system", "systemText", "sys")
	if msgName == "" || system != "" && sysName == "" {
		return "", request.NoFix(request.PromptNamesTaken, f.place(site.def.Pos()))
	}
	decl := msgName + " := " + messages
	if system != "" {
		decl = sysName + " := " + system + "\n" + decl
	} else {
		sysName = ""
	}
	if site.keep {
		f.insert(site.def.End(), "\n"+decl)
	} else {
		f.replace(site.def, decl)
	}
	return f.fieldsOf(sysName, msgName), nil
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
