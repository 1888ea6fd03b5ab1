package lsp

import (
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/completelint/completelint/internal/findings"
)

// fileResult holds the findings of one file and the content they refer to.
type fileResult struct {
	content  string
	findings []findings.Finding
}

// analyzeFile loads the package(s) containing path, with overlay standing in
// for unsaved documents, runs a and returns the findings of every file of
// those packages. Files without findings are present with an empty list, so
// that their old diagnostics are cleared.
func analyzeFile(a *analysis.Analyzer, path string, overlay map[string][]byte) (map[string]*fileResult, error) {
	cfg := &packages.Config{
		Dir: filepath.Dir(path),
		// A test file needs the test variant; a non-test file has the same
		// findings in the plain package, which loads faster.
		Tests:   strings.HasSuffix(path, "_test.go"),
		Overlay: overlay,
	}
	res, err := findings.Run(a, cfg, "file="+path)
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
	for _, p := range res.Packages {
		for _, f := range p.CompiledGoFiles {
			content(f)
		}
	}
	for _, f := range res.Findings {
		r := content(f.File)
		r.findings = append(r.findings, f)
	}
	return results, nil
}
