// Package plugin registers completelint as a golangci-lint v2 module plugin.
//
// Build a custom golangci-lint with this package listed in .custom-gcl.yml
// (from a clone, with path: relative to where golangci-lint custom runs,
// until a version is published) and enable it in .golangci.yml:
//
//	linters:
//	  enable: [completelint]
//	  settings:
//	    custom:
//	      completelint:
//	        type: module
//	        settings:
//	          today: "2026-01-15"
//	          disable: [prompt-advice]
//	issues:
//	  uniq-by-line: false # keep a second finding on the same line
//
// The README's golangci-lint section has the whole configuration.
package plugin

import (
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/completelint/completelint/analyzer"
)

// Name is the linter name users enable in .golangci.yml.
const Name = "completelint"

func init() {
	register.Plugin(Name, New)
}

// Plugin is the golangci-lint linter plugin for one configuration.
type Plugin struct {
	cfg analyzer.Config
}

// New decodes golangci-lint settings into an analyzer configuration. Unknown
// keys and invalid values are errors, so a typo does not silently disable a
// setting.
func New(settings any) (register.LinterPlugin, error) {
	cfg, err := decodeConfig(settings)
	if err != nil {
		return nil, err
	}
	return &Plugin{cfg: cfg}, nil
}

// BuildAnalyzers returns the completelint analyzer for the plugin's settings.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{analyzer.New(p.cfg)}, nil
}

// GetLoadMode asks for type information: calls are matched by object identity.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
