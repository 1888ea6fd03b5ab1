package analyzer

import "golang.org/x/tools/go/analysis"

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	return nil, nil
}
