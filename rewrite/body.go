package rewrite

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"github.com/completelint/completelint/internal/request"

	"golang.org/x/tools/go/analysis"

	"github.com/completelint/completelint/internal/msgapi"
	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// BodyFixMessage is the message of the rewrite of a hand-written body.
const BodyFixMessage = "Rewrite the request body to the Messages API"

// A bodyRewrite turns a hand-written JSON body into a Messages body,
// together with its endpoint or Bedrock model and the reads of its response.
type bodyRewrite struct {
	*fixer
}

// bedrockVersion is the anthropic_version a Bedrock Messages body carries;
// a direct request sends its version as a header instead.
const bedrockVersion = "bedrock-2023-05-31"

// A Body is a hand-written map body of a legacy request, with what must
// change along with it.
type Body struct {
	// Lit is the map literal that builds the body.
	Lit *ast.CompositeLit
	// Fields are the keys set on the body, in the literal or by
	// assignments such as body["temperature"] = 0.5 after it.
	Fields []request.Field
	// Bedrock is set for an InvokeModel body.
	Bedrock bool
	// Endpoint is the URL of a direct request, sent from the same function:
	// its final "complete" becomes "messages".
	Endpoint *strval.Value
	// Model is the model id of a Bedrock request (the ModelId value).
	Model ast.Expr
	// Stream is set when the body goes to InvokeModelWithResponseStream:
	// each chunk of the answer is a stream event.
	Stream bool
	// Others are the package's other legacy requests: one that reads the
	// response types the rewrite moves stops it.
	Others []ast.Node
}

// BodyFix returns the single fix that rewrites a legacy map body to the
// Messages API together with its endpoint or model and the reads of its
// response, or the reason there is none. prompt is the evaluated prompt
// and conv its parse.
func BodyFix(pass *analysis.Pass, b Body, prompt strval.Value, conv promptcheck.Conversation, env Env) (*analysis.SuggestedFix, error) {
	if b.Lit == nil || b.Lit.Type == nil {
		return nil, request.NoFix(request.BodyNotMapWithType)
	}
	f := &bodyRewrite{&fixer{editor: editor{pass: pass}, req: &request.Request{Lit: b.Lit, Fields: b.Fields}, models: env}}
	if err := f.runBody(b, prompt, conv); err != nil {
		return nil, err
	}
	return &analysis.SuggestedFix{Message: f.fixMessage(BodyFixMessage), TextEdits: f.edits}, nil
}

func (f *bodyRewrite) runBody(b Body, prompt strval.Value, conv promptcheck.Conversation) error {
	prompt, p, err := f.prepare(b.Lit, prompt, conv)
	if err != nil {
		return err
	}
	if b.Bedrock {
		f.target, err = f.bedrockTarget(p)
	} else {
		f.target, err = f.chooseTarget(p, false)
	}
	if err != nil {
		return err
	}
	promptKV, hasVersion, err := f.rewriteBodyKeys(b.Lit)
	if err != nil {
		return err
	}
	promptSet, err := f.rewriteAssignedKeys(b)
	if err != nil {
		return err
	}
	if (promptKV == nil) == (promptSet == nil) {
		return request.NoFix(request.BodyNoPrompt)
	}
	var promptValue ast.Expr
	if promptKV != nil {
		promptValue = promptKV.Value
	} else {
		promptValue = promptSet.Rhs[0]
	}
	f.applyAccumulation()
	site, err := f.inlineDefsAt(prompt, promptValue)
	if err != nil {
		return err
	}
	system, messages, err := f.bodyPromptValues(b.Lit, p)
	if err != nil {
		return err
	}
	if site != nil {
		values := messages
		system, messages, err = f.declareAtSite(site, system, func(name string) (string, error) {
			return name + " := " + values, nil
		})
		if err != nil {
			return err
		}
	}
	entries := map[string]string{"system": system, "messages": messages}
	if b.Bedrock && !hasVersion {
		entries["anthropic_version"] = strconv.Quote(bedrockVersion)
	}
	if promptKV != nil {
		f.replace(promptKV, bodyEntries(entries, func(k, v string) string { return strconv.Quote(k) + ": " + v }, ",\n"))
	} else {
		body := f.src(ast.Unparen(promptSet.Lhs[0]).(*ast.IndexExpr).X)
		f.replace(promptSet, bodyEntries(entries, func(k, v string) string { return body + "[" + strconv.Quote(k) + "] = " + v }, "\n"))
	}
	if b.Bedrock {
		if note := f.mapBedrockModel(b.Model); note != "" {
			f.notes = append(f.notes, note)
		}
	} else if err := f.rewriteEndpoint(b.Endpoint); err != nil {
		return err
	}
	if err := f.rewriteCompletionReads(b.Others, b.Stream); err != nil {
		return err
	}
	if _, ok := f.req.Field(promptcheck.ParamModel); !ok && !b.Bedrock {
		return request.NoFix(request.BodyNoModel)
	}
	return f.ensureImports(b.Lit.Pos())
}

// rewriteBodyKeys renames the keys of the literal and returns the prompt's
// element. Keys without a Messages counterpart stop the rewrite: they would
// change what the request does (stream, for one, changes the response).
func (f *bodyRewrite) rewriteBodyKeys(lit *ast.CompositeLit) (promptKV *ast.KeyValueExpr, hasVersion bool, err error) {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil, false, request.NoFix(request.BodyUnkeyed)
		}
		key := f.constString(kv.Key)
		to, carries := promptcheck.MessagesParam(key)
		switch {
		case key == promptcheck.ParamPrompt:
			promptKV = kv
		case key == "anthropic_version":
			hasVersion = true
		case key == "":
			return nil, false, request.NoFix(request.BodyKeyNotConstant, f.src(kv.Key))
		case !carries:
			return nil, false, request.NoFix(request.BodyKeyNoCounterpart, key)
		case f.target.drop[key]:
			f.deleteKey(lit, kv)
		case key == promptcheck.ParamStopSequences:
			f.dropHumanStop(ast.Unparen(kv.Value), func() { f.deleteKey(lit, kv) })
		case key == promptcheck.ParamModel:
			f.writeModel(f.target)
		case to == "max_tokens":
			if key != to {
				f.replace(kv.Key, strconv.Quote(to))
			}
			f.capMaxTokens(f.target, kv.Value)
		}
	}
	return promptKV, hasVersion, nil
}

// rewriteAssignedKeys renames the keys set after the literal,
// body["max_tokens_to_sample"] = n, and returns the assignment that sets
// the prompt, if one does: `body["prompt"] = p`, alone in its statement of
// a statement list, and once. Stop sequences set after the literal are
// kept as they are; a key the target drops, or stream, stops the rewrite.
func (f *bodyRewrite) rewriteAssignedKeys(b Body) (*ast.AssignStmt, error) {
	var promptSet *ast.AssignStmt
	for _, field := range b.Fields {
		as, ok := field.Node.(*ast.AssignStmt)
		if !ok || b.Lit.Pos() <= as.Pos() && as.End() <= b.Lit.End() {
			continue
		}
		for _, lhs := range as.Lhs {
			ix, ok := ast.Unparen(lhs).(*ast.IndexExpr)
			if !ok {
				continue
			}
			switch key := f.constString(ix.Index); key {
			case promptcheck.ParamPrompt:
				if promptSet != nil || len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Tok != token.ASSIGN || !f.inStmtList(as) {
					return nil, request.NoFix(request.BodyKeyOutside, key, f.place(as.Pos()))
				}
				promptSet = as
			case promptcheck.ParamStream:
				// The response would change shape.
				return nil, request.NoFix(request.BodyKeyOutside, key, f.place(as.Pos()))
			case promptcheck.ParamStopSequences:
				// Kept as is: the key is the same and the target check has
				// judged its value; a "\n\nHuman:" stop only stays
				// redundant, and a value the check cannot read is kept as it
				// would be in the literal.
			case promptcheck.ParamMaxTokensToSample, promptcheck.KeyMaxTokensCamel:
				f.replace(ix.Index, strconv.Quote("max_tokens"))
			default:
				if f.target.drop[key] {
					return nil, request.NoFix(request.BodyKeyOutside, key, f.place(as.Pos()))
				}
			}
		}
	}
	return promptSet, nil
}

// bodyEntries spells the entries of a body that replace its prompt, in
// the order the API documents them, with entry, joined by sep.
func bodyEntries(values map[string]string, entry func(k, v string) string, sep string) string {
	var out []string
	for _, k := range []string{"anthropic_version", "system", "messages"} {
		if values[k] != "" {
			out = append(out, entry(k, values[k]))
		}
	}
	return strings.Join(out, sep)
}

// bodyPromptValues returns the values of the "system" ("" without system
// text) and "messages" keys that replace the prompt, in the literal's own
// map type.
func (f *bodyRewrite) bodyPromptValues(lit *ast.CompositeLit, p *plan) (system, messages string, err error) {
	mapType := f.src(lit.Type)
	if len(p.system) > 0 {
		if system, err = f.expr(p.system); err != nil {
			return "", "", err
		}
	}
	var msgs []string
	for _, m := range p.messages {
		if m.optional {
			return "", "", request.NoFix(request.PrefillMayBeEmpty, f.holeNames(m.segs))
		}
		e, err := f.messageText(m)
		if err != nil {
			return "", "", err
		}
		role := "user"
		if m.role == promptcheck.Assistant {
			role = "assistant"
		}
		msgs = append(msgs, `{"role": `+strconv.Quote(role)+`, "content": `+e+"},\n")
	}
	return system, "[]" + mapType + "{\n" + strings.Join(msgs, "") + "}", nil
}

// deleteKey deletes an element of the literal with the rest of its lines
// (its trailing comment is about it) when it has its lines to itself.
func (f *editor) deleteKey(lit *ast.CompositeLit, kv ast.Expr) {
	tf := f.pass.Fset.File(kv.Pos())
	first, last := tf.Line(kv.Pos()), tf.Line(kv.End())
	alone := tf.Line(lit.Lbrace) < first && last < tf.Line(lit.Rbrace) && last < tf.LineCount()
	for _, e := range lit.Elts {
		if e != kv && tf.Line(e.End()) >= first && tf.Line(e.Pos()) <= last {
			alone = false
		}
	}
	if !alone {
		f.deleteElt(lit.Elts, kv)
		return
	}
	f.delete(tf.LineStart(first), tf.LineStart(last+1))
}

// mapBedrockModel replaces the Bedrock model id when the mapper maps it to
// another Bedrock id (a configured mapping: the built-in replacements are
// first-party ids, which Bedrock does not accept). Otherwise the id is kept:
// Claude 2 and Instant take Messages bodies on Bedrock. The note says so.
func (f *bodyRewrite) mapBedrockModel(e ast.Expr) string {
	id := ""
	if e != nil {
		id = f.constString(e)
	}
	if id == "" {
		return "model id kept"
	}
	if to, pref, ok := f.models.Target(id); ok && pref == msgapi.Configured && to != id && isBedrockID(to) {
		f.replace(ast.Unparen(e), strconv.Quote(to))
		return ""
	}
	return "model id " + strconv.Quote(id) + " kept: choose a current Claude model on Bedrock"
}

func isBedrockID(id string) bool {
	return strings.HasPrefix(id, "anthropic.") || strings.Contains(id, ".anthropic.") || strings.HasPrefix(id, "arn:")
}

// rewriteEndpoint turns the final "/complete" of the URL into
// "/messages", editing the literal bytes in this function.
func (f *bodyRewrite) rewriteEndpoint(ep *strval.Value) error {
	if ep == nil || len(ep.Pieces) == 0 {
		return request.NoFix(request.EndpointElsewhere)
	}
	last := ep.Pieces[len(ep.Pieces)-1]
	const word = "complete"
	if last.IsHole() || !strings.HasSuffix(last.Text, "/"+word) || len(last.Pos) != len(last.Text) {
		return request.NoFix(request.EndpointNotLiteral)
	}
	pos := last.Pos[len(last.Pos)-len(word):]
	for i, p := range pos {
		if !p.IsValid() || i > 0 && p != pos[i-1]+1 {
			return request.NoFix(request.EndpointNotPlain)
		}
	}
	start, end := pos[0], pos[len(pos)-1]+1
	if start < f.fn.Pos() || end > f.fn.End() {
		return request.NoFix(request.EndpointSpelledElsewhere, f.place(start))
	}
	f.edits = append(f.edits, analysis.TextEdit{Pos: start, End: end, NewText: []byte("messages")})
	return nil
}
