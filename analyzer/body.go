package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/request"

	"github.com/completelint/completelint/internal/models"
	"github.com/completelint/completelint/internal/sdk"
	"github.com/completelint/completelint/promptcheck"
)

// JSON keys of a request body that the checks know: the API's parameter
// names (nested objects joined with a dot), the misspelt token limits, and
// the keys of a Messages body that tell one apart.
var bodyParams = map[string]bool{
	promptcheck.ParamPrompt: true, promptcheck.ParamModel: true, promptcheck.ParamMaxTokensToSample: true,
	promptcheck.ParamTemperature: true, promptcheck.ParamTopP: true, promptcheck.ParamTopK: true,
	promptcheck.ParamStopSequences: true, promptcheck.ParamMetadata: true, promptcheck.ParamUserID: true,
	keyMaxTokens: true, keyMaxTokensCamel: true, "messages": true, "anthropic_version": true,
}

// Keys that legacy bodies get wrong: the API ignores them and rejects the
// request for lacking max_tokens_to_sample.
const (
	keyMaxTokens      = promptcheck.KeyMaxTokens
	keyMaxTokensCamel = promptcheck.KeyMaxTokensCamel
)

// A body is a hand-written request body: a struct or map value that is
// marshalled and sent elsewhere.
type body struct {
	lit      ast.Node // the composite literal, or the make call, that builds it
	desc     string   // "composite literal of Payload", "map literal"
	fields   []request.Field
	complete bool // every key is seen
}

// has reports whether the body sets the API parameter.
func (b *body) has(param string) bool {
	for _, f := range b.fields {
		if f.Param == param {
			return true
		}
	}
	return false
}

// legacy reports whether the body is a Text Completions body: it sets
// max_tokens_to_sample (and is not a messages body without a prompt), or it
// has a prompt, a misspelt token limit and
// evidence that Anthropic receives it (a Claude model or a Human: turn).
// Without that evidence, {"prompt", "max_tokens"} is another provider's
// completions body.
func (c *checker) legacy(b *body) bool {
	if b.has("messages") && !b.has(promptcheck.ParamPrompt) {
		// A Messages-shaped body, whatever its token key is called:
		// gateways and other providers reuse max_tokens_to_sample.
		return false
	}
	if b.has(promptcheck.ParamMaxTokensToSample) {
		return true
	}
	if !b.has(promptcheck.ParamPrompt) || !b.has(keyMaxTokens) && !b.has(keyMaxTokensCamel) || b.has("messages") {
		return false
	}
	return c.anthropicEvidence(b)
}

func (c *checker) anthropicEvidence(b *body) bool {
	for _, f := range b.fields {
		switch f.Param {
		case promptcheck.ParamModel:
			if id := c.constText(f.Value); id.Known {
				if _, ok := models.Lookup(id.Value); ok || strings.Contains(id.Value, "claude") {
					return true
				}
			}
		case promptcheck.ParamPrompt:
			for _, p := range c.eval.Eval(f.Value, c.funcAt(f.Value)).Template() {
				if strings.Contains(p.Text, "Human:") {
					return true
				}
			}
		}
	}
	return false
}

// bodyOf follows e, the value that is marshalled, to the struct or map
// literal that builds it, with the fields set on it in fn before use.
func (c *checker) bodyOf(e ast.Expr, fn ast.Node, use token.Pos, hops int) *body {
	if hops == 0 {
		return nil
	}
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return c.bodyOf(e.X, fn, use, hops)
		}
	case *ast.CompositeLit:
		return c.literalBody(e)
	case *ast.CallExpr:
		if isMake(info, e) && sdk.IsJSONObject(info.TypeOf(e)) {
			return &body{lit: e, desc: "map", complete: true}
		}
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok || fn == nil {
			return nil
		}
		def, zero, ok := c.singleDefinition(v, use)
		if ok && zero {
			return c.zeroBody(v, fn, use)
		}
		if !ok || def == nil {
			return nil
		}
		b := c.bodyOf(def, fn, use, hops-1)
		if b == nil {
			return nil
		}
		fields, known := c.laterFields(v, fn, use)
		b.fields, b.complete = append(b.fields, fields...), b.complete && known
		return b
	}
	return nil
}

// zeroBody returns the body of a request struct declared as a zero value
// and filled in by assignments, var body Body; body.Prompt = ...
func (c *checker) zeroBody(v *types.Var, fn ast.Node, use token.Pos) *body {
	if _, ptr := types.Unalias(v.Type()).(*types.Pointer); ptr {
		return nil
	}
	lib := c.bodyLib(v.Type())
	if lib == nil {
		return nil
	}
	spec := c.zeroDecl(v)
	if spec == nil {
		return nil
	}
	fields, known := c.laterFields(v, fn, use)
	return &body{lit: spec, desc: "zero value of " + lib.Request, fields: fields, complete: known}
}

// zeroDecl returns the var declaration without a value that declares v.
func (c *checker) zeroDecl(v *types.Var) *ast.ValueSpec {
	for _, w := range c.defs().Writes(v) {
		if spec, ok := w.Node.(*ast.ValueSpec); ok && w.Value == nil && len(spec.Values) == 0 {
			return spec
		}
	}
	return nil
}

// literalBody returns the body a struct or map literal builds, or nil when
// its type is not a JSON body.
func (c *checker) literalBody(lit *ast.CompositeLit) *body {
	t := c.pass.TypesInfo.TypeOf(lit)
	if sdk.IsJSONObject(t) {
		return &body{lit: lit, desc: "map literal", fields: c.mapFields(lit, ""), complete: true}
	}
	lib := c.bodyLib(t)
	if lib == nil {
		return nil
	}
	fields, known := c.literalFields(lib, lit, "")
	return &body{lit: lit, desc: "composite literal of " + lib.Request, fields: fields, complete: known}
}

// laterFields returns the fields set on the body variable v in fn before
// use: v.Prompt = ... for a struct, v["prompt"] = ... for a map; known is
// false when v may be changed in ways not seen (its address or the map
// given away, a key that is not a constant).
func (c *checker) laterFields(v *types.Var, fn ast.Node, use token.Pos) (fields []request.Field, known bool) {
	if lib := c.bodyLib(v.Type()); lib != nil {
		fields, known := c.assignedFields(lib, fn, v, use, "")
		return fields, known && !c.changedUnseen(lib, v, fn, use)
	}
	if !sdk.IsJSONObject(v.Type()) {
		return nil, true
	}
	for as, i := range assignmentsBefore(fn, use) {
		ix, ok := ast.Unparen(as.Lhs[i]).(*ast.IndexExpr)
		if !ok {
			continue
		}
		if id, ok := ast.Unparen(ix.X).(*ast.Ident); !ok || c.pass.TypesInfo.Uses[id] != v {
			continue
		}
		if key := c.constText(ix.Index); key.Known {
			if bodyParams[key.Value] {
				fields = append(fields, request.Field{Param: key.Value, Node: as, Value: as.Rhs[i]})
			}
		}
	}
	return fields, !c.mapChangedUnseen(v, fn, use)
}

// mapChangedUnseen reports whether the map body v may get keys in fn before
// use that laterFields does not read: a key that is not a constant, or the
// map handed to code that may add some (a call other than the marshalling,
// another variable, a closure).
func (c *checker) mapChangedUnseen(v *types.Var, fn ast.Node, use token.Pos) bool {
	info := c.pass.TypesInfo
	for _, id := range c.defs().Uses(v) {
		if id.Pos() >= use || !within(id, fn) {
			continue
		}
		cur, ok := c.root.FindByPos(id.Pos(), id.End())
		if !ok {
			return true
		}
		parent := cur.Parent()
		for {
			if _, ok := parent.Node().(*ast.ParenExpr); !ok {
				break
			}
			parent = parent.Parent()
		}
		switch p := parent.Node().(type) {
		case *ast.IndexExpr:
			if as, ok := parent.Parent().Node().(*ast.AssignStmt); ok && slices.Contains(as.Lhs, ast.Expr(p)) && !c.constText(p.Index).Known {
				return true
			}
			continue
		case *ast.RangeStmt, *ast.BinaryExpr:
			continue
		case *ast.CallExpr:
			if isJSONMarshal(info, p) || isBuiltin(info, p, "len") || isBuiltin(info, p, "delete") || c.isEncode(p) {
				continue
			}
		}
		return true
	}
	return false
}

// isBuiltin reports whether call calls the builtin name.
func isBuiltin(info *types.Info, call *ast.CallExpr, name string) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

// isEncode reports whether call is (*encoding/json.Encoder).Encode.
func (c *checker) isEncode(call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "encoding/json" && fn.Name() == "Encode"
}

// mapFields returns the parameters of a map literal by key; prefix is the
// dotted path of a nested object ("metadata.").
func (c *checker) mapFields(lit *ast.CompositeLit, prefix string) []request.Field {
	var fields []request.Field
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key := c.constText(kv.Key)
		if !key.Known {
			continue
		}
		param := prefix + key.Value
		if !bodyParams[param] {
			continue
		}
		fields = append(fields, request.Field{Param: param, Node: kv, Value: kv.Value})
		if nested, ok := ast.Unparen(kv.Value).(*ast.CompositeLit); ok && sdk.IsJSONObject(c.pass.TypesInfo.TypeOf(nested)) {
			fields = append(fields, c.mapFields(nested, prefix+key.Value+".")...)
		}
	}
	return fields
}

// bodyLib describes a hand-written request struct as a library whose
// fields are named by their JSON tags; nil when t is not one. Types of the
// SDK table are not hand-written. An anonymous struct (json.Marshal(struct{
// ... }{...})) is one too, of the package that spells it.
func (c *checker) bodyLib(t types.Type) *sdk.Library {
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	var st *types.Struct
	path, name := c.pass.Pkg.Path(), anonRequest
	switch tt := types.Unalias(t).(type) {
	case *types.Named:
		if tt.Obj().Pkg() == nil {
			return nil
		}
		tt = tt.Origin()
		t, path, name = tt, tt.Obj().Pkg().Path(), tt.Obj().Name()
		if !inTable(path) {
			st, _ = tt.Underlying().(*types.Struct)
		}
	case *types.Struct:
		st = tt
	default:
		return nil
	}
	if lib, ok := c.bodyLibs[t]; ok {
		return lib
	}
	var lib *sdk.Library
	if st != nil {
		fields := map[string]string{}
		tagFields(st, "", "", fields, 2)
		// A Messages-shaped struct is a body too: Bedrock calls that send
		// one are not legacy requests, whatever their model.
		if hasParam(fields, promptcheck.ParamMaxTokensToSample) || hasParam(fields, promptcheck.ParamPrompt) || hasParam(fields, "messages") {
			lib = &sdk.Library{
				Name: "hand-written HTTP", Kind: sdk.HTTP, Rewrite: sdk.RewriteBody,
				Path: path, Request: name, Fields: fields,
				Wrappers: sdk.PointerHelpers,
			}
		}
	}
	if c.bodyLibs == nil {
		c.bodyLibs = make(map[types.Type]*sdk.Library)
	}
	c.bodyLibs[t] = lib
	return lib
}

// anonRequest names an anonymous request struct in messages.
const anonRequest = "struct{...}"

// tagFields maps the Go field paths of st to API parameters by JSON name.
// Embedded structs without a tag are flattened as encoding/json does.
func tagFields(st *types.Struct, goPrefix, jsonPrefix string, out map[string]string, depth int) {
	if depth == 0 {
		return
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
		if name == "-" {
			continue
		}
		inner, isStruct := derefStruct(f.Type())
		if f.Embedded() && name == "" && isStruct {
			out[goPrefix+f.Name()] = ""
			tagFields(inner, goPrefix, jsonPrefix, out, depth-1)
			tagFields(inner, goPrefix+f.Name()+".", jsonPrefix, out, depth-1)
			continue
		}
		if name == "" {
			name = f.Name()
		}
		param := jsonPrefix + name
		if !bodyParams[param] {
			continue
		}
		out[goPrefix+f.Name()] = param
		if isStruct {
			tagFields(inner, goPrefix+f.Name()+".", jsonPrefix+name+".", out, depth-1)
		}
	}
}

func derefStruct(t types.Type) (*types.Struct, bool) {
	if t == nil {
		return nil, false // code that does not type-check
	}
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

func hasParam(fields map[string]string, param string) bool {
	for _, p := range fields {
		if p == param {
			return true
		}
	}
	return false
}

// inTable reports whether path declares a request type of the SDK table.
func inTable(path string) bool {
	for _, lib := range sdk.Libraries {
		if path == lib.Path || path == lib.RequestPkg() {
			return true
		}
	}
	return false
}

func isMake(info *types.Info, call *ast.CallExpr) bool { return isBuiltin(info, call, "make") }
