package analyzer_test

import (
	"cmp"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/analyzer"
)

// fixtureRoots are the GOPATH roots of the fixtures and their packages,
// stubs of third-party APIs excluded.
var fixtureRoots = map[string][]string{
	"": {
		"calls", "generated", "models", "models/fields", "models/flags", "params", "prompts", "suppress",
		"traps/lookalike", "traps/nocall",
		"legacy/bedrock", "legacy/bedrock_fix", "legacy/bedrockv1", "legacy/clientlib", "legacy/goanthropic",
		"legacy/imported", "legacy/langchaingo", "legacy/maps", "legacy/maps_fix", "legacy/structs",
		"legacy/structs_fix", "legacy/reach", "legacy/reachbedrock", "legacy/reachopts",
		"legacy/traps", "legacy/urls", "legacy/welch", "legacy/clients/...",
		"rewrite/community/goanthropic", "rewrite/community/welch", "rewrite/literal", "rewrite/official",
		"wrappers/acked", "wrappers/ackedapp", "wrappers/app", "wrappers/bodyapp", "wrappers/fifty", "wrappers/httpllm", "wrappers/llm",
	},
	"wrappersmod": {"example.com/app", "example.com/claudehttp"},
	"vendored":    {"./app", "./sdkuser"},
	"alpha":       {"alphacalls", "rewrite/official"},
	"alpha4":      {"rewrite/official"},
	"beta":        {"betacalls", "rewrite/official"},
}

// TestFixtureCounts runs the analyzer (with -wrappers) over every fixture
// package and checks that no legacy request is reported twice: a place
// named as a related part of one legacy-api diagnostic is not the place of
// another. It logs the diagnostics per category; with
// COMPLETELINT_FINDINGS=<file> it writes every diagnostic there, one per
// line, to compare two versions of the analyzer.
func TestFixtureCounts(t *testing.T) {
	a := analyzer.New(analyzer.Config{Today: today, Wrappers: true})
	counts := map[string]int{}
	var lines []string
	for _, root := range slices.Sorted(maps.Keys(fixtureRoots)) {
		dir := filepath.Join(testdataDir(t), root)
		for _, r := range analysistest.Run(lenient{}, dir, a, fixtureRoots[root]...) {
			fset := r.Pass.Fset
			legacyAt := map[string]bool{}
			for _, d := range r.Diagnostics {
				if d.Category == "legacy-api" {
					legacyAt[fset.Position(d.Pos).String()] = true
				}
			}
			for _, d := range r.Diagnostics {
				p := fset.Position(d.Pos)
				rel, _ := filepath.Rel(testdataDir(t), p.Filename)
				counts[cmp.Or(d.Category, "-")]++
				lines = append(lines, fmt.Sprintf("%s:%d:%d %s %s (%d related)", rel, p.Line, p.Column, cmp.Or(d.Category, "-"), d.Message, len(d.Related)))
				if d.Category != "legacy-api" {
					continue
				}
				for _, ri := range d.Related {
					at := fset.Position(ri.Pos).String()
					assert.False(t, legacyAt[at], "%s: related place %s (%s) has a legacy-api diagnostic of its own", p, at, ri.Message)
				}
			}
		}
	}
	for _, cat := range slices.Sorted(maps.Keys(counts)) {
		t.Logf("%-18s %4d", cat, counts[cat])
	}
	if out := os.Getenv("COMPLETELINT_FINDINGS"); out != "" {
		slices.Sort(lines)
		if err := os.WriteFile(out, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
