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
type fixer struct {
	pass    *analysis.Pass
	file    *ast.File
	fn      ast.Node              // innermost function containing the call
	parents map[ast.Node]ast.Node // parent of each node inside fn
	req     *request.Request
	shape   *shape
	models  Models
	edits   []analysis.TextEdit
	fmtPkg  string // "fmt" once generated code calls fmt.Sprintf
	trimmed bool   // set once generated code calls strings.TrimRight
	imports []string
	raw     []span // raw string literals of the file
	// target is the checked model and parameters of the Messages request;
	// notes say what the rewrite changed to make the request acceptable.
	target *target
	notes  []string
}

type span struct{ pos, end token.Pos }

// Official returns the single "Rewrite to the Messages API" fix for a request
// of the official SDK, or the reason there is none. prompt is the evaluated
// prompt and conv its parse; models maps model ids (nil keeps them).
func Official(pass *analysis.Pass, req *request.Request, prompt strval.Value, conv promptcheck.Conversation, models Models) (*analysis.SuggestedFix, error) {
	if req == nil || req.Call == nil || req.Lit == nil || req.Entry == nil {
		return nil, request.NoFix(request.NotACallWithLiteral)
	}
	f := &fixer{pass: pass, req: req, models: models}
	if err := f.run(prompt, conv); err != nil {
		return nil, err
	}
	return &analysis.SuggestedFix{Message: f.fixMessage(FixMessage), TextEdits: f.edits}, nil
}

func (f *fixer) run(prompt strval.Value, conv promptcheck.Conversation) error {
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
func (f *fixer) ensureImports(pos token.Pos) error {
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
	return nil
}

// addTimeout passes a request timeout to a non-streaming call whose
// max_tokens the SDK would otherwise refuse, ahead of the call's own
// options so that theirs still win.
func (f *fixer) addTimeout() error {
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
func (f *fixer) rewriteCall() error {
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
func (f *fixer) rewriteArg() error {
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
	for _, use := range f.uses(obj) {
		if use != id {
			return request.NoFix(request.ParamsUsed, id.Name, f.place(use.Pos()))
		}
	}
	return nil
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
	f := &fixer{pass: pass, req: req}
	n := f.sendNode()
	if n == nil || (req.Call == nil && req.Lit == nil) {
		return msgapi.Request{}, request.NoFix(request.NoRequest)
	}
	_, p, err := f.prepare(n, prompt, conv)
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

func (f *fixer) replace(n ast.Node, text string) {
	f.edits = append(f.edits, analysis.TextEdit{Pos: n.Pos(), End: n.End(), NewText: []byte(text)})
}

func (f *fixer) insert(pos token.Pos, text string) {
	f.edits = append(f.edits, analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)})
}

func (f *fixer) delete(pos, end token.Pos) {
	f.edits = append(f.edits, analysis.TextEdit{Pos: pos, End: end})
}

// place returns the source place pos, as reasons name it.
func (f *fixer) place(pos token.Pos) request.Place {
	return request.Place{Position: f.pass.Fset.Position(pos)}
}

// qual spells a name of the SDK package as the file imports it.
func (f *fixer) qual(name string) string {
	if f.shape.name == "" {
		return name
	}
	return f.shape.name + "." + name
}

// uses returns the identifiers that use obj inside the enclosing function.
func (f *fixer) uses(obj types.Object) []*ast.Ident {
	var ids []*ast.Ident
	ast.Inspect(f.fn, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && obj != nil && f.pass.TypesInfo.Uses[id] == obj {
			ids = append(ids, id)
		}
		return true
	})
	return ids
}

// definingIdent returns the identifier that declares obj in the function.
func (f *fixer) definingIdent(obj types.Object) *ast.Ident {
	var def *ast.Ident
	ast.Inspect(f.fn, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && obj != nil && f.pass.TypesInfo.Defs[id] == obj {
			def = id
		}
		return def == nil
	})
	return def
}

// definedBy reports whether id is declared by `id := value` or
// `var id = value` (a single name, no explicit type).
func (f *fixer) definedBy(id *ast.Ident, value ast.Expr) bool {
	found := false
	ast.Inspect(f.fn, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.AssignStmt:
			found = found || s.Tok == token.DEFINE && len(s.Lhs) == 1 && len(s.Rhs) == 1 && s.Lhs[0] == id && ast.Unparen(s.Rhs[0]) == value
		case *ast.ValueSpec:
			found = found || s.Type == nil && len(s.Names) == 1 && len(s.Values) == 1 && s.Names[0] == id && ast.Unparen(s.Values[0]) == value
		}
		return !found
	})
	return found
}
