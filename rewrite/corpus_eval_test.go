package rewrite_test

// Static evaluation of the requests the corpus test sends: the params of an
// SDK call or a map body, as JSON, with unknown parts filled by samples.

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/strval"
)

// A corpusWire is the request a site sends.
type corpusWire struct {
	path string
	body map[string]any
	// sdk: sent by the official Go SDK; timeout: with a request timeout
	// option.
	sdk, timeout bool
	sampled      []string // parts filled with samples
}

func (w *corpusWire) json() string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(w.body)
	return strings.TrimSpace(b.String())
}

func (w *corpusWire) notes() string {
	if len(w.sampled) == 0 {
		return ""
	}
	return " (samples for " + strings.Join(w.sampled, ", ") + ")"
}

// corpusEval evaluates the request of one site statically.
type corpusEval struct {
	info    *types.Info
	files   []*ast.File
	sv      *strval.Evaluator
	fn      ast.Node
	site    *corpusSite
	holes   int
	sampled []string
	// emptyHoles leaves string holes empty instead of filling them.
	emptyHoles bool
	// bound gives the value of variables the evaluation has decided
	// (the trimmed prefill of an optional message); appended are the
	// appends of optional messages, read apart from the literal.
	bound    map[types.Object]string
	appended map[*ast.AssignStmt]bool
}

func (ev *corpusEval) request() (*corpusWire, error) {
	if ev.site.call != nil {
		if _, method := serviceCall(ev.site.call); method != "New" && method != "NewStreaming" {
			return ev.communityRequest(ev.site.call)
		}
		return ev.sdkCall(ev.site.call)
	}
	return ev.mapBody(ev.site.lit)
}

// sdkCall reads client.Messages.New(ctx, params, opts...).
func (ev *corpusEval) sdkCall(call *ast.CallExpr) (*corpusWire, error) {
	if len(call.Args) < 2 || call.Ellipsis.IsValid() {
		return nil, fmt.Errorf("call %s has no params argument", ev.src(call))
	}
	w := &corpusWire{path: "/v1/messages", sdk: true, body: map[string]any{}}
	for _, o := range call.Args[2:] {
		if c, ok := ast.Unparen(o).(*ast.CallExpr); ok && calleeName(ev.info, c) == "WithRequestTimeout" {
			w.timeout = true
		}
	}
	if _, method := serviceCall(call); method == "NewStreaming" {
		w.body["stream"] = true
	}
	lit, err := ev.literal(call.Args[1])
	if err != nil {
		return nil, err
	}
	elts := slices.Clone(lit.Elts)
	// Fields set after the literal, params.X = v, in source order.
	if id := identOf(call.Args[1]); id != nil {
		ast.Inspect(ev.fn, func(n ast.Node) bool {
			if a, ok := n.(*ast.AssignStmt); ok && len(a.Lhs) == 1 && len(a.Rhs) == 1 && a.Pos() < call.Pos() {
				if key := fieldOf(ev.info, a.Lhs[0], ev.info.Uses[id]); key != nil {
					elts = append(elts, &ast.KeyValueExpr{Key: key, Value: a.Rhs[0]})
				}
			}
			return true
		})
	}
	for _, e := range elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return nil, fmt.Errorf("params literal without field names: %s", ev.src(lit))
		}
		key, _ := kv.Key.(*ast.Ident)
		if key == nil {
			return nil, fmt.Errorf("params field %s", ev.src(kv.Key))
		}
		v := ev.unwrap(kv.Value)
		var err error
		switch key.Name {
		case "Model":
			w.body["model"], err = ev.model(v)
		case "MaxTokens":
			w.body["max_tokens"], err = ev.integer(v, "max_tokens", 1024)
		case "System":
			w.body["system"], err = ev.blocks(v)
		case "Messages":
			w.body["messages"], err = ev.messages(v)
		case "StopSequences":
			w.body["stop_sequences"], err = ev.strList(v)
		case "Temperature":
			w.body["temperature"], err = ev.float(v, "temperature", 0.5)
		case "TopP":
			w.body["top_p"], err = ev.float(v, "top_p", 0.9)
		case "TopK":
			w.body["top_k"], err = ev.integer(v, "top_k", 5)
		case "Metadata":
			w.body["metadata"], err = ev.metadata(v)
		default:
			err = fmt.Errorf("field %s is not understood by the corpus test", key.Name)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", key.Name, err)
		}
	}
	return w, nil
}

// literal returns the composite literal e is or names: a local variable
// defined by one (v := lit, var v = lit) and not assigned again.
func (ev *corpusEval) literal(e ast.Expr) (*ast.CompositeLit, error) {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		return e, nil
	case *ast.Ident:
		obj := ev.info.Uses[e]
		var found *ast.CompositeLit
		assigned := 0
		ast.Inspect(ev.fn, func(n ast.Node) bool {
			if v, ok := n.(*ast.ValueSpec); ok {
				for i, id := range v.Names {
					if ev.info.ObjectOf(id) == obj && i < len(v.Values) {
						assigned++
						found, _ = ast.Unparen(v.Values[i]).(*ast.CompositeLit)
					}
				}
			}
			if a, ok := n.(*ast.AssignStmt); ok && !ev.appended[a] {
				for i, l := range a.Lhs {
					if id, ok := l.(*ast.Ident); ok && ev.info.ObjectOf(id) == obj {
						assigned++
						if i < len(a.Rhs) {
							found, _ = ast.Unparen(a.Rhs[i]).(*ast.CompositeLit)
						}
					}
					if _, ok := l.(*ast.Ident); !ok && mentions(ev.info, l, obj) && fieldOf(ev.info, l, obj) == nil {
						assigned += 2 // params.X.Y = ..., params[i] = ...: not read here
					}
				}
			}
			return true
		})
		if found != nil && assigned == 1 {
			return found, nil
		}
	}
	return nil, fmt.Errorf("params %s is not a literal the corpus test can read", ev.src(e))
}

// fieldOf returns X of e = obj.X, or nil.
func fieldOf(info *types.Info, e ast.Expr, obj types.Object) *ast.Ident {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || info.Uses[identOf(sel.X)] != obj {
		return nil
	}
	return sel.Sel
}

// mentions reports whether e uses obj.
func mentions(info *types.Info, e ast.Expr, obj types.Object) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.ObjectOf(id) == obj {
			found = true
		}
		return !found
	})
	return found
}

// optWrappers are the SDK and AWS helpers that wrap one value of a field.
var optWrappers = []string{"F", "Opt", "NewOpt", "Int", "Float", "String", "Bool", "Ptr"}

// unwrap removes parentheses and the helpers of optWrappers.
func (ev *corpusEval) unwrap(e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		c, ok := e.(*ast.CallExpr)
		if !ok || len(c.Args) != 1 || !slices.Contains(optWrappers, calleeName(ev.info, c)) {
			return e
		}
		fn, _ := typeutil.Callee(ev.info, c).(*types.Func)
		if fn == nil || fn.Pkg() == nil || !isSDKPackage(fn.Pkg().Path()) {
			return e
		}
		e = c.Args[0]
	}
}

func isSDKPackage(path string) bool {
	return strings.Contains(path, "anthropic-sdk-go") || strings.HasSuffix(path, "aws-sdk-go-v2/aws")
}

// calleeName is the name of the function c calls, or "".
func calleeName(info *types.Info, c *ast.CallExpr) string {
	if fn, ok := typeutil.Callee(info, c).(*types.Func); ok {
		return fn.Name()
	}
	return ""
}

func (ev *corpusEval) src(e ast.Expr) string { return types.ExprString(e) }

// fieldName is the field name of a keyed element, or nil.
func fieldName(kv *ast.KeyValueExpr) *ast.Ident {
	if kv == nil {
		return nil
	}
	id, _ := kv.Key.(*ast.Ident)
	return id
}

// sliceLiteral returns the slice literal e is or names: the rewrite may
// build the messages in a variable, where the prompt was.
func (ev *corpusEval) sliceLiteral(e ast.Expr) (*ast.CompositeLit, bool) {
	lit, err := ev.literal(e)
	return lit, err == nil
}

// blocks reads a list of text blocks.
func (ev *corpusEval) blocks(e ast.Expr) ([]any, error) {
	lit, ok := ev.sliceLiteral(e)
	if !ok {
		return nil, fmt.Errorf("%s is not a slice literal", ev.src(e))
	}
	var out []any
	for _, b := range lit.Elts {
		text, err := ev.textBlock(b)
		if err != nil {
			return nil, err
		}
		out = append(out, map[string]any{"type": "text", "text": text})
	}
	return out, nil
}

// textBlock reads NewTextBlock(s), TextBlockParam{Text: s} or a union
// holding one.
func (ev *corpusEval) textBlock(e ast.Expr) (string, error) {
	e = ev.unwrap(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		if calleeName(ev.info, e) == "NewTextBlock" && len(e.Args) == 1 {
			return ev.str(e.Args[0])
		}
	case *ast.CompositeLit:
		text, found := "", false
		for _, f := range e.Elts {
			kv, ok := f.(*ast.KeyValueExpr)
			if !ok {
				return "", fmt.Errorf("block literal without field names: %s", ev.src(e))
			}
			var err error
			switch key, _ := kv.Key.(*ast.Ident); {
			case key == nil:
				return "", fmt.Errorf("block field %s", ev.src(kv.Key))
			case key.Name == "Text":
				text, err = ev.str(ev.unwrap(kv.Value))
				found = true
			case key.Name == "OfText" || key.Name == "OfRequestTextBlock":
				text, err = ev.textBlock(kv.Value)
				found = true
			case key.Name == "Type":
			default:
				err = fmt.Errorf("block field %s is not understood by the corpus test", key.Name)
			}
			if err != nil {
				return "", err
			}
		}
		if found {
			return text, nil
		}
	}
	return "", fmt.Errorf("content block %s is not understood by the corpus test", ev.src(e))
}

// messages reads a list of NewUserMessage / NewAssistantMessage calls or
// MessageParam literals, and the messages a rewrite appends to a variable
// that holds one when their text is not blank (an optional prefill):
//
//	if t := strings.TrimRight(e, cutset); t != "" {
//		v = append(v, NewAssistantMessage(NewTextBlock(t)))
//	}
func (ev *corpusEval) messages(e ast.Expr) ([]any, error) {
	var appends []*ast.IfStmt
	if id, ok := ast.Unparen(ev.unwrap(e)).(*ast.Ident); ok {
		e, appends = id, ev.optionalAppends(ev.info.Uses[id])
	}
	lit, ok := ev.sliceLiteral(e)
	if !ok {
		return nil, fmt.Errorf("%s is not a slice literal", ev.src(e))
	}
	elts := slices.Clone(lit.Elts)
	for _, ifs := range appends {
		init := ifs.Init.(*ast.AssignStmt)
		trim := init.Rhs[0].(*ast.CallExpr)
		text, err := ev.str(trim.Args[0])
		if err != nil {
			return nil, err
		}
		cutset, err := ev.str(trim.Args[1])
		if err != nil {
			return nil, err
		}
		if text = strings.TrimRight(text, cutset); text != "" {
			ev.bound[ev.info.Defs[init.Lhs[0].(*ast.Ident)]] = text
			elts = append(elts, ifs.Body.List[0].(*ast.AssignStmt).Rhs[0].(*ast.CallExpr).Args[1])
		}
	}
	var out []any
	for _, m := range elts {
		role, content, err := ev.message(m)
		if err != nil {
			return nil, err
		}
		out = append(out, map[string]any{"role": role, "content": content})
	}
	return out, nil
}

// optionalAppends returns the if statements of the function that append
// a message to v when a trimmed text is not empty, and takes those
// appends out of the count of v's assignments.
func (ev *corpusEval) optionalAppends(v types.Object) []*ast.IfStmt {
	var out []*ast.IfStmt
	ast.Inspect(ev.fn, func(n ast.Node) bool {
		ifs, ok := n.(*ast.IfStmt)
		if !ok || ifs.Init == nil || len(ifs.Body.List) != 1 {
			return true
		}
		init, ok := ifs.Init.(*ast.AssignStmt)
		if !ok || len(init.Lhs) != 1 || len(init.Rhs) != 1 {
			return true
		}
		trim, ok := init.Rhs[0].(*ast.CallExpr)
		as, ok2 := ifs.Body.List[0].(*ast.AssignStmt)
		if !ok || !ok2 || calleeName(ev.info, trim) != "TrimRight" || len(as.Lhs) != 1 || ev.info.Uses[identOf(as.Lhs[0])] != v {
			return true
		}
		app, ok := as.Rhs[0].(*ast.CallExpr)
		if !ok || len(app.Args) != 2 || identOf(app.Fun) == nil || identOf(app.Fun).Name != "append" {
			return true
		}
		ev.appended[as] = true
		out = append(out, ifs)
		return true
	})
	return out
}

func (ev *corpusEval) message(e ast.Expr) (string, []any, error) {
	e = ev.unwrap(e)
	switch e := e.(type) {
	case *ast.CallExpr:
		role := map[string]string{"NewUserMessage": "user", "NewAssistantMessage": "assistant"}[calleeName(ev.info, e)]
		if role == "" || e.Ellipsis.IsValid() {
			break
		}
		var content []any
		for _, b := range e.Args {
			text, err := ev.textBlock(b)
			if err != nil {
				return "", nil, err
			}
			content = append(content, map[string]any{"type": "text", "text": text})
		}
		return role, content, nil
	case *ast.CompositeLit:
		var role string
		var content []any
		for _, f := range e.Elts {
			kv, _ := f.(*ast.KeyValueExpr)
			key := fieldName(kv)
			if key == nil {
				return "", nil, fmt.Errorf("message literal %s", ev.src(e))
			}
			var err error
			switch key.Name {
			case "Role":
				role, err = ev.str(ev.unwrap(kv.Value))
			case "Content":
				content, err = ev.blocks(ev.unwrap(kv.Value))
			default:
				err = fmt.Errorf("message field %s is not understood by the corpus test", key.Name)
			}
			if err != nil {
				return "", nil, err
			}
		}
		return role, content, nil
	}
	return "", nil, fmt.Errorf("message %s is not understood by the corpus test", ev.src(e))
}

func (ev *corpusEval) strList(e ast.Expr) ([]any, error) {
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil, fmt.Errorf("%s is not a slice literal", ev.src(e))
	}
	out := []any{}
	for _, s := range lit.Elts {
		v, err := ev.str(s)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func (ev *corpusEval) metadata(e ast.Expr) (map[string]any, error) {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return nil, fmt.Errorf("metadata %s is not a literal", ev.src(e))
	}
	out := map[string]any{}
	for _, f := range lit.Elts {
		kv, _ := f.(*ast.KeyValueExpr)
		if key := fieldName(kv); key == nil || key.Name != "UserID" {
			return nil, fmt.Errorf("metadata field %s is not understood by the corpus test", ev.src(f))
		}
		id, err := ev.str(ev.unwrap(kv.Value))
		if err != nil {
			return nil, err
		}
		out["user_id"] = id
	}
	return out, nil
}

// str evaluates a string expression: constants exactly, the rest through
// strval, with each hole filled by a non-blank sample ("sample-1", or a
// number for numeric operands) and string functions that strval leaves as
// holes (strings.TrimRight and the like) applied to their evaluated
// argument.
func (ev *corpusEval) str(e ast.Expr) (string, error) {
	if tv, ok := ev.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value), nil
	}
	if id := identOf(e); id != nil {
		if s, ok := ev.bound[ev.info.Uses[id]]; ok {
			return s, nil
		}
	}
	if t := ev.info.TypeOf(e); t == nil || !strval.IsString(t) {
		return "", fmt.Errorf("%s is not a string expression", ev.src(e))
	}
	v := ev.sv.Eval(e, ev.fn)
	var b strings.Builder
	for _, p := range v.Pieces {
		if !p.IsHole() {
			b.WriteString(p.Text)
			continue
		}
		val, err := ev.hole(p)
		if err != nil {
			return "", err
		}
		if p.Verb != "" {
			fmt.Fprintf(&b, p.Verb, val)
		} else {
			fmt.Fprint(&b, val)
		}
	}
	return b.String(), nil
}

// stringFuncs are the functions applied to their evaluated arguments
// rather than sampled: strval leaves them as holes.
var stringFuncs = map[string]func(args []string) string{
	"strings.TrimRight":  func(a []string) string { return strings.TrimRight(a[0], a[1]) },
	"strings.TrimLeft":   func(a []string) string { return strings.TrimLeft(a[0], a[1]) },
	"strings.Trim":       func(a []string) string { return strings.Trim(a[0], a[1]) },
	"strings.TrimSuffix": func(a []string) string { return strings.TrimSuffix(a[0], a[1]) },
	"strings.TrimPrefix": func(a []string) string { return strings.TrimPrefix(a[0], a[1]) },
	"strings.TrimSpace":  func(a []string) string { return strings.TrimSpace(a[0]) },
	"strings.ToUpper":    func(a []string) string { return strings.ToUpper(a[0]) },
	"strings.ToLower":    func(a []string) string { return strings.ToLower(a[0]) },
	"cmp.Or":             func(a []string) string { return cmp.Or(a...) },
}

// hole returns the value of a hole: a function of stringFuncs applied to
// its evaluated arguments, or a sample of the hole's type.
func (ev *corpusEval) hole(p strval.Piece) (any, error) {
	if c, ok := ast.Unparen(p.Hole).(*ast.CallExpr); ok && p.Stmt == nil && !c.Ellipsis.IsValid() {
		fn, _ := typeutil.Callee(ev.info, c).(*types.Func)
		if fn != nil && fn.Pkg() != nil && stringFuncs[fn.Pkg().Path()+"."+fn.Name()] != nil {
			var args []string
			for _, a := range c.Args {
				s, err := ev.str(a)
				if err != nil {
					return nil, err
				}
				args = append(args, s)
			}
			return stringFuncs[fn.Pkg().Path()+"."+fn.Name()](args), nil
		}
	}
	ev.sampled = append(ev.sampled, types.ExprString(p.Hole))
	if t, ok := ev.info.TypeOf(p.Hole).Underlying().(*types.Basic); ok && p.Stmt == nil {
		switch {
		case t.Info()&types.IsInteger != 0:
			return 7, nil
		case t.Info()&types.IsFloat != 0:
			return 0.5, nil
		case t.Info()&types.IsBoolean != 0:
			return true, nil
		}
	}
	if ev.emptyHoles {
		return "", nil
	}
	ev.holes++
	return fmt.Sprintf("sample-%d", ev.holes), nil
}

func (ev *corpusEval) integer(e ast.Expr, name string, sample int64) (int64, error) {
	if tv, ok := ev.info.Types[e]; ok && tv.Value != nil {
		if n, exact := constant.Int64Val(constant.ToInt(tv.Value)); exact {
			return n, nil
		}
		return 0, fmt.Errorf("%s is not an integer", ev.src(e))
	}
	ev.sampled = append(ev.sampled, fmt.Sprintf("%s %s = %d", name, ev.src(e), sample))
	return sample, nil
}

func (ev *corpusEval) float(e ast.Expr, name string, sample float64) (float64, error) {
	if tv, ok := ev.info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() != constant.Int && tv.Value.Kind() != constant.Float {
			return 0, fmt.Errorf("%s is not a number", ev.src(e))
		}
		f, _ := constant.Float64Val(constant.ToFloat(tv.Value))
		return f, nil
	}
	ev.sampled = append(ev.sampled, fmt.Sprintf("%s %s = %v", name, ev.src(e), sample))
	return sample, nil
}

// mapBody reads a map or struct body, with the keys or fields set on its
// variable after it, and finds where it is sent: Bedrock's InvokeModel (the
// body has anthropic_version) or the URL of the function's HTTP request.
func (ev *corpusEval) mapBody(lit *ast.CompositeLit) (*corpusWire, error) {
	v, err := ev.jsonValue(lit)
	if err != nil {
		return nil, err
	}
	w := &corpusWire{body: v.(map[string]any)}
	if obj := ev.site.assign; obj != nil {
		var err error
		ast.Inspect(ev.fn, func(n ast.Node) bool {
			a, ok := n.(*ast.AssignStmt)
			if !ok || err != nil || a.Pos() < lit.End() || len(a.Lhs) != 1 || len(a.Rhs) != 1 {
				return err == nil
			}
			var x ast.Expr
			key := ""
			switch l := a.Lhs[0].(type) {
			case *ast.IndexExpr:
				x = l.X
				if key, err = ev.str(l.Index); err != nil {
					return false
				}
			case *ast.SelectorExpr:
				x = l.X
				key = ev.jsonKey(l.Sel)
			default:
				return true
			}
			if id, ok := ast.Unparen(x).(*ast.Ident); !ok || ev.info.ObjectOf(id) != obj || key == "" {
				return true
			}
			w.body[key], err = ev.jsonValue(a.Rhs[0])
			return true
		})
		if err != nil {
			return nil, err
		}
	}
	if _, ok := w.body["anthropic_version"]; ok {
		id, err := ev.bedrockModel()
		if err != nil {
			return nil, err
		}
		w.path = "/model/" + url.PathEscape(id) + "/invoke"
		return w, nil
	}
	u, err := ev.requestURL()
	if err != nil {
		return nil, err
	}
	i := strings.Index(u, "/v1/")
	if i < 0 {
		return nil, fmt.Errorf("request URL %q has no /v1/ path", u)
	}
	w.path = u[i:]
	return w, nil
}

// jsonValue evaluates a value of a map body.
func (ev *corpusEval) jsonValue(e ast.Expr) (any, error) {
	e = ast.Unparen(e)
	if tv, ok := ev.info.Types[e]; ok && tv.Value != nil {
		switch tv.Value.Kind() {
		case constant.String:
			return constant.StringVal(tv.Value), nil
		case constant.Bool:
			return constant.BoolVal(tv.Value), nil
		case constant.Int:
			n, _ := constant.Int64Val(tv.Value)
			return n, nil
		case constant.Float:
			f, _ := constant.Float64Val(tv.Value)
			return f, nil
		}
	}
	t := ev.info.TypeOf(e)
	if t == nil {
		return nil, fmt.Errorf("%s has no type", ev.src(e))
	}
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		return ev.jsonValue(u.X)
	}
	if _, isID := e.(*ast.Ident); isID && !strval.IsString(t) {
		if lit, ok := ev.sliceLiteral(e); ok {
			e = lit // built where the prompt was
		}
	}
	if lit, ok := e.(*ast.CompositeLit); ok {
		switch st := t.Underlying().(type) {
		case *types.Struct:
			return ev.structValue(lit, st)
		case *types.Map:
			m := map[string]any{}
			for _, el := range lit.Elts {
				kv := el.(*ast.KeyValueExpr)
				k, err := ev.str(kv.Key)
				if err != nil {
					return nil, err
				}
				if m[k], err = ev.jsonValue(kv.Value); err != nil {
					return nil, fmt.Errorf("%s: %w", k, err)
				}
			}
			return m, nil
		case *types.Slice, *types.Array:
			l := []any{}
			for _, el := range lit.Elts {
				v, err := ev.jsonValue(el)
				if err != nil {
					return nil, err
				}
				l = append(l, v)
			}
			return l, nil
		}
	}
	if strval.IsString(t) {
		return ev.str(e)
	}
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
		return ev.integer(e, "value", 100)
	}
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsFloat != 0 {
		return ev.float(e, "value", 0.5)
	}
	return nil, fmt.Errorf("body value %s is not understood by the corpus test", ev.src(e))
}

// structValue evaluates a struct literal as encoding/json marshals it:
// each exported field under its JSON name, those not set at their zero
// value unless omitempty.
func (ev *corpusEval) structValue(lit *ast.CompositeLit, st *types.Struct) (map[string]any, error) {
	set := map[*types.Var]ast.Expr{}
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return nil, fmt.Errorf("struct literal %s has unkeyed elements", ev.src(lit))
		}
		if v, ok := ev.info.Uses[kv.Key.(*ast.Ident)].(*types.Var); ok {
			set[v] = kv.Value
		}
	}
	m := map[string]any{}
	var promoted []map[string]any
	for i := range st.NumFields() {
		f := st.Field(i)
		if inner, ok := embeddedStruct(f, st.Tag(i)); ok {
			sub, err := ev.embeddedValue(set, f, inner)
			if err != nil {
				return nil, err
			}
			promoted = append(promoted, sub)
			continue
		}
		name, omit := structTag(st.Tag(i), f.Name())
		if !f.Exported() || name == "-" {
			continue
		}
		e, ok := set[f]
		if !ok {
			if !omit {
				m[name] = zeroJSON(f.Type())
			}
			continue
		}
		var v any
		var err error
		if name == "model" {
			v, err = ev.model(e) // followed to the constants the analyzer fixes
		} else {
			v, err = ev.jsonValue(e)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if !omit || !isEmptyJSON(v) {
			m[name] = v
		}
	}
	for _, sub := range promoted {
		for k, v := range sub {
			if _, hidden := m[k]; !hidden {
				m[k] = v // the body's own field hides a promoted one
			}
		}
	}
	return m, nil
}

// embeddedStruct returns the struct an embedded field without a JSON name
// flattens into the body, as encoding/json does.
func embeddedStruct(f *types.Var, tag string) (*types.Struct, bool) {
	name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	if !f.Embedded() || name != "" {
		return nil, false
	}
	t := f.Type()
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// embeddedValue evaluates the fields an embedded struct promotes: none for
// a nil pointer, the zero values for a struct not set.
func (ev *corpusEval) embeddedValue(set map[*types.Var]ast.Expr, f *types.Var, inner *types.Struct) (map[string]any, error) {
	_, pointer := types.Unalias(f.Type()).(*types.Pointer)
	e, ok := set[f]
	switch {
	case !ok && pointer, ok && ev.info.Types[e].IsNil():
		return nil, nil
	case !ok:
		return ev.structValue(&ast.CompositeLit{}, inner)
	}
	lit, err := ev.literal(e)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name(), err)
	}
	return ev.structValue(lit, inner)
}

// jsonKey returns the JSON name of the struct field sel selects.
func (ev *corpusEval) jsonKey(sel *ast.Ident) string {
	v, ok := ev.info.Uses[sel].(*types.Var)
	if !ok || !v.IsField() {
		return ""
	}
	for _, f := range ev.files {
		var name string
		ast.Inspect(f, func(n ast.Node) bool {
			field, ok := n.(*ast.Field)
			if !ok || name != "" {
				return name == ""
			}
			for _, id := range field.Names {
				if ev.info.Defs[id] == v {
					tag := ""
					if field.Tag != nil {
						tag, _ = strconv.Unquote(field.Tag.Value)
					}
					name, _ = structTag(tag, v.Name())
				}
			}
			return name == ""
		})
		if name != "" {
			return name
		}
	}
	return ""
}

// structTag returns the JSON name of a field and whether it is omitted
// when empty.
func structTag(tag, goName string) (string, bool) {
	name, opts, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	if name == "" {
		name = goName
	}
	return name, strings.Contains(","+opts+",", ",omitempty,")
}

// zeroJSON is how encoding/json marshals the zero value of t.
func zeroJSON(t types.Type) any {
	if b, ok := t.Underlying().(*types.Basic); ok {
		switch {
		case b.Info()&types.IsString != 0:
			return ""
		case b.Info()&types.IsBoolean != 0:
			return false
		case b.Info()&types.IsNumeric != 0:
			return int64(0)
		}
	}
	return nil
}

func isEmptyJSON(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case string:
		return v == ""
	case bool:
		return !v
	case int64:
		return v == 0
	case float64:
		return v == 0
	case []any:
		return len(v) == 0
	case map[string]any:
		return len(v) == 0
	}
	return false
}

// bedrockModel returns the ModelId of the InvokeModelInput in the function.
func (ev *corpusEval) bedrockModel() (string, error) {
	var id ast.Expr
	ast.Inspect(ev.fn, func(n ast.Node) bool {
		if lit, ok := n.(*ast.CompositeLit); ok && id == nil {
			for _, el := range lit.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "ModelId" {
						id = ev.unwrap(kv.Value)
					}
				}
			}
		}
		return id == nil
	})
	if id == nil {
		return "", fmt.Errorf("no InvokeModelInput with a ModelId in the function")
	}
	return ev.str(id)
}

// requestURL returns the URL of the net/http request the function sends.
func (ev *corpusEval) requestURL() (string, error) {
	var u ast.Expr
	ast.Inspect(ev.fn, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok || u != nil {
			return u == nil
		}
		fn, _ := typeutil.Callee(ev.info, c).(*types.Func)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "net/http" {
			return true
		}
		switch fn.Name() {
		case "NewRequest", "Post":
			if len(c.Args) >= 2 {
				u = c.Args[map[string]int{"NewRequest": 1, "Post": 0}[fn.Name()]]
			}
		case "NewRequestWithContext":
			if len(c.Args) >= 3 {
				u = c.Args[2]
			}
		}
		return u == nil
	})
	if u == nil {
		// A helper sends the body: the function hands it the URL.
		ast.Inspect(ev.fn, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && strings.Contains(lit.Value, "/v1/") {
				u = lit
			}
			return u == nil
		})
	}
	if u == nil {
		return "", fmt.Errorf("no net/http request in the function that sends the body")
	}
	return ev.str(u)
}

// model evaluates the model of a request: a constant, a parameter whose
// callers in the package pass a constant or a string flag's default, or a
// struct field the package writes one constant to (the constants the
// analyzer follows and fixes where they are).
func (ev *corpusEval) model(e ast.Expr) (string, error) {
	if tv, ok := ev.info.Types[e]; ok && tv.Value != nil {
		return ev.str(e)
	}
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
		if s, ok := ev.info.Selections[sel]; ok && s.Kind() == types.FieldVal {
			return ev.fieldModel(sel, s.Obj())
		}
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	decl, isDecl := ev.site.fn.(*ast.FuncDecl)
	if !ok || !isDecl {
		return ev.str(e)
	}
	fn, _ := ev.info.Defs[decl.Name].(*types.Func)
	k := -1
	for i := range fn.Signature().Params().Len() {
		if fn.Signature().Params().At(i) == ev.info.Uses[id] {
			k = i
		}
	}
	if k < 0 {
		return ev.str(e)
	}
	var ids []string
	for _, f := range ev.files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || typeutil.Callee(ev.info, call) != fn || k >= len(call.Args) {
				return true
			}
			if id, ok := ev.flagDefault(call.Args[k]); ok {
				ids = append(ids, id)
			}
			return true
		})
	}
	if len(slices.Compact(ids)) != 1 {
		return "", fmt.Errorf("model %s comes from %d constants through the callers of %s", ev.src(e), len(ids), fn.Name())
	}
	return ids[0], nil
}

// fieldModel evaluates a model read from a struct field: the one constant
// the package's composite literals (keyed or not) and assignments write to
// that field.
func (ev *corpusEval) fieldModel(e *ast.SelectorExpr, field types.Object) (string, error) {
	var ids []string
	add := func(v ast.Expr) {
		if tv := ev.info.Types[v]; tv.Value != nil && tv.Value.Kind() == constant.String {
			ids = append(ids, constant.StringVal(tv.Value))
		} else {
			ids = append(ids, "?"+ev.src(v))
		}
	}
	for _, f := range ev.files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit:
				st, ok := ev.info.TypeOf(n).Underlying().(*types.Struct)
				if !ok {
					return true
				}
				for i, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						if ev.info.Uses[identOf(kv.Key)] == field {
							add(kv.Value)
						}
					} else if i < st.NumFields() && st.Field(i) == field {
						add(elt)
					}
				}
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && ev.info.Uses[sel.Sel] == field && len(n.Rhs) == len(n.Lhs) {
						add(n.Rhs[i])
					}
				}
			}
			return true
		})
	}
	if len(slices.Compact(slices.Sorted(slices.Values(ids)))) != 1 || strings.HasPrefix(ids[0], "?") {
		return "", fmt.Errorf("model %s is written %d values: %v", ev.src(e), len(ids), ids)
	}
	return ids[0], nil
}

// flagDefault returns the constant a caller passes: a constant, or *v for a
// package-level v := flag.String(name, default, usage).
func (ev *corpusEval) flagDefault(arg ast.Expr) (string, bool) {
	if tv, ok := ev.info.Types[arg]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value), true
	}
	star, ok := ast.Unparen(arg).(*ast.StarExpr)
	if !ok {
		return "", false
	}
	v, _ := ev.info.Uses[identOf(star.X)].(*types.Var)
	for _, f := range ev.files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, spec := range gd.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok || len(vs.Values) != len(vs.Names) {
					continue
				}
				for i, name := range vs.Names {
					call, ok := ast.Unparen(vs.Values[i]).(*ast.CallExpr)
					if ev.info.Defs[name] != v || !ok || calleeName(ev.info, call) != "String" || len(call.Args) != 3 {
						continue
					}
					if tv := ev.info.Types[call.Args[1]]; tv.Value != nil {
						return constant.StringVal(tv.Value), true
					}
				}
			}
		}
	}
	return "", false
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}
