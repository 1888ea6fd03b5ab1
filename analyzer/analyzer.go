package analyzer

import (
	"errors"
	"fmt"
	"go/ast"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
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
		// A package whose dependencies have errors is analysed with what
		// the type checker made of them; only errors of its own stop it
		// (skip). Legacy code is old code: its dependencies may no longer
		// build with the current Go.
		RunDespiteErrors: true,
	}
	c.bindFlags(&a.Flags)
	bindWrappers(a, &c)
	a.Run = func(pass *analysis.Pass) (any, error) {
		if err := c.Validate(); err != nil {
			return nil, fmt.Errorf("completelint: %w", err)
		}
		if len(pass.TypeErrors) > 0 {
			return skip(&c)
		}
		return run(pass, &c)
	}
	return a
}

// skip is the outcome for a package with errors of its own, which is not
// analysed: its errors are the driver's to report. Without facts only the
// packages asked for are analysed, and the go/analysis checker's message
// says why one was skipped, as it did before. With facts the analyzer also
// runs on every dependency, and an error would fail each package that
// imports this one ("failed prerequisites"): a broken dependency then only
// contributes no facts.
func skip(cfg *Config) (any, error) {
	if cfg.Wrappers {
		return &Result{}, nil
	}
	return nil, errSkipped
}

// errSkipped is the go/analysis checker's own message for a package it does
// not analyse.
var errSkipped = errors.New("analysis skipped due to errors in package")

// hasSyntaxErrors reports whether a file of the package did not parse: the
// parser left a Bad node. Drivers report parse errors apart from type
// errors (go/packages), so they need not be in Pass.TypeErrors.
func hasSyntaxErrors(root inspector.Cursor) bool {
	for range root.Preorder((*ast.BadExpr)(nil), (*ast.BadStmt)(nil), (*ast.BadDecl)(nil)) {
		return true
	}
	return false
}
