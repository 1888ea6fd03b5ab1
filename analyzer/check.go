package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"strings"
	"time"

	"github.com/completelint/completelint/internal/request"

	"golang.org/x/tools/go/analysis"

	"github.com/completelint/completelint/internal/models"
	"github.com/completelint/completelint/internal/sdk"
	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// checkRequest reports what is wrong with a legacy request, and queues the
// request for its legacy-api diagnostic, whose fix waits until the model
// every request sends is decided (finish).
func (c *checker) checkRequest(req *request.Request) {
	if lib := c.bedrockBody(req); lib != nil {
		req.Lib = lib
	}
	c.describeModel(req)
	prompt := c.checkPrompt(req)
	c.noteWrapper(req, prompt)
	c.checkParams(req)
	p := &pendingRequest{req: req, prompt: prompt}
	p.origins, p.complete = c.checkModel(req, p)
	c.pending = append(c.pending, p)
}

// reportRequest reports a legacy request with its fix, or why it has none.
func (c *checker) reportRequest(p *pendingRequest) {
	req := p.req
	c.relateParts(req)
	if req.Call == nil && req.Lib.Invoke {
		c.rep.legacyBody(req, nil, request.NoFix(request.BodyBedrockElsewhere))
		return
	}
	if req.Call == nil {
		fix, reason := c.bodyFix(req, p.prompt)
		c.rep.legacyBody(req, fix, reason)
		return
	}
	fix, reason := c.rewriteFix(req, p.prompt)
	if v, ok := c.versions[req.Lib]; ok && fix == nil && reason == nil {
		reason = request.NoFix(request.LibraryVersionLegacy, req.Lib.Module, v, req.Lib.Below)
	}
	c.rep.legacyAPI(req.Call, entryRef{req.Lib, req.Entry}, fix, reason)
}

// libraryFormat is the prompt a library sends for the caller's text v: v
// in format's %s. The library's own text has no source position.
func libraryFormat(format string, v strval.Value) strval.Value {
	before, after, _ := strings.Cut(format, "%s")
	out := strval.Value{Defs: v.Defs, Truncated: v.Truncated, Abridged: v.Abridged}
	out.Pieces = appendPiece(out.Pieces, strval.Piece{Text: before, Pos: make([]token.Pos, len(before))})
	for _, p := range v.Pieces {
		out.Pieces = appendPiece(out.Pieces, p)
	}
	out.Pieces = appendPiece(out.Pieces, strval.Piece{Text: after, Pos: make([]token.Pos, len(after))})
	return out
}

// bedrockBody returns the Bedrock library that a hand-written body found on
// its own is sent with, or nil: it names a Bedrock anthropic_version, or
// the package reaches Bedrock's InvokeModel and spells no /v1/complete URL.
// Such a body has no URL to miss, and reports file it under Bedrock.
func (c *checker) bedrockBody(req *request.Request) *sdk.Library {
	if req.Call != nil || req.Lib != handWritten {
		return nil
	}
	var bedrock *sdk.Library
	for _, lib := range sdk.Libraries {
		if !lib.Invoke || bedrock != nil {
			continue
		}
		for _, ref := range c.entries {
			if ref.lib == lib {
				bedrock = lib
				break
			}
		}
	}
	if v, ok := req.Field("anthropic_version"); ok {
		if t := c.constText(v.Value); t.Known && strings.HasPrefix(t.Value, "bedrock-") {
			return cmp.Or(bedrock, bedrockLib)
		}
	}
	if bedrock != nil && len(c.endpoints) == 0 {
		return bedrock
	}
	return nil
}

// bedrockLib describes a Bedrock body when no Bedrock SDK is in view.
var bedrockLib = &sdk.Library{Name: "Bedrock", Kind: sdk.Bedrock, Invoke: true}

// requestNode is where findings about the request as a whole are reported:
// the call that sends it, or the literal that builds a body sent elsewhere.
func requestNode(req *request.Request) ast.Node {
	switch {
	case req.Call != nil:
		return req.Call
	case req.Lit != nil:
		return req.Lit
	}
	return req.Arg
}

// evaluatedPrompt is the static view of a request's prompt.
type evaluatedPrompt struct {
	field request.Field
	value strval.Value
	tmpl  promptcheck.Template
	conv  promptcheck.Conversation // tmpl parsed as the API reads it, for the checks
	// meant is conv with the turn markers the author spelled with a single
	// newline restored where the API rejects the prompt without them: what
	// the fixes build on.
	meant promptcheck.Conversation
	ok    bool // the request has a prompt field
}

// checkPrompt evaluates the prompt and reports the prompt rules' findings at
// the exact source byte they concern.
func (c *checker) checkPrompt(req *request.Request) evaluatedPrompt {
	f, ok := req.Field(promptcheck.ParamPrompt)
	if !ok {
		if req.Complete {
			at := requestNode(req)
			c.rep.report(diagnostic(promptcheck.RuleNoPrompt, at.Pos(), at.End(), "request has no prompt; the API requires one"))
		}
		return evaluatedPrompt{}
	}
	v := c.eval.Eval(f.Value, c.funcAt(f.Value))
	if req.Entry != nil && req.Entry.PromptFormat != "" {
		v = libraryFormat(req.Entry.PromptFormat, v)
	}
	tmpl := v.Template()
	conv := promptcheck.Parse(tmpl)
	p := evaluatedPrompt{field: f, value: v, tmpl: tmpl, conv: conv, meant: promptcheck.Repair(tmpl, conv), ok: true}
	var fds []promptcheck.Finding
	if v.Truncated {
		// Past strval's first MiB an abridged prompt keeps only its lines'
		// ends, which is all the rules read but not all its text: say so. A
		// prompt cut off is missing its turns, which could fix or break
		// anything: it is not checked.
		fds = append(fds, promptcheck.Partial(strval.WholeText, v.Abridged))
	}
	if !v.Truncated || v.Abridged {
		fds = append(fds, promptcheck.CheckParsed(p.tmpl, p.conv)...)
	}
	for _, fd := range fds {
		pos := f.Value.Pos()
		if !fd.Whole {
			if at, ok := v.PosOf(fd.At); ok && !c.rep.skipped(at) {
				pos = at
			}
		}
		d := diagnostic(fd.Rule, pos, token.NoPos, fd.Message)
		d.SuggestedFixes = c.literalFix(p, fd)
		c.rep.report(d)
	}
	return p
}

// funcAt returns the innermost function containing n.
func (c *checker) funcAt(n ast.Node) ast.Node {
	cur, ok := c.root.FindByPos(n.Pos(), n.End())
	if !ok {
		return nil
	}
	return enclosingFunc(cur)
}

// checkParams judges the constant parameters.
func (c *checker) checkParams(req *request.Request) {
	var p promptcheck.Params
	p.MaxTokensToSample = c.number(req, promptcheck.ParamMaxTokensToSample)
	p.Temperature = c.number(req, promptcheck.ParamTemperature)
	p.TopP = c.number(req, promptcheck.ParamTopP)
	p.TopK = c.number(req, promptcheck.ParamTopK)
	p.UserID = c.text(req, promptcheck.ParamUserID)
	stops, hasStops := req.Field(promptcheck.ParamStopSequences)
	if hasStops {
		p.StopSequencesSet = true
		if lit, ok := ast.Unparen(stops.Value).(*ast.CompositeLit); ok {
			for _, elt := range lit.Elts {
				p.StopSequences = append(p.StopSequences, c.constText(elt))
			}
		}
	}
	if !req.Complete {
		// Parameters we cannot see may be set: absence proves nothing.
		p.MaxTokensToSample.Set = true
	}
	for _, fd := range promptcheck.CheckParams(p) {
		at := requestNode(req)
		if !fd.Missing {
			f, ok := req.Field(fd.Param)
			if !ok {
				continue
			}
			at = f.Node
			if lit, ok := ast.Unparen(f.Value).(*ast.CompositeLit); ok && fd.Index >= 0 && fd.Index < len(lit.Elts) {
				at = lit.Elts[fd.Index]
			}
		}
		c.rep.report(diagnostic(fd.Rule, at.Pos(), at.End(), fd.Message))
	}
}

func (c *checker) number(req *request.Request, param string) promptcheck.Number {
	f, ok := req.Field(param)
	if !ok {
		return promptcheck.Number{}
	}
	n := promptcheck.Number{Set: true}
	if tv, ok := c.pass.TypesInfo.Types[f.Value]; ok && tv.Value != nil {
		if v := constant.ToFloat(tv.Value); v.Kind() == constant.Float || v.Kind() == constant.Int {
			n.Value, _ = constant.Float64Val(v)
			n.Known = true
		}
	}
	return n
}

func (c *checker) text(req *request.Request, param string) promptcheck.Text {
	f, ok := req.Field(param)
	if !ok {
		return promptcheck.Text{}
	}
	return c.constText(f.Value)
}

// knownText is constText, extended to strings that static evaluation knows
// whole: model := "claude-2"; ... Model: model.
func (c *checker) knownText(e ast.Expr) promptcheck.Text {
	if t := c.constText(e); t.Known {
		return t
	}
	v := c.eval.Eval(e, c.funcAt(e))
	if len(v.Pieces) == 1 && !v.Pieces[0].IsHole() && !v.Truncated {
		return promptcheck.Text{Set: true, Known: true, Value: v.Pieces[0].Text}
	}
	return promptcheck.Text{Set: true}
}

func (c *checker) constText(e ast.Expr) promptcheck.Text {
	t := promptcheck.Text{Set: true}
	if tv, ok := c.pass.TypesInfo.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		t.Value, t.Known = constant.StringVal(tv.Value), true
	}
	return t
}

// checkModel reports retired and deprecated models. A model that is not a
// constant here is followed to the constants it comes from (models.go);
// those are judged once all requests are known (finish), and their
// positions are returned with whether they are all the values the model
// may have. use is the legacy request that sends the model; nil for a
// Messages call.
func (c *checker) checkModel(req *request.Request, use *pendingRequest) (origins []token.Pos, complete bool) {
	f, ok := req.Field(promptcheck.ParamModel)
	if !ok {
		return nil, false
	}
	if id := c.knownText(f.Value); id.Known {
		if use == nil {
			if d, ok := c.modelFinding(id.Value, f.Node, "", ""); ok {
				c.rep.report(d)
			}
			return nil, false
		}
		// Judged with the request's needs once all are known (finish), so
		// that the advice names the model its rewrite writes.
		c.addOrigin(&modelOrigin{origin: origin{id: id.Value, at: f.Value}, node: f.Node, inRequest: true}, use)
		return nil, false
	}
	os, complete := c.origins(f.Value, c.funcAt(f.Value), f.Value.Pos())
	for _, o := range os {
		origins = append(origins, c.addOrigin(&modelOrigin{origin: o, node: o.at}, use))
	}
	return origins, complete
}

// modelFinding returns the model-retired or model-deprecated diagnostic of
// model id at node, if id is either. via says how the id reaches a request;
// advice, when set, replaces the advice to use the successor.
func (c *checker) modelFinding(id string, at ast.Node, via, advice string) (analysis.Diagnostic, bool) {
	m, ok := models.Lookup(id)
	if !ok {
		return analysis.Diagnostic{}, false
	}
	status := m.StatusAt(c.cfg.today())
	if status == models.Active {
		return analysis.Diagnostic{}, false
	}
	rule, what := promptcheck.RuleDeprecatedModel, "is deprecated"
	if !m.Retired.IsZero() {
		what += " and will be retired on " + m.Retired.Format(time.DateOnly)
	}
	if status == models.Retired {
		rule, what = promptcheck.RuleRetiredModel, "was retired on "+m.Retired.Format(time.DateOnly)+" and no longer answers"
	}
	name := fmt.Sprintf("model %q", id)
	if via != "" {
		name += " (" + via + ")"
	}
	var msg string
	switch to, mapped := c.cfg.mappedModel(id); {
	case mapped:
		msg = fmt.Sprintf("%s %s; use %q", name, what, to)
	case models.IsPlatformID(id):
		// Lifecycle dates are the Claude API's. Bedrock and Vertex serve the
		// same model under ids of their own and retire on their own
		// schedules, so no first-party id is suggested.
		msg = fmt.Sprintf("%s is %s, which %s on the Claude API; Bedrock and Vertex follow their own schedules: move to a current Claude model id of that platform",
			name, m.ID, what)
	case advice != "":
		msg = fmt.Sprintf("%s %s; %s", name, what, advice)
	default:
		msg = fmt.Sprintf("%s %s", name, what)
		if to, ok := models.Successor(id, c.cfg.today()); ok {
			msg += fmt.Sprintf("; use %q", to)
		}
	}
	return diagnostic(rule, at.Pos(), at.End(), msg), true
}

// legacyAPI reports the call (or method value) that sends a legacy request.
func (r *reporter) legacyAPI(at ast.Node, ref entryRef, fix *analysis.SuggestedFix, why error) {
	msg := fmt.Sprintf("%s sends a legacy Text Completions request; migrate to the Messages API", ref.entry.Func())
	if m, ok := ref.lib.Messages[ref.entry.Name]; ok {
		msg = fmt.Sprintf("%s sends a legacy Text Completions request; migrate to the Messages API (MessageService.%s)", ref.entry.Func(), m)
	}
	msg += noRewrite(why)
	r.describe(at.Pos(), ref, why)
	d := diagnostic(promptcheck.RuleLegacyCall, at.Pos(), at.End(), msg)
	d.Related = r.relatedOf(at.Pos())
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	r.report(d)
}

// noRewrite renders why a legacy request has no rewrite, for the end of its
// message: " (no automatic rewrite: ...)", or "".
func noRewrite(why error) string {
	if why == nil {
		return ""
	}
	return " (no automatic rewrite: " + why.Error() + ")"
}
