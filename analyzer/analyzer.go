package analyzer

import (
	"fmt"
	"reflect"

	"golang.org/x/tools/go/analysis"
)

// URL documents the analyzer and each rule.
const URL = "https://github.com/completelint/completelint#rules"

// Analyzer is the analyzer with the default configuration.
var Analyzer = New(Config{})

// New returns an analyzer for cfg. Its flags start from cfg, so the command
// line can refine what a plugin or caller configured.
func New(cfg Config) *analysis.Analyzer {
	c := cfg
	a := &analysis.Analyzer{
		Name:       "completelint",
		Doc:        doc,
		URL:        URL,
		ResultType: reflect.TypeFor[*Result](),
	}
	c.bindFlags(&a.Flags)
	bindWrappers(a, &c)
	a.Run = func(pass *analysis.Pass) (any, error) {
		if err := c.Validate(); err != nil {
			return nil, fmt.Errorf("completelint: %w", err)
		}
		return run(pass, &c)
	}
	return a
}
