package migrate

import (
	"cmp"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/completelint/completelint/analyzer"
)

// Report is the migration report; its JSON form is described by
// testdata/migrate/report.schema.json.
type Report struct {
	SchemaVersion int    `json:"schema_version"`
	Root          string `json:"root"` // the main module's directory; site paths are relative to it
	DryRun        bool   `json:"dry_run"`
	Interrupted   bool   `json:"interrupted"`
	// Error says why the writing stopped early, other than an interrupt.
	Error string `json:"error,omitempty"`
	// Files are the files the migration changed (would change, in a dry
	// run); Written counts those written.
	Files   int `json:"files"`
	Written int `json:"written"`
	// Owners lists the written files whose owner or group could not be
	// kept.
	Owners []string `json:"owners,omitempty"`
	Guide  string   `json:"guide"`
	Totals Totals   `json:"totals"`
	Sites  []Site   `json:"sites"`
	Models []Model  `json:"models"`
	// Restored are the packages whose rewrite broke the build.
	Restored []Restored `json:"restored"`
	// Broken are the packages with errors of their own: those asked for
	// were not analysed (their call sites are not in Sites), and the
	// packages importing the others were analysed but not rewritten.
	Broken []BrokenPackage `json:"broken_packages,omitempty"`
}

// BrokenPackage is a package with errors of its own.
type BrokenPackage struct {
	Package string `json:"package"`          // import path, with the test variant
	Module  string `json:"module,omitempty"` // path@version of a dependency's module
	Error   string `json:"error"`            // the first error
	// Analysed is false for a package asked for, which was not analysed,
	// true for a dependency: the packages importing it (Importers) were.
	Analysed  bool     `json:"analysed"`
	Importers []string `json:"importers,omitempty"`
}

// A Site is one legacy call site.
type Site struct {
	File    string `json:"file"` // slash-separated, relative to Root
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Kind    string `json:"kind"`
	Library string `json:"library,omitempty"`
	Func    string `json:"func,omitempty"`
	Status  Status `json:"status"`
	// Reason says why manual work is needed, or why the site is
	// suppressed (the comment's reason).
	Reason string `json:"reason,omitempty"`
	Detail string `json:"detail,omitempty"` // the compiler's message for a restored package
	Guide  string `json:"guide,omitempty"`  // for manual work
	Model  string `json:"model,omitempty"`
}

// Totals count the sites.
type Totals struct {
	Sites    int            `json:"sites"`
	ByStatus map[Status]int `json:"by_status"`
	ByKind   map[string]int `json:"by_kind"`
	// ByReason groups the manual sites by reason, positions removed.
	ByReason []ReasonCount `json:"by_reason"`
}

// ReasonCount is the number of manual sites with one reason.
type ReasonCount struct {
	Reason string `json:"reason"`
	Sites  int    `json:"sites"`
}

// Model is one model id found in requests, and what the rewrite uses instead.
type Model struct {
	ID        string `json:"id"`
	Sites     int    `json:"sites"`
	Rewritten int    `json:"rewritten"`           // sites rewritten
	MappedTo  string `json:"mapped_to,omitempty"` // the id the rewritten requests use, when it changed
}

// Restored is a package restored to its original contents.
type Restored struct {
	Dir   string `json:"dir"`
	Error string `json:"error"`
}

// ExitManual is the exit status of a migration that left manual work.
const ExitManual = 4

// NeedsManualWork reports whether a site needs manual work, or a package
// could not be analysed.
func (r *Report) NeedsManualWork() bool {
	return r.Totals.ByStatus[Manual] > 0 || r.notAnalysed() > 0
}

// notAnalysed counts the packages asked for that were not analysed.
func (r *Report) notAnalysed() int {
	n := 0
	for _, b := range r.Broken {
		if !b.Analysed {
			n++
		}
	}
	return n
}

func buildReport(st *state, broken map[string]string, dryRun bool, res *Result) *Report {
	rep := &Report{
		SchemaVersion: 1, Root: st.root, DryRun: dryRun, Interrupted: res.Interrupted, Guide: analyzer.MigrationGuide,
		Files: len(res.Changed), Written: res.Written, Owners: res.Owners,
		Totals: Totals{ByStatus: map[Status]int{Rewritten: 0, Manual: 0, Suppressed: 0}, ByKind: map[string]int{}},
		Sites:  []Site{}, Models: []Model{}, Restored: []Restored{},
	}
	if res.Stopped != nil {
		rep.Error = res.Stopped.Error()
	}
	reasons := map[string]int{}
	models := map[string]*Model{}
	for _, r := range st.track.final() {
		s := Site{
			File: rep.rel(r.site.Pos.Filename), Line: r.site.Pos.Line, Column: r.site.Pos.Column,
			Kind: kindOf(r.site), Library: r.site.Library, Func: r.site.Func,
			Status: r.status, Reason: r.reason, Detail: r.detail, Model: r.site.Model,
		}
		if s.Status == Manual {
			s.Guide = analyzer.MigrationGuide
			reasons[cmp.Or(r.class, r.reason)]++
		}
		rep.Sites = append(rep.Sites, s)
		rep.Totals.Sites++
		rep.Totals.ByStatus[s.Status]++
		rep.Totals.ByKind[s.Kind]++
		if id := r.site.Model; id != "" {
			m := models[id]
			if m == nil {
				m = &Model{ID: id}
				models[id] = m
			}
			m.Sites++
			if s.Status == Rewritten {
				m.Rewritten++
				m.MappedTo = cmp.Or(m.MappedTo, r.site.ModelTo)
			}
		}
	}
	for reason, n := range reasons {
		rep.Totals.ByReason = append(rep.Totals.ByReason, ReasonCount{reason, n})
	}
	slices.SortFunc(rep.Totals.ByReason, func(a, b ReasonCount) int {
		return cmp.Or(cmp.Compare(b.Sites, a.Sites), strings.Compare(a.Reason, b.Reason))
	})
	if rep.Totals.ByReason == nil {
		rep.Totals.ByReason = []ReasonCount{}
	}
	for _, id := range slices.Sorted(maps.Keys(models)) {
		rep.Models = append(rep.Models, *models[id])
	}
	for _, dir := range slices.Sorted(maps.Keys(broken)) {
		rep.Restored = append(rep.Restored, Restored{Dir: rep.rel(dir), Error: broken[dir]})
	}
	for _, b := range st.broken {
		// Errors in the module read like its sites: relative to the root.
		msg := strings.TrimPrefix(b.Error, rep.Root+string(filepath.Separator))
		if b.More > 0 {
			msg += fmt.Sprintf(" (and %d more)", b.More)
		}
		rep.Broken = append(rep.Broken, BrokenPackage{Package: b.ID, Module: b.Module, Error: msg, Analysed: !b.Root, Importers: b.Users})
	}
	return rep
}

func (r *Report) rel(path string) string {
	if rel, err := filepath.Rel(r.Root, path); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(path)
}
