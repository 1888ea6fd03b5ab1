package rewrite

import (
	"errors"
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/completelint/completelint/internal/request"

	"github.com/completelint/completelint/internal/models"
	"github.com/completelint/completelint/internal/msgapi"
	"github.com/completelint/completelint/promptcheck"
)

// A target is what the rewrite writes for the model and the parameters
// around it, checked against the Messages API.
type target struct {
	msgapi.Choice
	// model is the constant model id the request sends ("" when unknown)
	// and modelExpr the expression that spells it.
	model     string
	modelExpr ast.Expr
	// drop lists parameters to remove: "\n\nHuman:" stops are dropped
	// elsewhere; these are sampling parameters at their default value.
	drop map[string]bool
	// maxTokens caps max_tokens (0: unchanged); timeout adds a request
	// timeout option to a non-streaming call.
	maxTokens int
	timeout   bool
}

// chooseTarget checks the request the rewrite would send and picks its
// model: the configured or documented one when it accepts the request, or
// another that does (msgapi.Choose). Problems a rewrite can mend without
// changing what the request does become repairs; any other refuses the
// rewrite with the reason.
func (f *fixer) chooseTarget(p *plan, sdkCheck bool) (*target, error) {
	r := f.request(p)
	f.requestParams(&r)
	if f.req.Entry != nil {
		r.Stream = f.req.Entry.Streaming
	}
	r.SDKNonStreamingCheck = sdkCheck && !r.Stream
	t := &target{drop: map[string]bool{}}
	if field, ok := f.req.Field(promptcheck.ParamModel); ok {
		t.modelExpr = field.Value
		t.model = f.constString(field.Value)
	}
	if t.model == "" && len(f.req.ModelIDs) > 0 {
		return t, f.sentModels(r, t)
	}
	if t.model == "" {
		return t, f.unknownModel(r, t)
	}
	preferred, pref, ok := f.models.Target(t.model)
	if !ok {
		return nil, request.NoFix(request.ModelUnknown, t.model, models.TableDate)
	}
	choice, err := msgapi.Choose(r, preferred, pref, f.models.Day)
	if err != nil {
		return nil, rejection(err)
	}
	t.Choice = choice
	if choice.Instead != "" {
		f.notes = append(f.notes, insteadNote(choice))
	}
	for _, pr := range choice.Repairs {
		f.notes = append(f.notes, t.repair(pr))
	}
	return t, nil
}

// bedrockTarget checks a Bedrock body on the rules of every model. Bedrock
// runs models on its own schedule under its own ids, which the rewrite keeps
// unless a Bedrock id is configured, so the rules of a model are not judged.
func (f *fixer) bedrockTarget(p *plan) (*target, error) {
	r := f.request(p)
	f.requestParams(&r)
	t := &target{drop: map[string]bool{}}
	for _, pr := range msgapi.Check(r, f.models.Day) {
		if !pr.Repairable() {
			return nil, rejected(pr)
		}
		f.notes = append(f.notes, t.repair(pr))
	}
	return t, nil
}

// sentModels checks a request whose model comes from constants elsewhere
// (req.ModelIDs, as their own fixes leave them) on each of those models:
// the rewrite cannot choose another here.
func (f *fixer) sentModels(r msgapi.Request, t *target) error {
	for _, id := range f.req.ModelIDs {
		c, err := msgapi.Choose(r, id, msgapi.Configured, f.models.Day)
		if err != nil {
			return request.NoFix(request.ModelOriginRejects, f.src(t.modelExpr), rejection(err).Error())
		}
		for _, pr := range c.Repairs {
			if note := t.repair(pr); !slices.Contains(f.notes, note) {
				f.notes = append(f.notes, note)
			}
		}
	}
	return nil
}

// unknownModel checks a request whose model is not a constant: only the
// rules of every model apply. A prefill is refused, as most current models
// reject one; sampling parameters get a note.
func (f *fixer) unknownModel(r msgapi.Request, t *target) error {
	for _, pr := range msgapi.Check(r, f.models.Day) {
		if !pr.Repairable() {
			return rejected(pr)
		}
		f.notes = append(f.notes, t.repair(pr))
	}
	if r.Prefill() {
		return request.NoFix(request.PrefillModelUnknown, f.src(t.modelExpr))
	}
	if r.Temperature.Set || r.TopP.Set || r.TopK.Set {
		f.notes = append(f.notes, "the model must accept the sampling parameters: Claude 4.7 and later reject them")
	}
	return nil
}

func insteadNote(c msgapi.Choice) string {
	if len(c.Why) == 0 {
		return fmt.Sprintf("%s instead of %s, which thinks unasked: max_tokens would cover its thinking too", c.Model.ID, c.Instead)
	}
	var why []string
	for _, p := range c.Why {
		why = append(why, p.Rejection())
	}
	return fmt.Sprintf("%s instead of %s, which %s", c.Model.ID, c.Instead, strings.Join(why, " and "))
}

// repair records how the rewrite mends a repairable problem, and says it.
func (t *target) repair(p msgapi.Problem) string {
	switch p.Code {
	case msgapi.MaxTokensOverModel:
		if t.maxTokens == 0 || p.Limit < t.maxTokens {
			t.maxTokens = p.Limit
		}
		return fmt.Sprintf("max_tokens capped at %d, the model's maximum, as the legacy API capped it", p.Limit)
	case msgapi.NonStreamingTooLong:
		t.timeout = true
		return "a request timeout, without which the SDK refuses a non-streaming request this large"
	}
	t.drop[p.Param] = true
	return p.Param + " dropped: it was at its default value"
}

// requestParams fills in the parameters of r from the legacy request.
func (f *fixer) requestParams(r *msgapi.Request) {
	for _, field := range f.req.Fields {
		switch field.Param {
		case promptcheck.ParamMaxTokensToSample:
			r.MaxTokens = f.number(field.Value)
		case promptcheck.ParamTemperature:
			r.Temperature = f.number(field.Value)
		case promptcheck.ParamTopP:
			r.TopP = f.number(field.Value)
		case promptcheck.ParamTopK:
			r.TopK = f.number(field.Value)
		case promptcheck.ParamStopSequences:
			r.StopSequences = f.stopSequences(field.Value)
		}
	}
	if f.moreParams != nil {
		f.moreParams(r)
	}
}

// number describes a numeric parameter.
func (f *fixer) number(e ast.Expr) msgapi.Number {
	n := msgapi.Number{Set: true}
	tv, ok := f.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return n
	}
	if v := constant.ToFloat(tv.Value); v.Kind() == constant.Float || v.Kind() == constant.Int {
		n.Value, _ = constant.Float64Val(v)
		n.Known = true
	}
	return n
}

// stopSequences describes a literal list of stop sequences, without the
// "\n\nHuman:" the rewrite drops.
func (f *fixer) stopSequences(e ast.Expr) []msgapi.Text {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var out []msgapi.Text
	for _, elt := range lit.Elts {
		tv, ok := f.pass.TypesInfo.Types[elt]
		switch {
		case !ok || tv.Value == nil || tv.Value.Kind() != constant.String:
			out = append(out, msgapi.Text{Holes: true})
		case constant.StringVal(tv.Value) != humanStop:
			out = append(out, msgapi.Known(constant.StringVal(tv.Value)))
		}
	}
	return out
}

// modelID spells a model: the SDK's constant when it has one of that
// value, else a literal.
func (f *sdkRewrite) modelID(id string) string {
	if f.shape != nil {
		if name := constNamed(f.shape.pkg, "Model", id); name != "" {
			return f.qual(name)
		}
	}
	return strconv.Quote(id)
}

// writeModel replaces the model constant by the chosen model, when it
// differs.
func (f *fixer) writeModel(t *target) {
	if t.model == "" || t.Model.ID == "" || t.Model.ID == t.model || t.modelExpr == nil {
		return
	}
	if c, ok := models.Canonical(t.model); ok && c == t.Model.ID {
		return // an alias of the chosen model
	}
	spell := strconv.Quote
	if f.spellModel != nil {
		spell = f.spellModel
	}
	f.replace(ast.Unparen(t.modelExpr), spell(t.Model.ID))
}

// capMaxTokens writes the capped max_tokens over the constant that sets it.
func (f *fixer) capMaxTokens(t *target, value ast.Expr) {
	if t.maxTokens == 0 {
		return
	}
	e := ast.Unparen(value)
	for {
		call, ok := e.(*ast.CallExpr)
		if !ok || !f.isConversion(call) || len(call.Args) != 1 {
			break
		}
		e = ast.Unparen(call.Args[0]) // int64(50000): the literal inside
	}
	text := strconv.Itoa(t.maxTokens)
	if c, ok := f.pass.TypesInfo.ObjectOf(identOf(e)).(*types.Const); ok && !isUntyped(c.Type()) {
		text = f.typeString(c.Type()) + "(" + text + ")" // a typed constant
	}
	f.replace(e, text)
}

// fixMessage is msg with the notes of the rewrite.
func (f *editor) fixMessage(msg string) string {
	if len(f.notes) == 0 {
		return msg
	}
	return msg + " (" + strings.Join(f.notes, "; ") + ")"
}

func isUntyped(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
}

// typeString spells t as the file refers to it.
func (f *editor) typeString(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string {
		if p == f.pass.Pkg {
			return ""
		}
		if name, ok := f.importName(p.Path()); ok {
			return name
		}
		return p.Name()
	})
}

// rejection turns what msgapi.Choose reports into the reason of a request
// without a rewrite.
func rejection(err error) error {
	var u *msgapi.Unfit
	var none *msgapi.NoModel
	switch {
	case errors.As(err, &none):
		return request.NoFix(request.NoModelAccepts, none.Needs)
	case errors.As(err, &u) && len(u.Problems) > 0:
		return rejected(u.Problems[0])
	}
	return request.NoFix(request.NoModelAccepts, "the request")
}

// rejected is the reason of a request the Messages API rejects for p.
func rejected(p msgapi.Problem) error {
	switch p.Code {
	case msgapi.PrefillUnsupported:
		return request.NoFix(request.PrefillRejected, p.Model)
	case msgapi.SamplingTogether:
		return request.NoFix(request.SamplingTogetherRejected, p.Model)
	case msgapi.SamplingUnsupported:
		return request.NoFix(request.SamplingRejected, p.Model, p.Param)
	case msgapi.RetiredModel:
		return request.NoFix(request.ModelRetired, p.Model)
	case msgapi.UnknownModel:
		return request.NoFix(request.ModelNotKnown, p.Model)
	case msgapi.BlankStopSequence:
		return request.NoFix(request.StopSequenceBlank, p.Index+1)
	case msgapi.BlankText:
		if p.Index < 0 {
			return request.NoFix(request.SystemMayBeEmpty)
		}
		return request.NoFix(request.MessageMayBeEmpty, p.Index+1)
	case msgapi.PrefillTrailingSpace:
		return request.NoFix(request.PrefillTrailingSpace)
	case msgapi.NoMessages:
		return request.NoFix(request.NoMessages)
	case msgapi.FirstNotUser:
		return request.NoFix(request.FirstNotUser)
	case msgapi.OutOfRange:
		return request.NoFix(request.ParamOutOfRange, p.Param)
	}
	return request.NoFix(request.NoModelAccepts, "the request")
}

// rewriteValue mends the value of a parameter that carries over: the
// chosen model, max_tokens capped, the "\n\nHuman:" stop dropped, a
// sampling parameter at its default dropped (drop removes the parameter).
// It reports whether the parameter was dropped.
func (f *fixer) rewriteValue(param string, value ast.Expr, drop func()) bool {
	dropped := false
	dropOnce := func() { dropped = true; drop() }
	switch {
	case f.target.drop[param]:
		dropOnce()
	case param == promptcheck.ParamMaxTokensToSample:
		f.capMaxTokens(f.target, f.unwrap(value))
	case param == promptcheck.ParamStopSequences:
		f.dropHumanStop(f.unwrap(value), dropOnce)
	case param == promptcheck.ParamModel:
		f.writeModel(f.target)
	}
	return dropped
}
