package rewrite_test

import "github.com/completelint/completelint/analyzer"

// testAnalyzer is the real analyzer: the goldens show what users get. The
// date pins model lifecycle; the model map shows configured pairs winning
// over the built-in replacements.
var testAnalyzer = analyzer.New(analyzer.Config{
	Today: "2026-11-25",
	ModelMap: []analyzer.ModelMapping{
		{From: "claude-2.1", To: "claude-opus-4-5-20251101"},
		{From: "claude-2", To: "claude-sonnet-4-6"},
		{From: "claude-instant-1.2", To: "claude-haiku-4-5-20251001"},
	},
})

// literalAnalyzer keeps the legacy API: prompt findings carry in-place fixes.
var literalAnalyzer = analyzer.New(analyzer.Config{Today: "2026-11-25", Rewrite: new(false)})
