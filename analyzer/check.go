package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/completelint/completelint/internal/models"
	"github.com/completelint/completelint/internal/sdk"
	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// checkRequest reports a legacy request and everything wrong with it.
func (c *checker) checkRequest(req *sdk.Request) {
	c.describeModel(req)
	prompt := c.checkPrompt(req)
	c.noteWrapper(req, prompt)
	c.checkParams(req)
	c.checkModel(req)
	if req.Call == nil {
		fix, reason := c.bodyFix(req, prompt)
		c.rep.legacyBody(req, fix, reason)
		return
	}
	fix, reason := c.rewriteFix(req, prompt)
	c.rep.legacyAPI(req.Call, entryRef{req.Lib, req.Entry}, fix, reason)
}

// requestNode is where findings about the request as a whole are reported:
// the call that sends it, or the literal that builds a body sent elsewhere.
func requestNode(req *sdk.Request) ast.Node {
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
	field sdk.Field
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
func (c *checker) checkPrompt(req *sdk.Request) evaluatedPrompt {
	f, ok := req.Field(promptcheck.ParamPrompt)
	if !ok {
		if req.Complete {
			at := requestNode(req)
			c.rep.report(analysis.Diagnostic{
				Pos: at.Pos(), End: at.End(), Category: string(promptcheck.PromptFormat),
				Message: "request has no prompt; the API requires one",
			})
		}
		return evaluatedPrompt{}
	}
	v := c.eval.Eval(f.Value, c.funcAt(f.Value))
	tmpl := v.Template()
	conv := promptcheck.Parse(tmpl)
	p := evaluatedPrompt{field: f, value: v, tmpl: tmpl, conv: conv, meant: promptcheck.Repair(tmpl, conv), ok: true}
	if v.Truncated {
		// Past strval's size limit the rest of the prompt is missing, not
		// merely unknown: its turns could fix or break anything.
		return p
	}
	for _, fd := range promptcheck.CheckParsed(p.tmpl, p.conv) {
		pos := f.Value.Pos()
		if !fd.Whole {
			if at, ok := v.PosOf(fd.At); ok && !c.rep.skipped(at) {
				pos = at
			}
		}
		c.rep.report(analysis.Diagnostic{
			Pos: pos, Category: string(fd.Category), Message: fd.Message,
			SuggestedFixes: c.literalFix(p, fd),
		})
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
func (c *checker) checkParams(req *sdk.Request) {
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
		c.rep.report(analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Category: string(fd.Category), Message: fd.Message})
	}
}

func (c *checker) number(req *sdk.Request, param string) promptcheck.Number {
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

func (c *checker) text(req *sdk.Request, param string) promptcheck.Text {
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

// checkModel reports retired and deprecated models.
func (c *checker) checkModel(req *sdk.Request) {
	f, ok := req.Field(promptcheck.ParamModel)
	if !ok {
		return
	}
	id := c.knownText(f.Value)
	if !id.Known {
		return
	}
	m, ok := models.Lookup(id.Value)
	if !ok {
		return
	}
	status := m.StatusAt(c.cfg.today())
	if status == models.Active {
		return
	}
	cat, what := promptcheck.ModelDeprecated, "is deprecated"
	if !m.Retired.IsZero() {
		what += " and will be retired on " + m.Retired.Format(time.DateOnly)
	}
	if status == models.Retired {
		cat, what = promptcheck.ModelRetired, "was retired on "+m.Retired.Format(time.DateOnly)+" and no longer answers"
	}
	var msg string
	switch to, mapped := c.cfg.mappedModel(id.Value); {
	case mapped:
		msg = fmt.Sprintf("model %q %s; use %q", id.Value, what, to)
	case models.IsPlatformID(id.Value):
		// Lifecycle dates are the Claude API's. Bedrock and Vertex serve the
		// same model under ids of their own and retire on their own
		// schedules, so no first-party id is suggested.
		msg = fmt.Sprintf("model %q is %s, which %s on the Claude API; Bedrock and Vertex follow their own schedules: move to a current Claude model id of that platform",
			id.Value, m.ID, what)
	default:
		msg = fmt.Sprintf("model %q %s", id.Value, what)
		if to, ok := models.Successor(id.Value, c.cfg.today()); ok {
			msg += fmt.Sprintf("; use %q", to)
		}
	}
	c.rep.report(analysis.Diagnostic{Pos: f.Node.Pos(), End: f.Node.End(), Category: string(cat), Message: msg})
}

// legacyAPI reports the call (or method value) that sends a legacy request.
func (r *reporter) legacyAPI(at ast.Node, ref entryRef, fix *analysis.SuggestedFix, note string) {
	msg := fmt.Sprintf("%s sends a legacy Text Completions request; migrate to the Messages API", ref.entry.Func())
	if m, ok := ref.lib.Messages[ref.entry.Name]; ok {
		msg = fmt.Sprintf("%s sends a legacy Text Completions request; migrate to the Messages API (MessageService.%s)", ref.entry.Func(), m)
	}
	if note != "" {
		msg += " (" + note + ")"
	}
	r.describe(at.Pos(), ref, note)
	d := analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Category: string(promptcheck.LegacyAPI), Message: msg}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	r.report(d)
}
