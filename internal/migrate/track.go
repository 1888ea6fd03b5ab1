package migrate

import (
	"cmp"
	"errors"
	"fmt"
	"path/filepath"
	"slices"

	"github.com/completelint/completelint/analyzer"
	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/sdk"
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
	reasonReadOnly    = "the file is read-only; left alone, as gofmt -w does"
	// reasonUnverifiable groups the sites of packages whose dependencies
	// have errors (each site names the dependency).
	reasonUnverifiable = "a dependency has errors, so the rewrite cannot be verified by a build"
)

// detailWrapper is the detail of a wrapper's caller that needs no change
// of its own: the wrapper it calls was rewritten in the same run.
const detailWrapper = "the wrapper it calls was rewritten"

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
	// via are the files whose rewrite settled a wrapper's caller: if one
	// of them is restored or not written, the caller needs its wrapper
	// migrated again.
	via []string
	// manual is the reason the analyzer gave for a wrapper's caller, and
	// wrapper the name of the wrapper it calls.
	manual, wrapper string
}

// isWrapperCall reports whether r is a call of a wrapper function: it
// goes away, rather than being rewritten, once the wrapper is.
func (r *record) isWrapperCall() bool { return r.site.Kind == sdk.Wrapper }

// tracker holds the records. Fixes move code, so a site's position changes
// from round to round: later rounds match the sites still present in a file
// to the records not rewritten yet, in order, when their numbers agree.
type tracker struct {
	recs []*record
}

// observe takes the sites of a round. changed are the files the previous
// round rewrote; declaring, when set, returns those of them that declare a
// function of the given name.
func (t *tracker) observe(sites map[string]analyzer.Site, first bool, changed []string, declaring func(name string) []string) {
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
	left := make(map[string][]*record) // by file, in order
	for _, r := range t.recs {
		if r.status != Rewritten {
			left[r.site.Pos.Filename] = append(left[r.site.Pos.Filename], r)
		}
	}
	for file, recs := range left {
		now := byFile[file]
		slices.SortFunc(now, func(a, b analyzer.Site) int { return cmp.Compare(a.Pos.Offset, b.Pos.Offset) })
		if len(recs) != len(now) {
			// A wrapper's caller is no longer reported once the wrapper
			// was rewritten: match the other records without them.
			var gone []*record
			recs = slices.DeleteFunc(slices.Clone(recs), func(r *record) bool {
				if r.isWrapperCall() && r.status == Manual && len(changed) > 0 {
					gone = append(gone, r)
					return true
				}
				return false
			})
			if len(gone) == 0 || len(recs) != len(now) {
				continue
			}
			for _, r := range gone {
				via := changed
				if r.wrapper != "" && declaring != nil {
					if files := declaring(r.wrapper); len(files) > 0 {
						via = files
					}
				}
				r.manual = r.reason
				r.status, r.reason, r.detail, r.via = Rewritten, "", detailWrapper, via
			}
		}
		for i, r := range recs {
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
			if s.NoRewrite.Code == request.WrapperCaller && len(s.NoRewrite.Args) > 0 {
				r.wrapper = fmt.Sprint(s.NoRewrite.Args[0])
			}
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
		err := fixFailed(fix, failed)
		switch {
		case skip[fix.ID]:
			rec.reason = reasonConflict
		case errors.Is(err, errReadOnly):
			rec.reason = reasonReadOnly
		case err != nil:
			rec.reason = reasonUnparsable
		default:
			rec.status, rec.reason = Rewritten, ""
		}
	}
}

// fixFailed returns why a file of fix could not be fixed, or nil.
func fixFailed(fix Fix, failed map[string]error) error {
	for _, e := range fix.Edits {
		if err := failed[e.File]; err != nil {
			return err
		}
	}
	return nil
}

// unverifiable turns the sites of the package in dir that would be
// rewritten into manual ones: the package's dependencies have errors, so
// no build can verify its rewrite.
func (t *tracker) unverifiable(dir, reason string) {
	for _, r := range t.recs {
		if r.status == pending && filepath.Dir(r.site.Pos.Filename) == dir {
			r.status, r.reason, r.class = Manual, reason, reasonUnverifiable
		}
	}
}

// restored turns the rewritten sites of a restored package into manual ones.
func (t *tracker) restored(dir, msg string) {
	for _, r := range t.recs {
		switch {
		case r.status != Rewritten:
		case r.detail == detailWrapper:
			if slices.ContainsFunc(r.via, func(f string) bool { return filepath.Dir(f) == dir }) {
				r.status, r.reason, r.detail = Manual, r.manual+" (its rewrite was restored)", ""
			}
		case filepath.Dir(r.site.Pos.Filename) == dir:
			r.status, r.reason, r.detail = Manual, reasonBuild, msg
		}
	}
}

// unwritten turns the rewritten sites of a file left original into manual
// ones, for the reason given.
func (t *tracker) unwritten(file, reason string) {
	for _, r := range t.recs {
		switch {
		case r.status != Rewritten:
		case r.detail == detailWrapper:
			if slices.Contains(r.via, file) {
				r.status, r.reason, r.detail = Manual, r.manual+" ("+reason+")", ""
			}
		case r.site.Pos.Filename == file:
			r.status, r.reason = Manual, reason
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
