package analyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/analyzer"
)

// TestOldLangchaingo runs a module that vendors langchaingo v0.1.5, whose
// Anthropic client only sends legacy Text Completions requests: the
// version, read from vendor/modules.txt, selects the table's row.
func TestOldLangchaingo(t *testing.T) {
	analysistest.Run(t, filepath.Join(testdataDir(t), "vendored"), analyzer.New(analyzer.Config{Today: today}), "./app")
}
