package migrate

import (
	"cmp"
	"fmt"
	"path/filepath"
	"slices"

	"github.com/completelint/completelint/analyzer"
)

// Status is what became of a call site.
type Status string

// Statuses of call sites.
const (
	Rewritten  Status = "rewritten"
	Manual     Status = "needs manual work"
	Suppressed Status = "suppressed"
	pending    Status = "" // rewritable, not rewritten yet
)

// Reasons the migration itself gives for manual work.
const (
	reasonConflict    = "its fix overlaps the fix of another call site"
	reasonUnparsable  = "the fixed file does not parse"
	reasonBuild       = "the rewritten package does not build or vet; it was restored"
	reasonInterrupted = "not written: the run was interrupted"
)

// A record follows one call site from the first round to the end.
type record struct {
	site   analyzer.Site // as found in the original source
	cur    string        // position key in the current contents
	status Status
	reason string
	// class groups the reason with those of other sites that have the
	// same obstacle: the code of the analyzer's reason rendered without
	// the names and places of one site, or migrate's own reason.
	class  string
	detail string // for reasonBuild: the compiler's message
}

// tracker holds the records. Fixes move code, so a site's position changes
// from round to round: later rounds match the sites still present in a file
// to the records not rewritten yet, in order, when their numbers agree.
type tracker struct {
	recs []*record
}

func (t *tracker) observe(sites map[string]analyzer.Site, first bool) {
	if first {
		for key, s := range sites {
			t.recs = append(t.recs, &record{site: s, cur: key})
		}
		slices.SortFunc(t.recs, func(a, b *record) int {
			return cmp.Or(cmp.Compare(a.site.Pos.Filename, b.site.Pos.Filename), cmp.Compare(a.site.Pos.Offset, b.site.Pos.Offset))
		})
		for _, r := range t.recs {
			r.judge(r.site)
		}
		return
	}
	byFile := make(map[string][]analyzer.Site)
	for _, s := range sites {
		byFile[s.Pos.Filename] = append(byFile[s.Pos.Filename], s)
	}
	for file, now := range byFile {
		slices.SortFunc(now, func(a, b analyzer.Site) int { return cmp.Compare(a.Pos.Offset, b.Pos.Offset) })
		var left []*record
		for _, r := range t.recs {
			if r.site.Pos.Filename == file && r.status != Rewritten {
				left = append(left, r)
			}
		}
		if len(left) != len(now) {
			continue
		}
		for i, r := range left {
			r.cur = posKey(file, now[i].Pos.Offset)
			if r.status == pending {
				r.judge(now[i])
			}
		}
	}
}

// judge sets the status a site's diagnostic implies.
func (r *record) judge(s analyzer.Site) {
	switch {
	case s.Suppressed:
		r.status, r.reason = Suppressed, s.SuppressReason
	case !s.Rewritable:
		r.status = Manual
		if s.NoRewrite != nil {
			r.reason, r.class = s.NoRewrite.Error(), s.NoRewrite.Code.Summary()
		} else {
			r.reason = fmt.Sprintf("no automatic rewrite for %s code", cmp.Or(string(s.Kind), "this"))
		}
	}
}

// applied marks the sites whose fixes a round applied.
func (t *tracker) applied(r *round, skipped []int, failed map[string]error) {
	byKey := make(map[string]*record)
	for _, rec := range t.recs {
		if rec.status == pending {
			byKey[rec.cur] = rec
		}
	}
	skip := make(map[int]bool, len(skipped))
	for _, id := range skipped {
		skip[id] = true
	}
	for _, fix := range r.fixes {
		rec := byKey[r.fixSites[fix.ID]]
		if rec == nil {
			continue
		}
		switch {
		case skip[fix.ID]:
			rec.reason = reasonConflict
		case fixFailed(fix, failed):
			rec.reason = reasonUnparsable
		default:
			rec.status, rec.reason = Rewritten, ""
		}
	}
}

func fixFailed(fix Fix, failed map[string]error) bool {
	for _, e := range fix.Edits {
		if failed[e.File] != nil {
			return true
		}
	}
	return false
}

// restored turns the rewritten sites of a restored package into manual ones.
func (t *tracker) restored(dir, msg string) {
	for _, r := range t.recs {
		if r.status == Rewritten && filepath.Dir(r.site.Pos.Filename) == dir {
			r.status, r.reason, r.detail = Manual, reasonBuild, msg
		}
	}
}

// unwritten turns the rewritten sites of a file left original into manual
// ones.
func (t *tracker) unwritten(file string) {
	for _, r := range t.recs {
		if r.status == Rewritten && r.site.Pos.Filename == file {
			r.status, r.reason = Manual, reasonInterrupted
		}
	}
}

// final returns the records with every site still pending settled.
func (t *tracker) final() []*record {
	for _, r := range t.recs {
		if r.status == pending {
			r.status = Manual
			if r.reason == "" {
				r.reason = reasonConflict
			}
		}
	}
	return t.recs
}

// kindOf names the library kind of a site for reports.
func kindOf(s analyzer.Site) string {
	if s.Kind == "" {
		return "unknown"
	}
	return string(s.Kind)
}
