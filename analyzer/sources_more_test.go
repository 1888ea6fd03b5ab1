package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/analyzer"
)

// TestEndpointSources runs the fixtures of requests found by their URL and
// of langchaingo's legacy mode, with their traps.
func TestEndpointSources(t *testing.T) {
	analysistest.Run(t, testdataDir(t), analyzer.New(analyzer.Config{Today: today}),
		"legacy/urls", "legacy/langchaingo")
}
