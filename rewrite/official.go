package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/completelint/completelint/internal/request"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/completelint/completelint/internal/msgapi"
	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// FixMessage is the message of the rewrite fix.
const FixMessage = "Rewrite to the Messages API"

// A fixer collects the edits of one rewrite.
// A fixer rewrites one legacy request: it reads the prompt, plans the
// conversation and checks the Messages request (target.go) whatever sends
// it. The modes build on it: sdkRewrite moves an SDK call to the Messages
// service, bodyRewrite turns a JSON body into a Messages body.
type fixer struct {
	editor
	req    *request.Request
	models Env
	// target is the checked model and parameters of the Messages request.
	target *target
	// spellModel spells a model id in the generated code; nil quotes it.
	spellModel func(id string) string
	// moreParams adds what the request sends that its fields do not say (a
	// struct body's fields without omitempty go out at their zero value);
	// nil adds nothing.
	moreParams func(*msgapi.Request)
	// inlined are the functions whose template the prompt was read from.
	inlined []*types.Func
	// accum is set when the prompt is a variable built up by statements
	// the rewrite keeps (accumulate.go); nonBlank lists expressions known
	// to hold text that is not blank.
	accum    *accumulation
	nonBlank []ast.Expr
}

// An sdkRewrite moves a call of the official SDK's CompletionService to its
// MessageService, in the shape of the SDK version the package imports.
type sdkRewrite struct {
	*fixer
	shape *shape
	// stopHelperUsed is the name of the stop reason helper once a use of
	// the stop reason needs it (stophelper.go).
	stopHelperUsed string
	// calleeDepth counts the functions a result was followed into.
	calleeDepth int
}

// Official returns the single "Rewrite to the Messages API" fix for a request
// of the official SDK, or the reason there is none. prompt is the evaluated
// prompt and conv its parse; models maps model ids (nil keeps them).
func Official(pass *analysis.Pass, req *request.Request, prompt strval.Value, conv promptcheck.Conversation, env Env) (*analysis.SuggestedFix, error) {
	if req == nil || req.Call == nil || req.Lit == nil || req.Entry == nil {
		return nil, request.NoFix(request.NotACallWithLiteral)
	}
	f := &sdkRewrite{fixer: &fixer{editor: editor{pass: pass}, req: req, models: env}}
	f.spellModel = f.modelID
	if err := f.run(prompt, conv); err != nil {
		return nil, err
	}
	return &analysis.SuggestedFix{Message: f.fixMessage(FixMessage), TextEdits: f.edits}, nil
}

func (f *sdkRewrite) run(prompt strval.Value, conv promptcheck.Conversation) error {
	prompt, p, err := f.prepare(f.req.Call, prompt, conv)
	if err != nil {
		return err
	}
	if f.shape, err = f.readShape(); err != nil {
		return err
	}
	if f.target, err = f.chooseTarget(p, f.shape.nonStreamingCheck); err != nil {
		return err
	}
	steps := []func() error{
		f.rewriteCall,
		f.rewriteArg,
		func() error { return f.rewriteParams(prompt, p) },
		f.rewriteResults,
		f.addTimeout,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return f.ensureImports(f.req.Call.Pos())
}

// ensureImports makes the packages the generated code names available.
func (f *editor) ensureImports(pos token.Pos) error {
	if f.fmtPkg != "" {
		f.imports = append(f.imports, "fmt")
	}
	if f.trimmed {
		f.imports = append(f.imports, "strings")
	}
	slices.Sort(f.imports)
	for _, path := range slices.Compact(f.imports) {
		if err := f.ensureImport(path, pos); err != nil {
			return err
		}
	}
	f.dropUnusedImports()
	return nil
}

// addTimeout passes a request timeout to a non-streaming call whose
// max_tokens the SDK would otherwise refuse, ahead of the call's own
// options so that theirs still win.
func (f *sdkRewrite) addTimeout() error {
	if f.target == nil || !f.target.timeout {
		return nil
	}
	opt := f.shape.pkg.Path() + "/option"
	f.imports = append(f.imports, opt, "time")
	f.insert(f.req.Arg.End(), ", "+importMarker(opt)+".WithRequestTimeout("+importMarker("time")+".Hour)")
	return nil
}

// rewriteCall renames Completions.New to Messages.New, keeping receiver,
// context and options.
func (f *sdkRewrite) rewriteCall() error {
	sel, ok := ast.Unparen(f.req.Call.Fun).(*ast.SelectorExpr)
	if !ok {
		return request.NoFix(request.CallNotMethod)
	}
	svc, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok || svc.Sel.Name != "Completions" {
		return request.NoFix(request.ReceiverNotCompletions, f.src(sel.X))
	}
	if f.shape.messagesField(f.pass.TypesInfo.TypeOf(svc.X)) == nil {
		return request.NoFix(request.ClientNoMessages, f.src(svc.X))
	}
	f.replace(svc.Sel, "Messages")
	if name := f.req.Lib.Messages[f.req.Entry.Name]; name != "" && name != sel.Sel.Name {
		f.replace(sel.Sel, name)
	}
	return nil
}

// rewriteArg makes sure the request literal reaches the call only through
// code whose type follows the literal's.
func (f *sdkRewrite) rewriteArg() error {
	arg := ast.Unparen(f.req.Arg)
	if arg == f.req.Lit {
		return nil
	}
	id, ok := arg.(*ast.Ident)
	if !ok {
		return request.NoFix(request.ParamsIndirect, f.src(arg))
	}
	obj := f.pass.TypesInfo.ObjectOf(id)
	def := f.definingIdent(obj)
	if def == nil || !f.definedBy(def, f.req.Lit) {
		return request.NoFix(request.ParamsNotDeclared, id.Name)
	}
	assigned := map[ast.Node]bool{}
	for _, field := range f.req.Fields {
		assigned[field.Node] = true
	}
	for _, use := range f.uses(obj) {
		if use != id && !assigned[f.fieldWrite(use)] {
			return request.NoFix(request.ParamsUsed, id.Name, f.place(use.Pos()))
		}
	}
	return nil
}

// fieldWrite returns the assignment whose left side is a field of the
// variable use names (use.X = v, use.X.Y = v), or nil.
func (f *sdkRewrite) fieldWrite(use *ast.Ident) ast.Node {
	var e ast.Expr = use
	for {
		switch p := f.parents[e].(type) {
		case *ast.SelectorExpr:
			if p.X != e {
				return nil
			}
			e = p
			continue
		case *ast.AssignStmt:
			if e != ast.Expr(use) && len(p.Lhs) == 1 && p.Lhs[0] == e {
				return p
			}
		}
		return nil
	}
}

// prepare finds the function around the request sent or built at n, reads
// the prompt the way the rewrite rebuilds it, and plans the conversation.
func (f *fixer) prepare(n ast.Node, prompt strval.Value, conv promptcheck.Conversation) (strval.Value, *plan, error) {
	f.file = fileOf(f.pass, n.Pos())
	if f.file == nil {
		return prompt, nil, request.NoFix(request.RequestOutsidePackage)
	}
	path, _ := astutil.PathEnclosingInterval(f.file, n.Pos(), n.End())
	f.fn = enclosingFunc(path)
	if f.fn == nil {
		return prompt, nil, request.NoFix(request.RequestOutsideFunction)
	}
	f.parents = parentMap(f.fn)
	f.raw = rawLiterals(f.file)
	if sv, sconv, ok := f.shallowPrompt(prompt, conv); ok {
		prompt, conv = sv, sconv
	}
	if sv, sconv, ok := f.indexedSprintf(prompt); ok {
		prompt, conv = sv, sconv
	}
	if sv, sconv, ok := f.inlineCallees(prompt); ok {
		prompt, conv = sv, sconv
		f.noteUncalled()
	}
	if sv, sconv, ok := f.accumulated(prompt, conv); ok {
		prompt, conv = sv, sconv
	}
	if err := f.checkFollowable(prompt); err != nil {
		return prompt, nil, err
	}
	if err := f.checkConversation(prompt, conv); err != nil {
		return prompt, nil, err
	}
	p, err := f.planConversation(prompt, conv)
	return prompt, p, err
}

// Needs returns what a rewrite of req would ask of a model: its Messages
// request without the model, or the reason there is no rewrite.
func Needs(pass *analysis.Pass, req *request.Request, prompt strval.Value, conv promptcheck.Conversation) (msgapi.Request, error) {
	if req.Call == nil && req.Lit == nil {
		return msgapi.Request{}, request.NoFix(request.NoRequest)
	}
	f := &fixer{editor: editor{pass: pass}, req: req}
	_, p, err := f.prepare(f.sendNode(), prompt, conv)
	if err != nil {
		return msgapi.Request{}, err
	}
	r := f.request(p)
	f.requestParams(&r)
	return r, nil
}

// checkConversation rejects prompts the API rejects and prompts whose text
// is unknown here.
func (f *fixer) checkConversation(v strval.Value, conv promptcheck.Conversation) error {
	if len(conv.Turns) == 0 {
		if len(v.Pieces) > 0 && !hasLiteral(v) {
			return f.unknownPrompt(v)
		}
		return request.NoFix(request.PromptNoTurns)
	}
	if conv.Turns[0].Role != promptcheck.Human {
		return request.NoFix(request.PromptNoFirstHuman)
	}
	if conv.Turns[len(conv.Turns)-1].Role != promptcheck.Assistant {
		return request.NoFix(request.PromptNoFinalAssistant)
	}
	return nil
}

func hasLiteral(v strval.Value) bool {
	for _, p := range v.Pieces {
		if !p.IsHole() && p.Text != "" {
			return true
		}
	}
	return false
}

func fileOf(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, file := range pass.Files {
		if file.FileStart <= pos && pos <= file.FileEnd {
			return file
		}
	}
	return nil
}

func enclosingFunc(path []ast.Node) ast.Node {
	for _, n := range path {
		switch n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return n
		}
	}
	return nil
}

// qual spells a name of the SDK package as the file imports it.
func (f *sdkRewrite) qual(name string) string {
	if f.shape.name == "" {
		return name
	}
	return f.shape.name + "." + name
}
