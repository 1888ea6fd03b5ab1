package rewrite_test

// The corpus test's reading of community SDK calls: the Messages requests
// that go-anthropic and anthropic-go send, as their request types marshal
// them (by JSON tag), so that the community goldens' fixes are sent to the
// stand-in API like the official SDK's.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// communityPaths are the import paths of the community libraries' request
// packages.
var communityPaths = []string{"github.com/liushuangls/go-anthropic", "github.com/madebywelch/anthropic-go"}

func isCommunityPath(path string) bool {
	for _, p := range communityPaths {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// communityMethods are the methods that send a request, legacy or
// Messages, by name; streaming sends "stream": true.
var communityMethods = map[string]struct{ messages, stream bool }{
	"CreateMessages":       {messages: true},
	"CreateMessagesStream": {messages: true, stream: true},
	"Message":              {messages: true},
	"MessageStream":        {messages: true, stream: true},
	"CreateComplete":       {},
	"CreateCompleteStream": {stream: true},
	"CreateStreamComplete": {stream: true},
	"Complete":             {},
	"CompleteStream":       {stream: true},
}

// communityCall reports whether c is a community library call that sends
// a request, in a file f that imports one, and whether it is a Messages
// one. It reads syntax only, as walkSites does.
func communityCall(f *ast.File, c *ast.CallExpr) (site, messages bool) {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return false, false
	}
	m, ok := communityMethods[sel.Sel.Name]
	if !ok {
		return false, false
	}
	for _, imp := range f.Imports {
		if path, _ := strconv.Unquote(imp.Path.Value); isCommunityPath(path) {
			return true, m.messages
		}
	}
	return false, false
}

// communityRequest reads the request a community Messages call sends: the
// argument of a community request type, a literal or the library's
// constructor with its options.
func (ev *corpusEval) communityRequest(call *ast.CallExpr) (*corpusWire, error) {
	sel := call.Fun.(*ast.SelectorExpr)
	w := &corpusWire{path: "/v1/messages", body: map[string]any{}}
	var arg ast.Expr
	for _, a := range call.Args {
		if n, ok := types.Unalias(derefType(ev.info.TypeOf(a))).(*types.Named); ok && n.Obj().Pkg() != nil && isCommunityPath(n.Obj().Pkg().Path()) {
			arg = a
		}
	}
	if arg == nil {
		return nil, fmt.Errorf("call %s has no request argument", ev.src(call))
	}
	if ctor := ev.constructorCall(arg); ctor != nil {
		if err := ev.communityConstructor(ctor, w.body); err != nil {
			return nil, err
		}
	} else {
		lit, err := ev.literal(arg)
		if err != nil {
			return nil, err
		}
		if err := ev.tagged(lit, w.body); err != nil {
			return nil, err
		}
		if err := ev.setters(arg, w.body); err != nil {
			return nil, err
		}
	}
	if communityMethods[sel.Sel.Name].stream {
		w.body["stream"] = true
	}
	return w, nil
}

func derefType(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// tagged reads a request literal into body by its fields' JSON tags, as
// encoding/json marshals it: embedded structs inline, "-" and zero
// omitempty fields left out. go-anthropic v2's MarshalJSON sends its
// System field (tagged "-") as "system" when it is not empty.
func (ev *corpusEval) tagged(lit *ast.CompositeLit, body map[string]any) error {
	s, ok := ev.info.TypeOf(lit).Underlying().(*types.Struct)
	if !ok {
		return fmt.Errorf("request %s is not a struct literal", ev.src(lit))
	}
	for _, e := range lit.Elts {
		kv, _ := e.(*ast.KeyValueExpr)
		key := fieldName(kv)
		if key == nil {
			return fmt.Errorf("request literal without field names: %s", ev.src(lit))
		}
		var field *types.Var
		var tag string
		for i := range s.NumFields() {
			if s.Field(i).Name() == key.Name {
				field, tag = s.Field(i), s.Tag(i)
			}
		}
		if field == nil {
			return fmt.Errorf("no field %s", key.Name)
		}
		if field.Embedded() {
			inner, ok := ast.Unparen(kv.Value).(*ast.CompositeLit)
			if !ok {
				return fmt.Errorf("embedded %s is not a literal", key.Name)
			}
			if err := ev.tagged(inner, body); err != nil {
				return err
			}
			continue
		}
		name, opts, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
		if name == "-" && key.Name == "System" {
			name, opts = "system", "omitempty"
		}
		if name == "-" {
			continue
		}
		v, err := ev.communityValue(kv.Value, name)
		if err != nil {
			return fmt.Errorf("%s: %w", key.Name, err)
		}
		if strings.Contains(opts, "omitempty") && isZeroJSON(v) {
			continue
		}
		body[name] = v
	}
	return nil
}

func isZeroJSON(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case string:
		return v == ""
	case int64:
		return v == 0
	case float64:
		return v == 0
	case bool:
		return !v
	case []any:
		return len(v) == 0
	}
	return false
}

// communityValue evaluates the value of a request field named by its JSON
// name.
func (ev *corpusEval) communityValue(e ast.Expr, name string) (any, error) {
	e = ev.pointee(e)
	switch name {
	case "model":
		return ev.model(e)
	case "max_tokens", "max_tokens_to_sample":
		return ev.integer(e, name, 1024)
	case "messages":
		return ev.communityMessages(e)
	case "temperature":
		return ev.float(e, name, 0.5)
	case "top_p":
		return ev.float(e, name, 0.9)
	case "top_k":
		return ev.integer(e, name, 5)
	case "stop_sequences":
		return ev.strList(e)
	case "system", "prompt":
		return ev.str(e)
	case "stream":
		return ev.jsonValue(e)
	}
	return nil, fmt.Errorf("field %q is not understood by the corpus test", name)
}

// pointee reads &v, ptr(v) and new-style helpers of one argument as v.
func (ev *corpusEval) pointee(e ast.Expr) ast.Expr {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		return ast.Unparen(u.X)
	}
	if c, ok := e.(*ast.CallExpr); ok && len(c.Args) == 1 {
		if _, ptr := ev.info.TypeOf(c).(*types.Pointer); ptr {
			return ast.Unparen(c.Args[0])
		}
	}
	return e
}

// communityMessages reads a list of NewUserTextMessage(s) /
// NewAssistantTextMessage(s) calls or {Role, Content} literals whose
// content is the text or NewTextContentBlock(s) blocks.
func (ev *corpusEval) communityMessages(e ast.Expr) ([]any, error) {
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil, fmt.Errorf("%s is not a slice literal", ev.src(e))
	}
	var out []any
	for _, m := range lit.Elts {
		switch m := ast.Unparen(m).(type) {
		case *ast.CallExpr:
			role := map[string]string{"NewUserTextMessage": "user", "NewAssistantTextMessage": "assistant"}[calleeName(ev.info, m)]
			if role == "" || len(m.Args) != 1 {
				return nil, fmt.Errorf("message %s is not understood by the corpus test", ev.src(m))
			}
			text, err := ev.str(m.Args[0])
			if err != nil {
				return nil, err
			}
			out = append(out, map[string]any{"role": role, "content": []any{map[string]any{"type": "text", "text": text}}})
		case *ast.CompositeLit:
			msg := map[string]any{}
			for _, f := range m.Elts {
				kv, _ := f.(*ast.KeyValueExpr)
				key := fieldName(kv)
				if key == nil {
					return nil, fmt.Errorf("message literal %s", ev.src(m))
				}
				var err error
				switch key.Name {
				case "Role":
					msg["role"], err = ev.str(kv.Value)
				case "Content":
					msg["content"], err = ev.communityContent(kv.Value)
				default:
					err = fmt.Errorf("message field %s is not understood by the corpus test", key.Name)
				}
				if err != nil {
					return nil, err
				}
			}
			out = append(out, msg)
		default:
			return nil, fmt.Errorf("message %s is not understood by the corpus test", ev.src(m))
		}
	}
	return out, nil
}

func (ev *corpusEval) communityContent(e ast.Expr) (any, error) {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return ev.str(e)
	}
	var out []any
	for _, b := range lit.Elts {
		c, ok := ast.Unparen(b).(*ast.CallExpr)
		if !ok || calleeName(ev.info, c) != "NewTextContentBlock" || len(c.Args) != 1 {
			return nil, fmt.Errorf("content block %s is not understood by the corpus test", ev.src(b))
		}
		text, err := ev.str(c.Args[0])
		if err != nil {
			return nil, err
		}
		out = append(out, map[string]any{"type": "text", "text": text})
	}
	return out, nil
}

// setterParams are go-anthropic's setters of a request variable.
var setterParams = map[string]string{"SetTemperature": "temperature", "SetTopP": "top_p", "SetTopK": "top_k"}

// setters reads the setter calls on the request variable arg names.
func (ev *corpusEval) setters(arg ast.Expr, body map[string]any) error {
	id, ok := ast.Unparen(arg).(*ast.Ident)
	if !ok {
		return nil
	}
	obj := ev.info.Uses[id]
	var err error
	ast.Inspect(ev.fn, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok || err != nil || len(c.Args) != 1 {
			return err == nil
		}
		sel, ok := c.Fun.(*ast.SelectorExpr)
		if !ok || setterParams[sel.Sel.Name] == "" {
			return true
		}
		if x, ok := ast.Unparen(sel.X).(*ast.Ident); ok && ev.info.Uses[x] == obj {
			name := setterParams[sel.Sel.Name]
			body[name], err = ev.communityValue(c.Args[0], name)
		}
		return true
	})
	return err
}

// constructorCall returns the NewMessageRequest call e is or names.
func (ev *corpusEval) constructorCall(e ast.Expr) *ast.CallExpr {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		obj := ev.info.Uses[id]
		ast.Inspect(ev.fn, func(n ast.Node) bool {
			if a, ok := n.(*ast.AssignStmt); ok && len(a.Lhs) == 1 && len(a.Rhs) == 1 {
				if l, ok := a.Lhs[0].(*ast.Ident); ok && ev.info.ObjectOf(l) == obj {
					e = ast.Unparen(a.Rhs[0])
				}
			}
			return true
		})
	}
	c, ok := e.(*ast.CallExpr)
	if !ok || calleeName(ev.info, c) != "NewMessageRequest" {
		return nil
	}
	return c
}

// welchOptions are anthropic-go's options by the JSON name they set.
var welchOptions = map[string]string{
	"WithModel": "model", "WithMaxTokens": "max_tokens", "WithTemperature": "temperature",
	"WithTopK": "top_k", "WithTopP": "top_p", "WithStopSequences": "stop_sequences",
	"WithSystemPrompt": "system", "WithStreaming": "stream", "WithStream": "stream",
}

// communityConstructor reads NewMessageRequest(messages, options...): the
// defaults it sets (Model ClaudeV2, MaxTokensToSample 25), then each
// option, as it marshals (omitempty zero values left out).
func (ev *corpusEval) communityConstructor(c *ast.CallExpr, body map[string]any) error {
	if len(c.Args) == 0 {
		return fmt.Errorf("%s has no messages", ev.src(c))
	}
	body["model"], body["max_tokens"] = "claude-2", int64(25)
	var err error
	if body["messages"], err = ev.communityMessages(ast.Unparen(c.Args[0])); err != nil {
		return err
	}
	for _, o := range c.Args[1:] {
		oc, ok := ast.Unparen(o).(*ast.CallExpr)
		fn, _ := typeutil.Callee(ev.info, oc).(*types.Func)
		if !ok || fn == nil || len(oc.Args) != 1 || welchOptions[fn.Name()] == "" {
			return fmt.Errorf("option %s is not understood by the corpus test", ev.src(o))
		}
		name := welchOptions[fn.Name()]
		v, err := ev.communityValue(oc.Args[0], name)
		if err != nil {
			return fmt.Errorf("%s: %w", fn.Name(), err)
		}
		delete(body, name)
		if name == "model" || name == "max_tokens" || !isZeroJSON(v) {
			body[name] = v
		}
	}
	return nil
}
