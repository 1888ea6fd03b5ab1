package rewrite

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/sdk"
	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// A communityRewrite moves a call of a community library's legacy API to
// the same library's Messages API, as the library's MessagesAPI in the SDK
// table spells it. Every name it writes is checked against the types of the
// library version the package imports: a version without them gets a
// reason, not a fix that does not build.
type communityRewrite struct {
	*fixer
	api   *sdk.MessagesAPI
	entry sdk.MessagesEntry
	// pkg is the package that declares the request types, and name the
	// file's name for it ("" for a dot import).
	pkg  *types.Package
	name string
	// request is the Messages request type; stream the stream request that
	// embeds it, when the call streams with callbacks.
	request, stream *types.Named
	// method is the Messages method the call moves to.
	method *types.Func
}

// Community returns the single "Rewrite to the Messages API" fix for a
// request of a community library (the SDK table's RewriteCommunity), or the
// reason there is none.
func Community(pass *analysis.Pass, req *request.Request, prompt strval.Value, conv promptcheck.Conversation, env Env) (*analysis.SuggestedFix, error) {
	if req == nil || req.Call == nil || req.Entry == nil || req.Lib == nil || req.Lib.MessagesAPI == nil {
		return nil, request.NoFix(request.NotACallWithLiteral)
	}
	api := req.Lib.MessagesAPI
	entry, ok := api.Entries[req.Entry.Name]
	if !ok {
		return nil, request.NoFix(request.CommunityNoMessages, req.Lib.Name, "counterpart of "+req.Entry.Func())
	}
	f := &communityRewrite{fixer: &fixer{editor: editor{pass: pass}, req: req, models: env}, api: api, entry: entry}
	f.spellModel = f.modelID
	if err := f.run(prompt, conv); err != nil {
		return nil, err
	}
	return &analysis.SuggestedFix{Message: f.fixMessage(FixMessage), TextEdits: f.edits}, nil
}

func (f *communityRewrite) run(prompt strval.Value, conv promptcheck.Conversation) error {
	prompt, p, err := f.prepare(f.req.Call, prompt, conv)
	if err != nil {
		return err
	}
	if err := f.readShape(); err != nil {
		return err
	}
	ctor, err := f.constructor()
	if err != nil {
		return err
	}
	if _, ok := f.req.Field(promptcheck.ParamModel); !ok && ctor != nil {
		return request.NoFix(request.ModelFromConstructor, f.src(ctor.Fun))
	}
	if f.target, err = f.chooseTarget(p, false); err != nil {
		return err
	}
	if err := f.checkLibraryModels(); err != nil {
		return err
	}
	sel, ok := ast.Unparen(f.req.Call.Fun).(*ast.SelectorExpr)
	if !ok {
		return request.NoFix(request.CallNotMethod)
	}
	f.replace(sel.Sel, f.entry.Name)
	if ctor != nil {
		err = f.rewriteConstructor(ctor, prompt, p)
	} else {
		err = f.rewriteLiteral(prompt, p)
	}
	if err != nil {
		return err
	}
	if err := f.rewriteResults(); err != nil {
		return err
	}
	return f.ensureImports(f.req.Call.Pos())
}

func (f *communityRewrite) lib() *sdk.Library { return f.req.Lib }

// constructor returns the library's constructor call that builds the
// request from the prompt, nil when a literal builds it. A request built
// otherwise (a zero value and assignments) is not rewritten.
func (f *communityRewrite) constructor() (*ast.CallExpr, error) {
	if f.req.Lit != nil {
		return nil, nil
	}
	field, _ := f.req.Field(promptcheck.ParamPrompt)
	if call, ok := f.parents[field.Node].(*ast.CallExpr); ok {
		if fn, ok := typeutil.Callee(f.pass.TypesInfo, call).(*types.Func); ok && fn.Pkg() == f.pkg {
			if _, ok := f.lib().Constructor(fn.Name()); ok {
				return call, nil
			}
		}
	}
	return nil, request.NoFix(request.ParamOutsideLiteral, promptcheck.ParamPrompt, f.place(field.Node.Pos()))
}

// readShape finds the Messages types and method in the imported version of
// the library, and checks that the method takes the request the way the
// legacy entry takes its own: by value or by pointer, at the same argument.
func (f *communityRewrite) readShape() error {
	path := f.lib().RequestPkg()
	for _, imp := range f.pass.Pkg.Imports() {
		if imp.Path() == path {
			f.pkg = imp
		}
	}
	name, ok := f.importName(path)
	if f.pkg == nil || !ok {
		return request.NoFix(request.FileNoImport, path)
	}
	f.name = name
	missing := func(what string) error { return request.NoFix(request.CommunityNoMessages, f.lib().Name, what) }
	if f.request = namedStruct(f.pkg, f.api.Request); f.request == nil {
		return missing(f.api.Request)
	}
	want := f.request
	if f.req.Entry.Streaming && f.api.StreamRequest != "" {
		if f.stream = namedStruct(f.pkg, f.api.StreamRequest); f.stream == nil {
			return missing(f.api.StreamRequest)
		}
		want = f.stream
	}
	sel, ok := ast.Unparen(f.req.Call.Fun).(*ast.SelectorExpr)
	if !ok {
		return request.NoFix(request.CallNotMethod)
	}
	legacy, ok := f.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	recv := f.pass.TypesInfo.TypeOf(sel.X)
	if !ok || recv == nil {
		return request.NoFix(request.CallNotMethod)
	}
	obj, _, _ := types.LookupFieldOrMethod(recv, true, f.pass.Pkg, f.entry.Name)
	if f.method, _ = obj.(*types.Func); f.method == nil {
		return missing(f.req.Entry.Recv + "." + f.entry.Name)
	}
	arg := f.req.Entry.Arg
	have, got := legacy.Signature().Params(), f.method.Signature().Params()
	if have.Len() != got.Len() || arg >= got.Len() {
		return request.NoFix(request.SdkShape, fmt.Sprintf("%s's %s does not take the arguments of %s", f.lib().Name, f.entry.Name, f.req.Entry.Func()))
	}
	pt := got.At(arg).Type()
	_, ptr := pt.(*types.Pointer)
	_, legacyPtr := have.At(arg).Type().(*types.Pointer)
	if ptr != legacyPtr || !types.Identical(deref(pt), want) {
		return request.NoFix(request.SdkShape, fmt.Sprintf("%s's %s does not take a %s as %s takes its request", f.lib().Name, f.entry.Name, want.Obj().Name(), f.req.Entry.Func()))
	}
	for i := range have.Len() {
		if i != arg && !types.Identical(have.At(i).Type(), got.At(i).Type()) {
			return request.NoFix(request.SdkShape, fmt.Sprintf("%s's %s does not take the arguments of %s", f.lib().Name, f.entry.Name, f.req.Entry.Func()))
		}
	}
	return nil
}

// checkLibraryModels refuses a rewrite whose model the library itself
// would refuse before sending: some community libraries send only the
// models of their own list, none of which may still be served.
func (f *communityRewrite) checkLibraryModels() error {
	if f.entry.Models == nil {
		return nil
	}
	method := f.lib().Name + "'s " + f.entry.Name
	id := f.target.Model.ID
	if id == "" {
		origin := "outside this call"
		if f.target.modelExpr != nil {
			origin = f.src(f.target.modelExpr)
		}
		return request.NoFix(request.LibraryRefusesModelOrigin, method, f.entry.ModelCheck, origin)
	}
	if slices.Contains(f.entry.Models, id) {
		return nil
	}
	return request.NoFix(request.LibraryRefusesModel, method, f.entry.ModelCheck, strings.Join(f.entry.Models, ", "), id)
}

// qual spells a name of the request package as the file imports it.
func (f *communityRewrite) qual(name string) string {
	if f.name == "" {
		return name
	}
	return f.name + "." + name
}

// modelID spells a model id: the library's exported constant of that value
// that the request's model field takes, else a literal.
func (f *communityRewrite) modelID(id string) string {
	field := fieldType(structOfType(f.request), f.api.Fields["model"])
	scope := f.pkg.Scope()
	for _, name := range scope.Names() {
		c, ok := scope.Lookup(name).(*types.Const)
		if !ok || !c.Exported() || c.Val().Kind() != constant.String || constant.StringVal(c.Val()) != id {
			continue
		}
		if field != nil && types.AssignableTo(c.Type(), field) {
			return f.qual(name)
		}
	}
	return strconv.Quote(id)
}

// namedStruct returns the named struct type name of pkg, or nil.
func namedStruct(pkg *types.Package, name string) *types.Named {
	tn, _ := pkg.Scope().Lookup(name).(*types.TypeName)
	if tn == nil {
		return nil
	}
	n, _ := types.Unalias(tn.Type()).(*types.Named)
	if n == nil || structOfType(n) == nil {
		return nil
	}
	return n
}
