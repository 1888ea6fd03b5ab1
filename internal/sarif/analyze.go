package sarif

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/completelint/completelint/internal/findings"
)

// Analysis is the outcome of Analyze.
type Analysis struct {
	Root     string // directory of the main module (the working directory outside one)
	Findings []Finding
}

// Analyze loads the packages matching patterns, from dir, with the build
// tags in tags (comma-separated), and runs a on them.
// Any load, package or analyzer error is an error: a SARIF log that silently
// misses a package would read as "no findings".
func Analyze(a *analysis.Analyzer, dir string, patterns []string, tests bool, tags string) (*Analysis, error) {
	cfg := &packages.Config{Dir: dir, Tests: tests}
	if tags != "" {
		cfg.BuildFlags = []string{"-tags=" + tags}
	}
	res, err := findings.Run(a, cfg, patterns...)
	if err != nil {
		return nil, err
	}
	return &Analysis{Root: findings.MainModuleDir(res.Packages, dir), Findings: res.Findings}, nil
}
