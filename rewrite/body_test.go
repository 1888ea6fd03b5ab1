package rewrite_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/analyzer"
	"github.com/completelint/completelint/promptcheck"
	"github.com/completelint/completelint/rewrite"
)

// bodyAnalyzer maps one legacy Bedrock id to a Bedrock Messages model, as
// a user would configure; the other Bedrock ids keep their model.
var bodyAnalyzer = analyzer.New(analyzer.Config{
	Today: "2026-11-25",
	ModelMap: []analyzer.ModelMapping{
		{From: "claude-2.1", To: "claude-sonnet-4-6"},
		{From: "anthropic.claude-instant-v1", To: "anthropic.claude-3-haiku-20240307-v1:0"},
	},
})

// TestBodyGolden checks the rewrites of hand-written bodies, direct and
// Bedrock, maps and structs: one fix per body, all applied together in X.go.golden, and a
// reason on every body without one.
func TestBodyGolden(t *testing.T) {
	dir := testdataDir(t, "")
	pkgs := []string{"legacy/maps_fix", "legacy/bedrock_fix", "legacy/structs_fix", "legacy/emptyguard_fix", "legacy/anonstruct_fix", "legacy/sseevents_fix", "legacy/embedded_fix"}
	if *update {
		writeGolden(t, analysistest.Run(t, dir, bodyAnalyzer, pkgs...), false)
	}
	results := analysistest.RunWithSuggestedFixes(t, dir, bodyAnalyzer, pkgs...)
	fixes, modelFixes := map[string]int{}, map[string]int{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				if d.Category == string(promptcheck.ModelRetired) {
					// A model written elsewhere (a client's field) is fixed
					// where it is written.
					assert.True(t, strings.HasPrefix(fix.Message, "Replace the model with "), fix.Message)
					modelFixes[r.Pass.Pkg.Name()]++
					continue
				}
				assert.True(t, strings.HasPrefix(fix.Message, rewrite.BodyFixMessage) || strings.HasPrefix(fix.Message, rewrite.StructFixMessage), fix.Message)
				assert.Equal(t, string(promptcheck.LegacyAPI), d.Category)
				fixes[r.Pass.Pkg.Name()]++
			}
		}
	}
	assert.Equal(t, map[string]int{"maps_fix": 3, "bedrock_fix": 4, "structs_fix": 3, "emptyguard_fix": 2, "anonstruct_fix": 4, "sseevents_fix": 3, "embedded_fix": 3}, fixes)
	assert.Equal(t, map[string]int{"structs_fix": 1}, modelFixes)
}
