package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/completelint/completelint/internal/msgapi"
	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// StructFixMessage is the message of the rewrite of a hand-written struct
// body.
const StructFixMessage = "Rewrite the request and response types to the Messages API"

// A StructBody is a hand-written legacy request whose body is a struct type
// of the package, with what changes along with it.
type StructBody struct {
	// Lit builds the body: a literal of the request type, or a pointer to
	// one. Zero declares it instead, as a zero value whose fields are
	// assigned after: var body Body.
	Lit  *ast.CompositeLit
	Zero *ast.ValueSpec
	// Call sends the request, when it is a call of the function that
	// builds the body (Bedrock's InvokeModel).
	Call *ast.CallExpr
	// Fields are the parameters set in the literal or assigned after it.
	Fields []request.Field
	// Bedrock is set for an InvokeModel body; Model is then the ModelId value.
	Bedrock bool
	Model   ast.Expr
	// Stream is set when the body goes to InvokeModelWithResponseStream:
	// each chunk of the answer is a stream event.
	Stream bool
	// Endpoints are the package's legacy endpoint URLs: the rewrite edits
	// those of the functions that build, send or read the request.
	Endpoints []Endpoint
	// Others are the package's other legacy requests (their calls or
	// literals): one that shares the request's functions stops the rewrite,
	// which would change its response type too.
	Others []ast.Node
	// OtherStructs is set when another request of the package has a struct
	// body: its fix may declare a message type too, so this one names its
	// own after the request type.
	OtherStructs bool
}

// An Endpoint is a legacy endpoint URL given to net/http in Fn.
type Endpoint struct {
	Fn  ast.Node
	URL strval.Value
}

// A structRewrite moves a hand-written struct body and its response types
// to the Messages API: the type declarations, the literal and the fields
// assigned after it, the endpoint and headers, and every read of the
// response, in the one file that holds them all.
type structRewrite struct {
	*fixer
	b  StructBody
	rt *requestType
	// resp rewrites the reads of the answer; its funcs are the functions
	// that build, send or read the request.
	resp *responses
	// msgType spells the message type; newMsgType is set when the rewrite
	// declares it.
	msgType    string
	newMsgType bool
	stream     bool
	plan       *plan
	// promptAt is where the prompt is set: the key-value of the literal (or
	// its value in an unkeyed literal) or the assignment after it.
	promptAt ast.Node
	// dropped are the values of an unkeyed literal the rewrite deletes.
	dropped map[ast.Expr]bool
}

// StructFix returns the single fix that moves a legacy request with a
// struct body, and the response types it is read through, to the Messages
// API, or the reason there is none.
func StructFix(pass *analysis.Pass, b StructBody, prompt strval.Value, conv promptcheck.Conversation, env Env) (*analysis.SuggestedFix, error) {
	if b.Lit == nil && (b.Zero == nil || len(b.Zero.Names) != 1) {
		return nil, request.NoFix(request.BodyNotMapLiteral)
	}
	f := &structRewrite{fixer: &fixer{editor: editor{pass: pass}, req: &request.Request{Lit: b.Lit, Call: b.Call, Fields: b.Fields}, models: env}, b: b}
	if err := f.run(prompt, conv); err != nil {
		return nil, err
	}
	return &analysis.SuggestedFix{Message: f.fixMessage(StructFixMessage), TextEdits: f.edits}, nil
}

func (f *structRewrite) run(prompt strval.Value, conv promptcheck.Conversation) error {
	prompt, p, err := f.prepare(f.anchor(), prompt, conv)
	if err != nil {
		return err
	}
	f.plan = p
	if f.req.Call != nil && !containsPos(f.fn, f.req.Call.Pos()) {
		f.req.Call = nil // the body is built in a helper: it is sent elsewhere
	}
	f.parents = parentMap(f.file) // the request's reads are all over the file
	if f.rt, err = f.requestType(); err != nil {
		return err
	}
	if f.stream, err = f.streams(); err != nil {
		return err
	}
	f.stream = f.stream || f.b.Stream
	f.moreParams = f.wireParams
	promptField, err := f.promptField()
	if err != nil {
		return err
	}
	if err := f.inlineDefs(prompt, promptField.Value); err != nil {
		return err
	}
	if f.b.Bedrock {
		f.target, err = f.bedrockTarget(p)
	} else {
		f.target, err = f.chooseTarget(p, false)
	}
	if err != nil {
		return err
	}
	steps := []func() error{
		f.checkRequestUses,
		f.findFuncs,
		f.checkKeys,
		f.chooseMessageType,
		f.rewriteResponses,
		f.checkOthers,
		f.rewriteFields,
		f.keyElements,
		f.rewritePrompt,
		f.rewriteDecl,
		f.rewriteTransport,
		f.checkModel,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return f.ensureImports(f.anchor().Pos())
}

// checkModel refuses a direct request without a model: the Messages API
// requires one (Bedrock names it in the path).
func (f *structRewrite) checkModel() error {
	if m := f.rt.field(promptcheck.ParamModel); !f.b.Bedrock && (m == nil || !m.set) {
		return request.NoFix(request.BodyNoModel)
	}
	return nil
}

// anchor is the literal, or the declaration, that builds the body.
func (f *structRewrite) anchor() ast.Node {
	if f.b.Lit != nil {
		return f.b.Lit
	}
	return f.b.Zero
}

// streams reports whether the request asks for server-sent events: its
// stream field is the constant true.
func (f *structRewrite) streams() (bool, error) {
	rf := f.rt.field(promptcheck.ParamStream)
	if rf == nil {
		return false, nil
	}
	stream := false
	for _, v := range f.valuesOf(rf.v) {
		tv, ok := f.pass.TypesInfo.Types[v]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
			return false, request.NoFix(request.StructStreamUnknown, f.src(v))
		}
		stream = constant.BoolVal(tv.Value)
	}
	return stream, nil
}

// promptField returns the request's one prompt field, set in the literal or
// by a plain assignment after it.
func (f *structRewrite) promptField() (request.Field, error) {
	var found []request.Field
	for _, field := range f.b.Fields {
		if field.Param == promptcheck.ParamPrompt {
			found = append(found, field)
		}
	}
	if len(found) == 0 {
		return request.Field{}, request.NoFix(request.BodyNoPrompt)
	}
	if len(found) > 1 {
		return request.Field{}, request.NoFix(request.StructPromptTwice, f.place(found[1].Node.Pos()))
	}
	field := found[0]
	switch n := field.Node.(type) {
	case *ast.KeyValueExpr:
	case *ast.AssignStmt:
		if len(n.Lhs) != 1 || n.Tok != token.ASSIGN {
			return request.Field{}, request.NoFix(request.BodyKeyOutside, promptcheck.ParamPrompt, f.place(n.Pos()))
		}
	case ast.Expr:
		if !f.unkeyed() || f.parents[n] != ast.Node(f.b.Lit) {
			return request.Field{}, request.NoFix(request.BodyKeyOutside, promptcheck.ParamPrompt, f.place(field.Node.Pos()))
		}
	default:
		return request.Field{}, request.NoFix(request.BodyKeyOutside, promptcheck.ParamPrompt, f.place(field.Node.Pos()))
	}
	f.promptAt = field.Node
	return field, nil
}

// wireParams adds to the Messages API check the sampling parameters the
// struct sends without the request setting them: fields without omitempty
// go out at their zero value, and those promoted from an embedded struct
// whose value the rewrite does not follow are set to a value not known.
func (f *structRewrite) wireParams(r *msgapi.Request) {
	r.Stream = f.stream
	for _, rf := range f.rt.fields {
		n := msgapi.Number{Set: true, Known: true} // the zero value
		switch {
		case rf.set, rf.embed != nil && rf.embed.unset:
			continue
		case rf.embed != nil && rf.embed.unknown:
			n.Known = false
		case rf.omitempty:
			continue
		}
		switch rf.json {
		case promptcheck.ParamTemperature:
			r.Temperature = n
		case promptcheck.ParamTopP:
			r.TopP = n
		case promptcheck.ParamTopK:
			r.TopK = n
		}
	}
}

// findFuncs collects the functions of the request: the one that builds it
// and those that use the request type. The response types add theirs.
func (f *structRewrite) findFuncs() error {
	f.resp = newResponses(f.fixer, nil, f.stream)
	f.resp.chunks = f.b.Stream
	f.resp.addFunc(f.anchor().Pos())
	if f.b.Call != nil {
		f.resp.addFunc(f.b.Call.Pos())
	}
	for _, id := range f.defs().Uses(f.rt.typeObj()) {
		f.resp.addFunc(id.Pos())
	}
	return nil
}

// inFuncs reports whether pos lies in a function of the request.
func (f *structRewrite) inFuncs(pos token.Pos) bool { return f.resp.inFuncs(pos) }

// rewriteResponses moves the response types to the Messages response. A
// request whose answer is not read in its functions must not hand the raw
// answer to a caller, whose reads would break unseen.
func (f *structRewrite) rewriteResponses() error {
	if err := f.resp.rewrite(); err != nil {
		return err
	}
	if f.resp.reads > 0 {
		return nil
	}
	if f.b.Stream {
		return request.NoFix(request.StreamChunksUnread)
	}
	for _, fn := range f.resp.funcs {
		if err := f.resp.answerStaysHere(fn); err != nil {
			return err
		}
	}
	return nil
}

// checkOthers refuses a request whose functions hold another legacy
// request: the response types would change under it too.
func (f *structRewrite) checkOthers() error {
	for _, o := range f.b.Others {
		if o != nil && f.inFuncs(o.Pos()) {
			return request.NoFix(request.StructSharedWithRequest, f.place(o.Pos()))
		}
	}
	return nil
}

// chooseMessageType picks the type of the messages: an existing struct of
// the package with exactly the role and content strings, or a new one named
// after the request's exportedness, free where the code spells it.
func (f *structRewrite) chooseMessageType() error {
	if name := f.existingMessageType(); name != "" {
		f.msgType = name
		return nil
	}
	base := "message"
	if f.rt.obj != nil && f.rt.obj.Exported() {
		base = "Message"
	}
	names := []string{base, f.rt.namePrefix() + "Message"}
	if f.b.OtherStructs {
		names = names[1:]
	}
	for _, name := range names {
		if f.nameFree(name) {
			f.msgType, f.newMsgType = name, true
			return nil
		}
	}
	return request.NoFix(request.StructNameTaken, names[0])
}

// existingMessageType returns a package-level struct type with exactly
// Role and Content strings tagged role and content.
func (f *structRewrite) existingMessageType() string {
	scope := f.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok || st.NumFields() != 2 {
			continue
		}
		want := map[string]bool{"role": true, "content": true}
		for i := range st.NumFields() {
			fv := st.Field(i)
			name, _ := jsonName(st.Tag(i), fv.Name())
			if b, ok := fv.Type().(*types.Basic); !ok || b.Kind() != types.String || !want[name] {
				break
			}
			delete(want, name)
		}
		if len(want) == 0 && f.visibleEverywhere(tn) {
			return tn.Name()
		}
	}
	return ""
}

// visibleEverywhere reports whether obj's name means obj where the rewrite
// spells it.
func (f *structRewrite) visibleEverywhere(obj types.Object) bool {
	for _, pos := range f.spellings() {
		if scope := f.pass.Pkg.Scope().Innermost(pos); scope != nil {
			if _, found := scope.LookupParent(obj.Name(), pos); found != obj {
				return false
			}
		}
	}
	return true
}

// nameFree reports whether a new type may take name: nothing of that name
// in the package, nor in scope where the rewrite spells it.
func (f *structRewrite) nameFree(name string) bool {
	if f.pass.Pkg.Scope().Lookup(name) != nil {
		return false
	}
	if f.rt.local {
		if scope := f.pass.Pkg.Scope().Innermost(f.rt.spec.Pos()); scope != nil && scope.Lookup(name) != nil {
			return false
		}
	}
	for _, pos := range f.spellings() {
		if scope := f.pass.Pkg.Scope().Innermost(pos); scope != nil {
			if _, found := scope.LookupParent(name, pos); found != nil {
				return false
			}
		}
	}
	return true
}

// spellings are where the rewrite spells the message type: the prompt.
func (f *structRewrite) spellings() []token.Pos {
	return []token.Pos{f.promptAt.Pos()}
}

// rewritePrompt replaces the prompt by the system text and the messages of
// the plan, with the Bedrock version when the body lacks it.
func (f *structRewrite) rewritePrompt() error {
	var parts [][2]string // Go field, value
	if len(f.plan.system) > 0 {
		e, err := f.expr(f.plan.system)
		if err != nil {
			return err
		}
		parts = append(parts, [2]string{"System", e})
	}
	var msgs []string
	for _, m := range f.plan.messages {
		e, err := f.messageText(m)
		if err != nil {
			return err
		}
		role := "user"
		if m.role == promptcheck.Assistant {
			role = "assistant"
		}
		msgs = append(msgs, "{Role: "+strconv.Quote(role)+", Content: "+e+"}")
	}
	// A literal written on one line stays on one line.
	oneLine := false
	if lit, ok := f.parents[f.promptAt].(*ast.CompositeLit); ok {
		oneLine = f.pass.Fset.Position(lit.Lbrace).Line == f.pass.Fset.Position(lit.Rbrace).Line
	}
	list := "[]" + f.msgType + "{\n" + strings.Join(msgs, ",\n") + ",\n}"
	sep := ",\n"
	if oneLine {
		list, sep = "[]"+f.msgType+"{"+strings.Join(msgs, ", ")+"}", ", "
	}
	parts = append(parts, [2]string{"Messages", list})
	if f.b.Bedrock && (f.rt.version == nil || !f.rt.version.set) {
		name := versionField
		if f.rt.version != nil {
			name = f.rt.version.v.Name()
		}
		parts = append(parts, [2]string{name, strconv.Quote(bedrockVersion)})
	}
	switch at := f.promptAt.(type) {
	case ast.Expr: // a key-value, or the value of an unkeyed literal
		var kvs []string
		for _, p := range parts {
			kvs = append(kvs, p[0]+": "+p[1])
		}
		f.replace(at, strings.Join(kvs, sep))
	case *ast.AssignStmt:
		sel, ok := ast.Unparen(at.Lhs[0]).(*ast.SelectorExpr)
		if !ok {
			return request.NoFix(request.BodyKeyOutside, promptcheck.ParamPrompt, f.place(at.Pos()))
		}
		var stmts []string
		for _, p := range parts {
			stmts = append(stmts, f.src(sel.X)+"."+p[0]+" = "+p[1])
		}
		f.replace(at, strings.Join(stmts, "\n"))
	}
	return nil
}

// versionField is the Go field the rewrite declares for Bedrock's
// anthropic_version.
const versionField = "AnthropicVersion"
