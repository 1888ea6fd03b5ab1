package lsp

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// finding is a diagnostic in byte offsets of the content it was computed on.
type finding struct {
	category, message string
	start, end        int
	fixes             []fix
}

type fix struct {
	message string
	edits   []edit
}

type edit struct {
	file       string
	start, end int
	newText    string
}

// fileResult holds the findings of one file and the content they refer to.
type fileResult struct {
	content  string
	findings []finding
}

// analyzeFile loads the package(s) containing path, with overlay standing in
// for unsaved documents, runs a and returns the findings of every file of
// those packages. Files without findings are present with an empty list, so
// that their old diagnostics are cleared.
func analyzeFile(a *analysis.Analyzer, path string, overlay map[string][]byte) (map[string]*fileResult, error) {
	cfg := &packages.Config{
		Mode: packages.LoadSyntax,
		Dir:  filepath.Dir(path),
		// A test file needs the test variant; a non-test file has the same
		// findings in the plain package, which loads faster.
		Tests:   strings.HasSuffix(path, "_test.go"),
		Overlay: overlay,
	}
	pkgs, err := packages.Load(cfg, "file="+path)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("no package contains %s", path)
	}
	var errs []packages.Error
	for _, p := range pkgs {
		errs = append(errs, p.Errors...)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s: %w", path, errs[0])
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		return nil, err
	}

	results := make(map[string]*fileResult)
	content := func(file string) *fileResult {
		if r, ok := results[file]; ok {
			return r
		}
		data, ok := overlay[file]
		if !ok {
			data, _ = os.ReadFile(file)
		}
		r := &fileResult{content: string(data)}
		results[file] = r
		return r
	}
	for _, p := range pkgs {
		for _, f := range p.CompiledGoFiles {
			content(f)
		}
	}
	seen := make(map[string]bool) // a file is in both p and "p [p.test]"
	for _, act := range graph.Roots {
		if act.Err != nil {
			return nil, fmt.Errorf("%s: %w", act.Package.PkgPath, act.Err)
		}
		for _, d := range act.Diagnostics {
			file, f, ok := toFinding(act.Package.Fset, d)
			if !ok {
				continue
			}
			key := fmt.Sprintf("%s:%d:%d:%s:%s", file, f.start, f.end, f.category, f.message)
			if seen[key] {
				continue
			}
			seen[key] = true
			r := content(file)
			r.findings = append(r.findings, f)
		}
	}
	return results, nil
}

func toFinding(fset *token.FileSet, d analysis.Diagnostic) (string, finding, bool) {
	file, start, end, ok := offsets(fset, d.Pos, d.End)
	if !ok {
		return "", finding{}, false
	}
	f := finding{category: d.Category, message: d.Message, start: start, end: end}
	for _, sf := range d.SuggestedFixes {
		fx := fix{message: sf.Message}
		for _, e := range sf.TextEdits {
			efile, s, en, ok := offsets(fset, e.Pos, e.End)
			if !ok {
				continue
			}
			fx.edits = append(fx.edits, edit{file: efile, start: s, end: en, newText: string(e.NewText)})
		}
		f.fixes = append(f.fixes, fx)
	}
	return file, f, true
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
