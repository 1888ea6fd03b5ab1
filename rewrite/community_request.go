package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// rewriteLiteral turns the legacy request literal into the Messages
// request literal: CompleteRequest{Prompt: p, ...} becomes
// MessagesRequest{System: s, Messages: ..., ...}, and a stream request's
// embedded request and completion callback move with it.
func (f *communityRewrite) rewriteLiteral(prompt strval.Value, p *plan) error {
	outer := f.req.Lit
	if err := f.checkArg(outer); err != nil {
		return err
	}
	lit, prefix := outer, ""
	if f.stream != nil {
		if err := f.retype(outer, f.api.StreamRequest); err != nil {
			return err
		}
		inner, err := f.rewriteStreamFields(outer)
		if err != nil {
			return err
		}
		lit, prefix = inner, f.api.LegacyEmbedded+"."
	}
	if err := f.retype(lit, f.api.Request); err != nil {
		return err
	}
	for _, field := range f.req.Fields {
		if !containsNode(lit.Elts, field.Node) && !f.isSetter(field.Node) {
			return request.NoFix(request.ParamOutsideLiteral, field.Param, f.place(field.Node.Pos()))
		}
		if f.isSetter(field.Node) && f.target.drop[field.Param] {
			return request.NoFix(request.ParamOutsideLiteral, field.Param, f.place(field.Node.Pos()))
		}
	}
	var promptKV *ast.KeyValueExpr
	for _, elt := range lit.Elts {
		kv, _ := elt.(*ast.KeyValueExpr)
		key, ok := kvKey(kv)
		if !ok || key == nil {
			return request.NoFix(request.ParamsUnkeyed)
		}
		param, known := f.lib().Fields[prefix+key.Name]
		if known && param == promptcheck.ParamPrompt {
			promptKV = kv
			continue
		}
		to, err := f.counterpart(key.Name, param)
		if err != nil {
			return err
		}
		if !f.rewriteValue(param, kv.Value, func() { f.deleteElt(lit.Elts, kv) }) && to != key.Name {
			f.replace(key, to)
		}
	}
	if promptKV == nil {
		return request.NoFix(request.ParamsNoPrompt)
	}
	if err := f.inlineDefs(prompt, promptKV.Value); err != nil {
		return err
	}
	fields, err := f.promptFields(p)
	if err != nil {
		return err
	}
	f.replace(promptKV, fields)
	return nil
}

// retype writes name as the type of lit, in the package the literal names.
func (f *communityRewrite) retype(lit *ast.CompositeLit, name string) error {
	switch t := lit.Type.(type) {
	case *ast.SelectorExpr:
		f.replace(t.Sel, name)
	case *ast.Ident:
		f.replace(t, name)
	default:
		return request.NoFix(request.ParamsTypeUnnamed)
	}
	return nil
}

// counterpart returns the field of the Messages request that takes over a
// legacy field: the one the table names for its parameter, else the field
// of the same name. Either way its type must be the legacy field's, so that
// the value carries over unchanged.
func (f *communityRewrite) counterpart(from, param string) (string, error) {
	to := from
	if m, ok := promptcheck.MessagesParam(param); ok && f.api.Fields[m] != "" {
		to = f.api.Fields[m]
	}
	have := fieldType(structOfType(f.pass.TypesInfo.TypeOf(f.legacyLit())), from)
	want := fieldType(structOfType(f.request), to)
	if have == nil || want == nil || !types.Identical(have, want) {
		return "", request.NoFix(request.CommunityFieldNoCounterpart, from, f.api.Request)
	}
	return to, nil
}

// legacyLit is the literal that holds the legacy parameters: the request
// literal, or the one embedded in a stream request literal.
func (f *communityRewrite) legacyLit() *ast.CompositeLit {
	if f.stream == nil {
		return f.req.Lit
	}
	for _, elt := range f.req.Lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, _ := kvKey(kv); key != nil && key.Name == f.api.LegacyEmbedded {
				if lit, ok := ast.Unparen(kv.Value).(*ast.CompositeLit); ok {
					return lit
				}
			}
		}
	}
	return f.req.Lit
}

// rewriteStreamFields rewrites the fields of a stream request literal
// other than the embedded request, which it returns: the completion
// callback becomes the content delta callback, and the other fields stay
// when the Messages stream request has them with the same type.
func (f *communityRewrite) rewriteStreamFields(outer *ast.CompositeLit) (*ast.CompositeLit, error) {
	var inner *ast.CompositeLit
	for _, elt := range outer.Elts {
		kv, _ := elt.(*ast.KeyValueExpr)
		key, ok := kvKey(kv)
		if !ok || key == nil {
			return nil, request.NoFix(request.ParamsUnkeyed)
		}
		switch key.Name {
		case f.api.LegacyEmbedded:
			lit, ok := ast.Unparen(kv.Value).(*ast.CompositeLit)
			if !ok {
				return nil, request.NoFix(request.ParamsIndirect, f.src(kv.Value))
			}
			inner = lit
			f.replace(key, f.api.Request)
		case f.api.LegacyCallback:
			if err := f.rewriteCallback(kv); err != nil {
				return nil, err
			}
		default:
			have := fieldType(structOfType(f.pass.TypesInfo.TypeOf(outer)), key.Name)
			want := fieldType(structOfType(f.stream), key.Name)
			if have == nil || want == nil || !types.Identical(have, want) {
				return nil, request.NoFix(request.CommunityFieldNoCounterpart, key.Name, f.api.StreamRequest)
			}
		}
	}
	if inner == nil {
		return nil, request.NoFix(request.ParamsNoPrompt)
	}
	return inner, nil
}

// rewriteCallback turns the legacy completion callback, called with each
// completion event, into the content delta callback: its event parameter
// takes the delta event's type, and each read of the event's completion
// text reads the delta's text instead. A text-only request streams text
// deltas only, so the callback sees the same text, piece by piece.
func (f *communityRewrite) rewriteCallback(kv *ast.KeyValueExpr) error {
	name := f.api.LegacyCallback
	fn, ok := ast.Unparen(kv.Value).(*ast.FuncLit)
	if !ok {
		return request.NoFix(request.CallbackNotLiteral, name)
	}
	sig, _ := fieldType(structOfType(f.stream), f.api.Callback).(*types.Signature)
	if sig == nil || sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return request.NoFix(request.SdkShape, fmt.Sprintf("%s has no %s callback of one event", f.api.StreamRequest, f.api.Callback))
	}
	event := sig.Params().At(0).Type()
	text, ok := f.textAccess(fieldType(structOfType(event), f.api.CallbackDelta))
	if !ok {
		return request.NoFix(request.SdkShape, fmt.Sprintf("%s's event has no %s with text", f.api.Callback, f.api.CallbackDelta))
	}
	params := fn.Type.Params.List
	if len(params) != 1 || len(params[0].Names) > 1 {
		return request.NoFix(request.CallbackNotLiteral, name)
	}
	f.replace(kv.Key, f.api.Callback)
	f.replace(params[0].Type, f.typeString(event))
	if len(params[0].Names) == 0 {
		return nil
	}
	obj := f.pass.TypesInfo.Defs[params[0].Names[0]]
	for _, id := range f.uses(obj) {
		sel, ok := f.parents[id].(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != f.api.LegacyText || f.isWrite(sel) {
			return request.NoFix(request.CallbackEventUsed, name, id.Name, f.place(id.Pos()))
		}
		f.replace(sel.Sel, f.api.CallbackDelta+"."+text)
	}
	return nil
}

// textAccess spells the read of a content block's text, from a block
// variable: its Text string field, or the method that reads a *string Text.
func (f *communityRewrite) textAccess(block types.Type) (string, bool) {
	if block == nil {
		return "", false
	}
	switch t := fieldType(structOfType(block), f.api.Text); {
	case t == nil:
		return "", false
	case types.Identical(t, types.Typ[types.String]):
		return f.api.Text, true
	case f.api.TextMethod != "":
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(block), true, f.pkg, f.api.TextMethod)
		m, _ := obj.(*types.Func)
		if m != nil && m.Signature().Params().Len() == 0 && m.Signature().Results().Len() == 1 &&
			types.Identical(m.Signature().Results().At(0).Type(), types.Typ[types.String]) {
			return f.api.TextMethod + "()", true
		}
	}
	return "", false
}

// promptFields returns the system and messages fields that replace the
// prompt in the request literal, without a trailing comma.
func (f *communityRewrite) promptFields(p *plan) (string, error) {
	var fields []string
	if len(p.system) > 0 {
		name := f.api.Fields["system"]
		if t := fieldType(structOfType(f.request), name); t == nil || !types.Identical(t, types.Typ[types.String]) {
			return "", request.NoFix(request.SdkShape, fmt.Sprintf("%s has no string %s for the system text", f.api.Request, name))
		}
		e, err := f.expr(p.system)
		if err != nil {
			return "", err
		}
		fields = append(fields, name+": "+e)
	}
	list, err := f.messageList(p)
	if err != nil {
		return "", err
	}
	return strings.Join(append(fields, f.api.Fields["messages"]+": "+list), ",\n"), nil
}

// messageList spells the messages of p as the library builds them.
func (f *communityRewrite) messageList(p *plan) (string, error) {
	elem := sliceElem(fieldType(structOfType(f.request), f.api.Fields["messages"]))
	if elem == nil {
		return "", request.NoFix(request.SdkShape, fmt.Sprintf("%s has no list of messages %s", f.api.Request, f.api.Fields["messages"]))
	}
	var msgs []string
	for _, m := range p.messages {
		text, err := f.messageText(m)
		if err != nil {
			return "", err
		}
		msg, err := f.message(elem, m.role, text)
		if err != nil {
			return "", err
		}
		msgs = append(msgs, msg+",\n")
	}
	return "[]" + f.typeString(elem) + "{\n" + strings.Join(msgs, "") + "}", nil
}

// message spells one message of type elem: the library's function of the
// text for its role, or a literal with the role and the text as content,
// directly or as a list of one text block.
func (f *communityRewrite) message(elem types.Type, role promptcheck.Role, text string) (string, error) {
	ctor, name := f.api.UserMessage, "user"
	if role == promptcheck.Assistant {
		ctor, name = f.api.AssistantMessage, "assistant"
	}
	if ctor != "" {
		sig := funcSig(f.pkg, ctor)
		if sig == nil || sig.Params().Len() != 1 || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), elem) ||
			!types.Identical(sig.Params().At(0).Type(), types.Typ[types.String]) {
			return "", request.NoFix(request.CommunityNoMessages, f.lib().Name, ctor+"(text string) "+f.typeString(elem))
		}
		return f.qual(ctor) + "(" + text + ")", nil
	}
	s := structOfType(elem)
	if t := fieldType(s, f.api.MessageRole); t == nil || !isStringType(t) {
		return "", request.NoFix(request.SdkShape, fmt.Sprintf("%s has no string %s", f.typeString(elem), f.api.MessageRole))
	}
	content := fieldType(s, f.api.MessageContent)
	switch {
	case content == nil:
	case isStringType(content):
		return "{" + f.api.MessageRole + ": " + strconv.Quote(name) + ", " + f.api.MessageContent + ": " + text + "}", nil
	case sliceElem(content) != nil:
		sig := funcSig(f.pkg, f.api.TextBlock)
		if sig != nil && sig.Params().Len() == 1 && sig.Results().Len() == 1 && types.AssignableTo(sig.Results().At(0).Type(), sliceElem(content)) {
			return "{" + f.api.MessageRole + ": " + strconv.Quote(name) + ", " + f.api.MessageContent + ": []" +
				f.typeString(sliceElem(content)) + "{" + f.qual(f.api.TextBlock) + "(" + text + ")}}", nil
		}
	}
	return "", request.NoFix(request.SdkShape, fmt.Sprintf("%s's %s takes neither text nor %s blocks", f.typeString(elem), f.api.MessageContent, f.api.TextBlock))
}

func isStringType(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.String
}

// checkArg makes sure the request reaches the call only as built: the
// literal or constructor call itself (or its address), or a variable
// defined by it and used nowhere else but in setter calls the Messages
// request also has.
func (f *communityRewrite) checkArg(built ast.Expr) error {
	value := built
	if u, ok := f.parents[built].(*ast.UnaryExpr); ok && u.Op == token.AND {
		value = u
	}
	arg := ast.Unparen(f.req.Arg)
	if arg == value {
		return nil
	}
	id, ok := arg.(*ast.Ident)
	if !ok {
		return request.NoFix(request.ParamsIndirect, f.src(arg))
	}
	obj := f.pass.TypesInfo.ObjectOf(id)
	def := f.definingIdent(obj)
	if def == nil || !f.definedBy(def, value) {
		return request.NoFix(request.ParamsNotDeclared, id.Name)
	}
	for _, use := range f.uses(obj) {
		if use != id && !f.isSetter(f.parents[f.parents[use]]) {
			return request.NoFix(request.ParamsUsed, id.Name, f.place(use.Pos()))
		}
	}
	return nil
}

// isSetter reports whether n is a call v.SetX(...) of a method that the
// Messages request has with the same signature, so that it keeps setting
// the same parameter once v holds a Messages request.
func (f *communityRewrite) isSetter(n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s, ok := f.pass.TypesInfo.Selections[sel]
	if !ok || s.Kind() != types.MethodVal {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(f.request), true, f.pkg, sel.Sel.Name)
	m, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	have := s.Obj().(*types.Func).Signature()
	want := m.Signature()
	return types.Identical(types.NewSignatureType(nil, nil, nil, have.Params(), have.Results(), have.Variadic()),
		types.NewSignatureType(nil, nil, nil, want.Params(), want.Results(), want.Variadic()))
}

// rewriteConstructor turns NewCompletionRequest(prompt, options...) into
// NewMessageRequest(messages, options...): each option is the Messages
// request's option for the same parameter, and the system text is one more.
func (f *communityRewrite) rewriteConstructor(ctor *ast.CallExpr, prompt strval.Value, p *plan) error {
	field, _ := f.req.Field(promptcheck.ParamPrompt)
	if err := f.checkArg(ctor); err != nil {
		return err
	}
	sig := funcSig(f.pkg, f.api.Constructor)
	if sig == nil || !sig.Variadic() || sig.Params().Len() != 2 || sig.Results().Len() != 1 ||
		!types.Identical(deref(sig.Results().At(0).Type()), f.request) {
		return request.NoFix(request.CommunityNoMessages, f.lib().Name, f.api.Constructor)
	}
	option := sliceElem(sig.Params().At(1).Type())
	switch fun := ast.Unparen(ctor.Fun).(type) {
	case *ast.SelectorExpr:
		f.replace(fun.Sel, f.api.Constructor)
	case *ast.Ident:
		f.replace(fun, f.api.Constructor)
	}
	for _, arg := range ctor.Args[1:] {
		if err := f.rewriteOption(ctor, arg, option); err != nil {
			return err
		}
	}
	if err := f.inlineDefs(prompt, field.Value); err != nil {
		return err
	}
	list, err := f.messageList(p)
	if err != nil {
		return err
	}
	f.replace(field.Node, list)
	if len(p.system) > 0 {
		e, err := f.expr(p.system)
		if err != nil {
			return err
		}
		opt, err := f.optionCall(f.api.Options["system"], option)
		if err != nil {
			return err
		}
		last := ctor.Args[len(ctor.Args)-1]
		f.insert(last.End(), ",\n"+opt+"("+e+")")
	}
	return nil
}

// rewriteOption moves an option of the legacy constructor to the Messages
// constructor: the option of the same parameter, instantiated for the
// Messages request.
func (f *communityRewrite) rewriteOption(ctor *ast.CallExpr, arg ast.Expr, option types.Type) error {
	call, ok := ast.Unparen(arg).(*ast.CallExpr)
	fn, _ := typeutil.Callee(f.pass.TypesInfo, call).(*types.Func)
	if !ok || fn == nil || fn.Pkg() != f.pkg {
		return request.NoFix(request.CommunityOptionNoCounterpart, f.src(arg), f.api.Constructor)
	}
	name := fn.Origin().Name()
	param, known := f.lib().Options[name]
	to := name
	if m, ok := promptcheck.MessagesParam(param); known && ok && f.api.Options[m] != "" {
		to = f.api.Options[m]
	}
	spelled, err := f.optionCall(to, option)
	if err != nil {
		return err
	}
	if known && len(call.Args) == 1 && f.rewriteValue(param, call.Args[0], func() { f.deleteElt(ctor.Args, arg) }) {
		return nil
	}
	f.replace(call.Fun, spelled)
	return nil
}

// optionCall spells the function of an option for the Messages request:
// name, instantiated with the request type when it is generic, whose
// result the constructor takes.
func (f *communityRewrite) optionCall(name string, option types.Type) (string, error) {
	fn, _ := f.pkg.Scope().Lookup(name).(*types.Func)
	if fn == nil {
		return "", request.NoFix(request.CommunityOptionNoCounterpart, name, f.api.Constructor)
	}
	sig := fn.Signature()
	spelled := f.qual(name)
	if tparams := sig.TypeParams(); tparams.Len() > 0 {
		if tparams.Len() != 1 {
			return "", request.NoFix(request.CommunityOptionNoCounterpart, name, f.api.Constructor)
		}
		inst, err := types.Instantiate(types.NewContext(), sig, []types.Type{f.request}, true)
		if err != nil {
			return "", request.NoFix(request.CommunityOptionNoCounterpart, name, f.api.Constructor)
		}
		sig = inst.(*types.Signature)
		spelled += "[" + f.typeString(f.request) + "]"
	}
	if sig.Results().Len() != 1 || !types.AssignableTo(sig.Results().At(0).Type(), option) {
		return "", request.NoFix(request.CommunityOptionNoCounterpart, name, f.api.Constructor)
	}
	return spelled, nil
}
