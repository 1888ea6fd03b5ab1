package analyzer

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// wrapperFact marks a function whose string parameter reaches the prompt of
// a legacy request: its callers are checked as if they called the API. It
// crosses packages as an analysis fact (gob-encoded), so it holds text, not
// syntax or positions.
type wrapperFact struct {
	// Sends says what the wrapper does, after its name: "calls
	// CompletionService.New (legacy Text Completions)".
	Sends string
	// At is where the underlying request is sent or built: "client.go:42".
	At string
	// Via names the wrappers between this one and the request, outermost
	// first, for chains.
	Via []string
	// Pieces are the wrapper's prompt template.
	Pieces []wrapperPiece
	// Module is the path of the wrapper's module ("" outside one), and
	// Suppressed is set when a suppression comment covers the legacy-api
	// finding of the request it sends. A caller reports the request (once
	// per package) only when that finding is not shown: the wrapper is in
	// another module, or its finding is suppressed.
	Module     string
	Suppressed bool
}

// A wrapperPiece is literal text, or a hole that is the parameter with
// index Param (receiver excluded) or, with Param -1, text unknown even to
// the caller.
type wrapperPiece struct {
	Text  string
	Hole  bool
	Param int
}

// AFact marks wrapperFact as an analysis fact.
func (*wrapperFact) AFact() {}

// String shows the template, holes as {param} or {?}; analysistest matches
// facts by it.
func (f *wrapperFact) String() string {
	var b strings.Builder
	for _, p := range f.Pieces {
		switch {
		case !p.Hole:
			b.WriteString(p.Text)
		case p.Param >= 0:
			fmt.Fprintf(&b, "{%d}", p.Param)
		default:
			b.WriteString("{?}")
		}
	}
	return fmt.Sprintf("wrapper %q %s", b.String(), f.Sends)
}

// wrapperPackageFact marks a package that declares wrappers, so that a
// package reaching it takes the slow path even without an import of a
// target API (wrappers of hand-written bodies).
type wrapperPackageFact struct {
	Wrappers int // how many
}

// AFact marks wrapperPackageFact as an analysis fact.
func (*wrapperPackageFact) AFact() {}

// String is what analysistest matches.
func (f *wrapperPackageFact) String() string { return fmt.Sprintf("wrappers(%d)", f.Wrappers) }

// wrapperFactTypes are set on the analyzer only when cross-package wrappers
// are enabled: any fact type makes standalone drivers load and analyse every
// dependency from source.
var wrapperFactTypes = []analysis.Fact{new(wrapperFact), new(wrapperPackageFact)}

// bindWrappers sets the analyzer's fact types from c.Wrappers and exposes
// the -wrappers flag. singlechecker, unitchecker and internal/findings read
// FactTypes after parsing flags, so the flag decides how packages are
// loaded.
func bindWrappers(a *analysis.Analyzer, c *Config) {
	set := func(on bool) {
		c.Wrappers = on
		a.FactTypes = nil
		if on {
			a.FactTypes = wrapperFactTypes
		}
	}
	set(c.Wrappers)
	a.Flags.BoolFunc("wrappers", "follow wrapper functions across packages through analysis facts; every dependency is then analysed from source (default false)", func(s string) error {
		switch s {
		case "true", "1":
			set(true)
		case "false", "0":
			set(false)
		default:
			return fmt.Errorf("want true or false, got %q", s)
		}
		return nil
	})
}

// wrappersReachable reports whether a dependency of the package declares
// wrappers. Only then can a package without a path to a target API call
// one.
func wrappersReachable(pass *analysis.Pass, cfg *Config) bool {
	if !cfg.Wrappers {
		return false
	}
	var f wrapperPackageFact
	for _, dep := range typeutil.Dependencies(pass.Pkg.Imports()...) {
		if pass.ImportPackageFact(dep, &f) {
			return true
		}
	}
	return false
}
