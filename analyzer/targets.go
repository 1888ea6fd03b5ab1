package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"maps"
	"slices"

	"github.com/completelint/completelint/internal/request"

	"golang.org/x/tools/go/analysis"

	"github.com/completelint/completelint/internal/msgapi"
	"github.com/completelint/completelint/rewrite"
)

// A pendingRequest is a legacy request whose legacy-api diagnostic waits
// until the models of all requests are decided.
type pendingRequest struct {
	req    *request.Request
	prompt evaluatedPrompt
	// origins are the keys of the constants its model comes from, when it
	// is not a constant at the request; complete when they are all of them.
	origins  []token.Pos
	complete bool
}

// A modelOrigin is a constant model id that requests reach through a flag,
// a variable or a parameter, and the requests that send it.
type modelOrigin struct {
	origin
	node   ast.Node          // where its finding is reported
	uses   []*pendingRequest // nil entries are Messages calls
	target string            // the model its requests are to send, if decided
	// inRequest is set for a model written in the legacy request itself,
	// whose rewrite replaces it: its finding carries no fix of its own.
	inRequest bool
}

// addOrigin records that use sends the model of o, and returns o's key:
// the position of the constant. One constant reached both in its own
// request and from another (through a field of the request's type) is one
// origin, reported once where its request is and fixed by that request's
// rewrite.
func (c *checker) addOrigin(o *modelOrigin, use *pendingRequest) token.Pos {
	key := o.at.Pos()
	mo := c.modelOrigins[key]
	switch {
	case mo == nil:
		mo = o
		if c.modelOrigins == nil {
			c.modelOrigins = make(map[token.Pos]*modelOrigin)
		}
		c.modelOrigins[key] = mo
	case o.inRequest && !mo.inRequest:
		mo.inRequest, mo.node, mo.via = true, o.node, o.via
	}
	mo.uses = append(mo.uses, use)
	return key
}

// finish decides the model of every origin, reports it with its fix, and
// then reports each pending legacy request with its rewrite, which checks
// its Messages request against the model its origins now send.
func (c *checker) finish() {
	for _, key := range slices.Sorted(maps.Keys(c.modelOrigins)) {
		c.decideOrigin(c.modelOrigins[key])
	}
	for _, p := range c.pending {
		if p.complete {
			for _, key := range p.origins {
				p.req.ModelIDs = append(p.req.ModelIDs, c.modelOrigins[key].sent())
			}
		}
		c.reportRequest(p)
	}
	c.pending, c.modelOrigins = nil, nil
}

// decideOrigin reports a retired or deprecated origin, with a fix that
// writes the model its requests should send instead: the configured or
// documented one when it accepts all of them, or another that does
// (msgapi.Choose on what they need together).
func (c *checker) decideOrigin(o *modelOrigin) {
	preferred, pref, ok := c.models.Target(o.id)
	if ok && pref != msgapi.Written && c.cfg.rewrite() {
		if need, ok := c.needs(o.uses); ok {
			if choice, err := msgapi.Choose(need, preferred, pref, c.cfg.today()); err == nil {
				o.target = choice.Model.ID
			}
		}
	}
	advice := ""
	switch {
	case o.target == "" || o.target == preferred:
	case o.inRequest:
		advice = fmt.Sprintf("use %q, which accepts this request", o.target)
	default:
		advice = fmt.Sprintf("use %q, which accepts what its requests send", o.target)
	}
	d, bad := c.modelFinding(o.id, o.node, o.via, advice)
	if !bad {
		return
	}
	if o.target != "" && !o.inRequest {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   fmt.Sprintf("Replace the model with %s", o.target),
			TextEdits: []analysis.TextEdit{{Pos: o.at.Pos(), End: o.at.End(), NewText: []byte(quoteID(o.target))}},
		}}
	}
	c.rep.report(d)
}

// needs returns what the requests that send an origin ask of a model,
// together: a prefill if any prefills, each sampling parameter any sets.
// ok is false when a request's needs are unknown (a Messages call, or a
// legacy request the rewrite cannot plan).
func (c *checker) needs(uses []*pendingRequest) (msgapi.Request, bool) {
	all := msgapi.Request{Messages: []msgapi.Message{{Role: msgapi.User, Text: msgapi.Known("?")}}}
	for _, u := range uses {
		if u == nil || !u.prompt.ok {
			return all, false
		}
		r, err := needsOf(c.pass, u)
		if err != nil {
			continue // not rewritten: its model does not matter to a fix
		}
		if r.Prefill() && !all.Prefill() {
			all.Messages = append(all.Messages, msgapi.Message{Role: msgapi.Assistant, Text: msgapi.Known("?")})
		}
		all.Temperature = orSet(all.Temperature, r.Temperature)
		all.TopP = orSet(all.TopP, r.TopP)
		all.TopK = orSet(all.TopK, r.TopK)
	}
	return all, true
}

// needsOf is rewrite.Needs, with a panic on code it did not foresee turned
// into an error, as in rewriteFix.
func needsOf(pass *analysis.Pass, u *pendingRequest) (r msgapi.Request, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = request.NoFix(request.RewriteFailed, p)
		}
	}()
	return rewrite.Needs(pass, u.req, u.prompt.value, u.prompt.meant)
}

// orSet combines a sampling parameter of two requests: set when either sets
// it, known only when both set it to the same value.
func orSet(a, b msgapi.Number) msgapi.Number {
	switch {
	case !a.Set:
		return b
	case !b.Set:
		return a
	case a.Known && b.Known && a.Value == b.Value:
		return a
	}
	return msgapi.Number{Set: true}
}

// sent is the id the origin sends once its fix is applied.
func (o *modelOrigin) sent() string { return cmp.Or(o.target, o.id) }
