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
	// Notes say which packages were not analysed, and which were analysed
	// despite errors in a dependency.
	Notes []Note
	// Skipped counts the packages not analysed.
	Skipped int
}

// Analyze loads the packages matching patterns, from dir, with the build
// tags in tags (comma-separated), and runs a on those whose own files have
// no errors. A load or analyzer error is an error; a package with errors is
// a note of the log, never silently missing: a log that misses a package
// would read as "no findings".
func Analyze(a *analysis.Analyzer, dir string, patterns []string, tests bool, tags string) (*Analysis, error) {
	cfg := &packages.Config{Dir: dir, Tests: tests}
	if tags != "" {
		cfg.BuildFlags = []string{"-tags=" + tags}
	}
	res, err := findings.Run(a, cfg, patterns...)
	if err != nil {
		return nil, err
	}
	out := &Analysis{Root: findings.MainModuleDir(res.Packages, dir), Findings: res.Findings, Notes: Notes(res.Broken)}
	for _, b := range res.Broken {
		if b.Root {
			out.Skipped++
		}
	}
	return out, nil
}
