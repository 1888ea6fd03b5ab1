// Package findings runs an analyzer on loaded packages and returns its
// diagnostics as byte offsets, independent of the token.FileSet they came
// from: the form that SARIF output and the language server both consume.
package findings

import (
	"cmp"
	"errors"
	"fmt"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A Finding is one diagnostic.
type Finding struct {
	Category   string
	Message    string
	File       string // absolute path
	Start, End int    // byte offsets; End == Start for a point
	Fixes      []Fix
	// Related are the finding's other places: the parts of one legacy
	// request (its URL, the call that sends it, the calls of a wrapper
	// that sends it) reported as one finding.
	Related []Related
}

// A Related is another place of a finding, with what it is.
type Related struct {
	File       string // absolute path
	Start, End int    // byte offsets; End == Start for a point
	Message    string
}

// Fix is one suggested fix.
type Fix struct {
	Message string
	Edits   []Edit
}

// Edit replaces the bytes [Start, End) of File with NewText.
type Edit struct {
	File       string
	Start, End int
	NewText    string
}

// Result is the outcome of Run.
type Result struct {
	Packages []*packages.Package // the root packages loaded
	Findings []Finding           // in the order the analyzer reported them
}

// Run loads patterns with cfg and runs a on the root packages. Load errors,
// packages with errors and analyzer errors are errors: a report that
// silently misses a package would read as "no findings". The load mode is
// completed as a needs (every dependency from source when it uses facts).
// A file that belongs to a package and its test variant is reported once.
func Run(a *analysis.Analyzer, cfg *packages.Config, patterns ...string) (*Result, error) {
	c := *cfg
	c.Mode |= packages.LoadSyntax | packages.NeedModule
	if usesFacts(a) {
		c.Mode |= packages.LoadAllSyntax
	}
	pkgs, err := packages.Load(&c, patterns...)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	if err := packageErrors(pkgs); err != nil {
		return nil, err
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		return nil, err
	}
	res := &Result{Packages: pkgs}
	for _, act := range graph.Roots {
		if act.Err != nil {
			return nil, fmt.Errorf("%s: %w", act.Package.PkgPath, act.Err)
		}
		for _, d := range act.Diagnostics {
			if f, ok := Convert(act.Package.Fset, d); ok {
				res.Findings = append(res.Findings, f)
			}
		}
	}
	res.Findings = Dedup(res.Findings)
	return res, nil
}

// key identifies a finding reported for a file shared by a package and its
// test variant.
func (f Finding) key() string {
	return fmt.Sprintf("%s:%d:%d:%s:%s", f.File, f.Start, f.End, f.Category, f.Message)
}

// Dedup returns fs without the repeats that analysing a package and its test
// variant produce, keeping the first of each with the related places of
// all: the test variant may add places in its test files.
func Dedup(fs []Finding) []Finding {
	seen := make(map[string]int)
	var out []Finding
	for _, f := range fs {
		i, ok := seen[f.key()]
		if !ok {
			seen[f.key()] = len(out)
			out = append(out, f)
			continue
		}
		merged := slices.Clone(out[i].Related)
		for _, r := range f.Related {
			if !slices.Contains(merged, r) {
				merged = append(merged, r)
			}
		}
		slices.SortStableFunc(merged, func(a, b Related) int {
			return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
		out[i].Related = merged
	}
	return out
}

// Convert turns a diagnostic into byte offsets; ok is false for a
// diagnostic without a position.
func Convert(fset *token.FileSet, d analysis.Diagnostic) (Finding, bool) {
	file, start, end, ok := offsets(fset, d.Pos, d.End)
	if !ok {
		return Finding{}, false
	}
	f := Finding{Category: d.Category, Message: d.Message, File: file, Start: start, End: end}
	for _, sf := range d.SuggestedFixes {
		fix := Fix{Message: sf.Message}
		for _, e := range sf.TextEdits {
			file, start, end, ok := offsets(fset, e.Pos, e.End)
			if !ok {
				continue
			}
			fix.Edits = append(fix.Edits, Edit{File: file, Start: start, End: end, NewText: string(e.NewText)})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	for _, r := range d.Related {
		if file, start, end, ok := offsets(fset, r.Pos, r.End); ok {
			f.Related = append(f.Related, Related{File: file, Start: start, End: end, Message: r.Message})
		}
	}
	return f, true
}

// offsets returns the file and byte offsets of [pos, end); an invalid end
// means a point.
func offsets(fset *token.FileSet, pos, end token.Pos) (string, int, int, bool) {
	tf := fset.File(pos)
	if tf == nil {
		return "", 0, 0, false
	}
	start := tf.Offset(pos)
	stop := start
	if end.IsValid() && tf.Base() <= int(end) && int(end) <= tf.Base()+tf.Size() {
		stop = tf.Offset(end)
	}
	return tf.Name(), start, stop, true
}

func packageErrors(pkgs []*packages.Package) error {
	var errs []error
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			errs = append(errs, errors.New(e.Error()))
		}
	})
	return errors.Join(errs...)
}

// usesFacts reports whether a or an analyzer it requires uses facts, which
// need every dependency loaded from source.
func usesFacts(a *analysis.Analyzer) bool {
	if len(a.FactTypes) > 0 {
		return true
	}
	for _, r := range a.Requires {
		if usesFacts(r) {
			return true
		}
	}
	return false
}

// MainModuleDir returns the directory of the main module of pkgs, or
// fallback outside one.
func MainModuleDir(pkgs []*packages.Package, fallback string) string {
	for _, p := range pkgs {
		if p.Module != nil && p.Module.Main && p.Module.Dir != "" {
			return p.Module.Dir
		}
	}
	return fallback
}
