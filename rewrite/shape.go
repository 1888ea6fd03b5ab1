package rewrite

import (
	"go/types"
	"strconv"

	"github.com/completelint/completelint/internal/request"
)

// A shape is what the rewrite needs to know about the imported SDK version,
// read from its types.
type shape struct {
	pkg  *types.Package
	name string // the file's name for pkg; "" for a dot import

	legacy   *types.Struct // CompletionNewParams
	messages *types.Struct // MessageNewParams
	// wrapped is set when MessageNewParams fields are param.Field[T], set
	// with F(...) (the alpha style).
	wrapped bool
	// systemNewTextBlock is set when NewTextBlock returns the element type
	// of System; otherwise System elements are written {Text: s}.
	systemNewTextBlock bool
	// nonStreamingCheck is set when the SDK refuses, before sending, a
	// non-streaming request that may take over ten minutes
	// (CalculateNonStreamingTimeout) and has option.WithRequestTimeout to
	// lift the limit.
	nonStreamingCheck bool
	// deltaAssert is set when a stream event's Delta is an interface that
	// must be asserted to ContentBlockDeltaEventDelta; otherwise it is a
	// struct whose Text holds text deltas.
	deltaAssert bool
	// unionDelta is the type of a stream event's Delta when it is a
	// struct (deltaAssert unset).
	unionDelta types.Type
}

func (f *sdkRewrite) readShape() (*shape, error) {
	lit := f.pass.TypesInfo.TypeOf(f.req.Lit)
	named, ok := types.Unalias(lit).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return nil, request.NoFix(request.SdkParamsType)
	}
	s := &shape{pkg: named.Obj().Pkg()}
	name, ok := f.importName(s.pkg.Path())
	if !ok {
		return nil, request.NoFix(request.FileNoImport, s.pkg.Path())
	}
	s.name = name
	s.legacy, _ = named.Underlying().(*types.Struct)
	s.messages = structOf(s.pkg, "MessageNewParams")
	if s.legacy == nil || s.messages == nil {
		return nil, request.NoFix(request.SdkShape, "SDK has no MessageNewParams")
	}
	msgs := fieldType(s.messages, "Messages")
	system := fieldType(s.messages, "System")
	if msgs == nil || system == nil {
		return nil, request.NoFix(request.SdkShape, "SDK's MessageNewParams has no Messages or System")
	}
	_, s.wrapped = paramField(msgs)
	if s.wrapped && s.pkg.Scope().Lookup("F") == nil {
		return nil, request.NoFix(request.SdkShape, "SDK has no F to set param.Field values")
	}
	textBlock := funcSig(s.pkg, "NewTextBlock")
	user, assistant := funcSig(s.pkg, "NewUserMessage"), funcSig(s.pkg, "NewAssistantMessage")
	if textBlock == nil || user == nil || assistant == nil || textBlock.Results().Len() != 1 {
		return nil, request.NoFix(request.SdkShape, "SDK lacks NewTextBlock, NewUserMessage or NewAssistantMessage")
	}
	block := textBlock.Results().At(0).Type()
	if !acceptsVariadic(user, block) || !acceptsVariadic(assistant, block) {
		return nil, request.NoFix(request.SdkShape, "SDK's NewUserMessage does not accept what NewTextBlock returns")
	}
	s.nonStreamingCheck = s.pkg.Scope().Lookup("CalculateNonStreamingTimeout") != nil
	sysElem := sliceElem(unwrapField(system))
	switch {
	case sysElem == nil:
		return nil, request.NoFix(request.SdkShape, "SDK's System is not a list of text blocks")
	case types.Identical(block, sysElem):
		s.systemNewTextBlock = true
	case !hasTextField(sysElem):
		return nil, request.NoFix(request.SdkShape, "SDK's TextBlockParam has no Text string field")
	}
	return s, nil
}

// messagesField returns the Messages service field of a client type, when
// its NewStreaming/New methods take MessageNewParams.
func (s *shape) messagesField(client types.Type) *types.Var {
	if client == nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(client, true, s.pkg, "Messages")
	v, _ := obj.(*types.Var)
	if v == nil || !v.IsField() {
		return nil
	}
	return v
}

// streamShape records how text deltas are read from the stream returned by
// the Messages service's NewStreaming.
func (s *shape) streamShape(svc *types.Var) error {
	obj, _, _ := types.LookupFieldOrMethod(svc.Type(), true, s.pkg, "NewStreaming")
	fn, _ := obj.(*types.Func)
	if fn == nil {
		return request.NoFix(request.SdkShape, "SDK's Messages service has no NewStreaming")
	}
	sig := fn.Signature()
	if sig.Results().Len() != 1 {
		return request.NoFix(request.SdkShape, "SDK's Messages.NewStreaming does not return one stream")
	}
	stream, _ := types.Unalias(deref(sig.Results().At(0).Type())).(*types.Named)
	if stream == nil || stream.TypeArgs().Len() != 1 {
		return request.NoFix(request.SdkShape, "SDK's Messages.NewStreaming does not return a typed stream")
	}
	delta := fieldType(structOfType(stream.TypeArgs().At(0)), "Delta")
	switch {
	case delta == nil:
		return request.NoFix(request.SdkShape, "SDK's stream events have no Delta")
	case types.IsInterface(delta):
		if !hasTextField(typeOf(s.pkg, "ContentBlockDeltaEventDelta")) {
			return request.NoFix(request.SdkShape, "SDK has no ContentBlockDeltaEventDelta with Text")
		}
		s.deltaAssert = true
	case !hasTextField(delta):
		return request.NoFix(request.SdkShape, "SDK's stream event Delta has no Text")
	default:
		s.unionDelta = delta
	}
	return nil
}

// paramField reports whether t is param.Field[T] and returns T.
func paramField(t types.Type) (types.Type, bool) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Name() != "Field" || n.TypeArgs().Len() != 1 {
		return nil, false
	}
	return n.TypeArgs().At(0), true
}

func unwrapField(t types.Type) types.Type {
	if inner, ok := paramField(t); ok {
		return inner
	}
	return t
}

func typeOf(pkg *types.Package, name string) types.Type {
	tn, _ := pkg.Scope().Lookup(name).(*types.TypeName)
	if tn == nil {
		return nil
	}
	return tn.Type()
}

func structOf(pkg *types.Package, name string) *types.Struct {
	return structOfType(typeOf(pkg, name))
}

func structOfType(t types.Type) *types.Struct {
	if t == nil {
		return nil
	}
	s, _ := t.Underlying().(*types.Struct)
	return s
}

func fieldType(s *types.Struct, name string) types.Type {
	if s == nil {
		return nil
	}
	for i := range s.NumFields() {
		if s.Field(i).Name() == name {
			return s.Field(i).Type()
		}
	}
	return nil
}

// hasTextField reports whether t is a struct with a string field Text, as
// every text block and text delta of the SDK has.
func hasTextField(t types.Type) bool {
	ft := fieldType(structOfType(t), "Text")
	return ft != nil && types.Identical(ft, types.Typ[types.String])
}

func funcSig(pkg *types.Package, name string) *types.Signature {
	fn, _ := pkg.Scope().Lookup(name).(*types.Func)
	if fn == nil {
		return nil
	}
	return fn.Signature()
}

// acceptsVariadic reports whether sig is variadic and a value of type t can
// be passed as its variadic argument.
func acceptsVariadic(sig *types.Signature, t types.Type) bool {
	if !sig.Variadic() {
		return false
	}
	last := sliceElem(sig.Params().At(sig.Params().Len() - 1).Type())
	return last != nil && types.AssignableTo(t, last)
}

func sliceElem(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	s, _ := t.Underlying().(*types.Slice)
	if s == nil {
		return nil
	}
	return s.Elem()
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// constNamed returns the name of a constant of pkg whose string value is
// value and whose name starts with prefix.
func constNamed(pkg *types.Package, prefix, value string) string {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		c, ok := scope.Lookup(name).(*types.Const)
		if !ok || !c.Exported() || len(name) < len(prefix) || name[:len(prefix)] != prefix {
			continue
		}
		if s, err := strconv.Unquote(c.Val().ExactString()); err == nil && s == value {
			return name
		}
	}
	return ""
}
