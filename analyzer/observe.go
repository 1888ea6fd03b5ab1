package analyzer

import (
	"cmp"
	"errors"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/sdk"
	"github.com/completelint/completelint/promptcheck"
)

// MigrationGuide is Anthropic's guide to moving from Text Completions to
// Messages, for code without an automatic rewrite.
const MigrationGuide = migrationGuide

// A Site is one legacy request the analyzer found, whether it was reported
// or suppressed, or one call of a wrapper function that sends a legacy
// request (Kind sdk.Wrapper): a place that changes when the wrapper is
// migrated, which the diagnostic of its request names as a related place
// (related.go) rather than having one of its own. Tools that act on whole
// codebases (completelint migrate) need the suppressed sites too, and the
// library kind, which diagnostics do not carry.
type Site struct {
	Pos     token.Position // where the legacy-api diagnostic is (or would be) reported; the call, for a wrapper call
	Kind    sdk.Kind       // official SDK, community SDK, hand-written HTTP, Bedrock, wrapper; "" if unknown
	Library string         // the library's name, e.g. "anthropic-sdk-go"
	Func    string         // the entry point, e.g. "CompletionService.New"; "" for a body
	Model   string         // the constant model id of the request, "" when unknown
	ModelTo string         // the id the rewrite uses instead of Model, "" when it keeps it
	// Rewritable is set when the diagnostic offers a fix; otherwise
	// NoRewrite says why not (nil when nobody said).
	Rewritable bool
	NoRewrite  *request.Reason
	// Suppressed is set when a //completelint:ignore comment covers the
	// site; SuppressReason is the comment's reason.
	Suppressed     bool
	SuppressReason string
}

// A Result is what the analyzer found in a package, as its analysis result
// (Analyzer.ResultType): every legacy request and wrapper call, in source
// order. A file of a
// package and of its test variant is analysed, and reported, twice.
type Result struct {
	Sites []Site
}

// siteInfo is what the finders know about a legacy request beyond its
// diagnostic, keyed by the diagnostic's position.
type siteInfo struct {
	ref            entryRef
	model, modelTo string
	why            *request.Reason
}

// describe records the library and entry point of the request reported at
// pos, and why it has no rewrite.
func (r *reporter) describe(pos token.Pos, ref entryRef, why error) {
	if r.sites == nil {
		r.sites = make(map[token.Pos]*siteInfo)
	}
	si := r.sites[pos]
	if si == nil {
		si = new(siteInfo)
		r.sites[pos] = si
	}
	si.ref = ref
	si.why = nil
	_ = errors.As(why, &si.why)
}

// describeModel records the constant model id of a request.
func (c *checker) describeModel(req *request.Request) {
	f, ok := req.Field(promptcheck.ParamModel)
	at := requestNode(req)
	if !ok || at == nil {
		return
	}
	if t := c.constText(f.Value); t.Known {
		c.rep.describe(at.Pos(), entryRef{req.Lib, req.Entry}, nil)
		si := c.rep.sites[at.Pos()]
		si.model = t.Value
		if to, _, ok := c.models.Target(t.Value); ok && to != t.Value {
			si.modelTo = to
		}
	}
}

// observe records the Site of a legacy-api diagnostic before it is
// filtered, so that suppressed requests are seen too.
func (r *reporter) observe(d analysis.Diagnostic) {
	if promptcheck.Category(d.Category) == promptcheck.LegacyAPI {
		r.addSite(d.Pos, len(d.SuggestedFixes) > 0)
	}
}

// addSite records the Site at pos: a legacy-api diagnostic, or a call of a
// wrapper, which has none of its own (its request's diagnostic names it
// as a related place) but is a place migrate reports on.
func (r *reporter) addSite(pos token.Pos, rewritable bool) {
	cat := promptcheck.LegacyAPI
	if !r.cfg.enabled(cat) || r.skipped(pos) {
		return
	}
	s := Site{Pos: r.pass.Fset.Position(pos), Rewritable: rewritable}
	if si := r.sites[pos]; si != nil {
		s.Model, s.ModelTo, s.NoRewrite = si.model, si.modelTo, si.why
		if si.ref.lib != nil {
			s.Kind, s.Library = si.ref.lib.Kind, si.ref.lib.Name
		}
		if si.ref.entry != nil {
			s.Func = si.ref.entry.Func()
		}
	}
	if dir, ok := r.suppression(cat, pos); ok {
		s.Suppressed, s.SuppressReason = true, dir.reason
	}
	r.found = append(r.found, s)
}

// result returns the sites found, in source order.
func (r *reporter) result() *Result {
	slices.SortStableFunc(r.found, func(a, b Site) int {
		return cmp.Or(strings.Compare(a.Pos.Filename, b.Pos.Filename), cmp.Compare(a.Pos.Offset, b.Pos.Offset))
	})
	return &Result{Sites: slices.CompactFunc(r.found, func(a, b Site) bool { return a.Pos == b.Pos })}
}
