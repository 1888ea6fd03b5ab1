package sarif

import (
	"errors"
	"fmt"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Analysis is the outcome of Analyze.
type Analysis struct {
	Root     string // directory of the main module (the working directory outside one)
	Findings []Finding
}

// Analyze loads the packages matching patterns, from dir, and runs a on them.
// Load errors, packages with errors and analyzer errors are all errors: a
// SARIF log that silently misses a package would read as "no findings".
func Analyze(a *analysis.Analyzer, dir string, patterns []string, tests bool) (*Analysis, error) {
	mode := packages.LoadSyntax | packages.NeedModule
	if needFacts(a) {
		mode = packages.LoadAllSyntax | packages.NeedModule
	}
	cfg := &packages.Config{Mode: mode, Dir: dir, Tests: tests}
	pkgs, err := packages.Load(cfg, patterns...)
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
	out := &Analysis{Root: mainModuleDir(pkgs, dir)}
	seen := make(map[string]bool) // a file is in both p and "p [p.test]"
	for _, act := range graph.Roots {
		if act.Err != nil {
			return nil, fmt.Errorf("%s: %w", act.Package.PkgPath, act.Err)
		}
		for _, d := range act.Diagnostics {
			f, ok := finding(act.Package.Fset, d)
			if !ok {
				continue
			}
			key := fmt.Sprintf("%s:%d:%d:%s:%s", f.File, f.Start, f.End, f.RuleID, f.Message)
			if !seen[key] {
				seen[key] = true
				out.Findings = append(out.Findings, f)
			}
		}
	}
	return out, nil
}

// finding converts a diagnostic to byte offsets; ok is false for a
// diagnostic without a position.
func finding(fset *token.FileSet, d analysis.Diagnostic) (Finding, bool) {
	file, start, end, ok := offsets(fset, d.Pos, d.End)
	if !ok {
		return Finding{}, false
	}
	f := Finding{RuleID: d.Category, Message: d.Message, File: file, Start: start, End: end}
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

func mainModuleDir(pkgs []*packages.Package, fallback string) string {
	for _, p := range pkgs {
		if p.Module != nil && p.Module.Main && p.Module.Dir != "" {
			return p.Module.Dir
		}
	}
	return fallback
}

// needFacts reports whether a or an analyzer it requires uses facts, which
// need every dependency loaded from source.
func needFacts(a *analysis.Analyzer) bool {
	if len(a.FactTypes) > 0 {
		return true
	}
	for _, r := range a.Requires {
		if needFacts(r) {
			return true
		}
	}
	return false
}
