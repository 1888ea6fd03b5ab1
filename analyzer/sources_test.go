package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/analyzer"
)

// TestSources runs the fixtures of the ways legacy requests are sent other
// than the official SDK: community SDKs, hand-written HTTP bodies, Bedrock,
// and the traps that must stay silent.
func TestSources(t *testing.T) {
	analysistest.Run(t, testdataDir(t), analyzer.New(analyzer.Config{Today: today}),
		"legacy/goanthropic", "legacy/welch", "legacy/structs", "legacy/maps",
		"legacy/bedrock", "legacy/bedrockv1", "legacy/imported", "legacy/traps")
}
