package sarif

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const legacySrc = "package p\n\n// é😀\nvar s = complete(\"Human: hi\")\n"

// callerSrc calls a wrapper of the request in legacySrc.
const callerSrc = "package p\n\nvar t = ask(\"😀 hi\")\n"

func testInput(findings ...Finding) Input {
	files := map[string]string{"/src/mod/pkg/a.go": legacySrc, "/src/mod/pkg/b.go": callerSrc}
	return Input{
		Tool: Tool{Name: "completelint", Version: "1.2.3", SemanticVersion: "1.2.3",
			InformationURI: "https://example.com/completelint"},
		Rules: []Rule{
			{ID: "legacy-api", Summary: "a call that sends a Text Completions request", HelpURI: "https://example.com/#rules"},
			{ID: "prompt-sanitized", Summary: "a prompt accepted only through clean-up", Help: "longer help"},
		},
		Root:     "/src/mod",
		Findings: findings,
		ReadFile: func(path string) ([]byte, error) {
			if s, ok := files[path]; ok {
				return []byte(s), nil
			}
			return nil, errors.New("no such file " + path)
		},
	}
}

// buildJSON builds the log and decodes it generically, so that tests check
// the JSON a consumer reads rather than the library's structs.
func buildJSON(t *testing.T, in Input) map[string]any {
	t.Helper()
	report, err := Build(in)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, report.Write(&buf))
	var doc map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &doc))
	return doc
}

func at(t *testing.T, v any, path ...any) any {
	t.Helper()
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			require.True(t, ok, "not an object at %v", p)
			v = m[k]
		case int:
			a, ok := v.([]any)
			require.True(t, ok, "not an array at %v", p)
			require.Less(t, k, len(a))
			v = a[k]
		}
	}
	return v
}

func TestBuildToolAndRules(t *testing.T) {
	doc := buildJSON(t, testInput())
	assert.Equal(t, "2.1.0", doc["version"])
	run := at(t, doc, "runs", 0)
	driver := at(t, run, "tool", "driver")
	assert.Equal(t, "completelint", at(t, driver, "name"))
	assert.Equal(t, "1.2.3", at(t, driver, "version"))
	assert.Equal(t, "1.2.3", at(t, driver, "semanticVersion"))
	assert.Equal(t, "https://example.com/completelint", at(t, driver, "informationUri"))
	assert.Equal(t, "utf16CodeUnits", at(t, run, "columnKind"))
	assert.Equal(t, "file:///src/mod/", at(t, run, "originalUriBaseIds", SrcRoot, "uri"))

	rule := at(t, driver, "rules", 0)
	assert.Equal(t, "legacy-api", at(t, rule, "id"))
	assert.Equal(t, "LegacyApi", at(t, rule, "name"))
	assert.Equal(t, "a call that sends a Text Completions request", at(t, rule, "shortDescription", "text"))
	assert.Equal(t, "a call that sends a Text Completions request", at(t, rule, "help", "text"))
	assert.Equal(t, "https://example.com/#rules", at(t, rule, "helpUri"))
	assert.Equal(t, "warning", at(t, rule, "defaultConfiguration", "level"))
	rule = at(t, driver, "rules", 1)
	assert.Equal(t, "prompt-sanitized", at(t, rule, "id"))
	assert.Equal(t, "longer help", at(t, rule, "fullDescription", "text"))
	assert.Nil(t, at(t, rule, "helpUri"))
	assert.Empty(t, at(t, run, "results"))
}

func TestBuildResultWithFix(t *testing.T) {
	callStart := bytes.Index([]byte(legacySrc), []byte("complete("))
	litStart := bytes.Index([]byte(legacySrc), []byte(`"Human`)) + 1
	doc := buildJSON(t, testInput(
		Finding{Category: "prompt-sanitized", Message: "prompt starts with Human: without the leading newlines",
			File: "/src/mod/pkg/a.go", Start: litStart, End: litStart + len("Human:"),
			Fixes: []Fix{{Message: "Insert the newlines", Edits: []Edit{
				{File: "/src/mod/pkg/a.go", Start: litStart, End: litStart, NewText: `\n\n`},
			}}}},
		Finding{Category: "legacy-api", Message: "legacy call", File: "/src/mod/pkg/a.go", Start: callStart, End: callStart},
	))
	results := at(t, doc, "runs", 0, "results").([]any)
	require.Len(t, results, 2)

	// Sorted by offset: the call comes first.
	first := results[0]
	assert.Equal(t, "legacy-api", at(t, first, "ruleId"))
	assert.Equal(t, float64(0), at(t, first, "ruleIndex"))
	assert.Equal(t, "warning", at(t, first, "level"))
	assert.Equal(t, "legacy call", at(t, first, "message", "text"))
	loc := at(t, first, "locations", 0, "physicalLocation")
	assert.Equal(t, "pkg/a.go", at(t, loc, "artifactLocation", "uri"))
	assert.Equal(t, SrcRoot, at(t, loc, "artifactLocation", "uriBaseId"))
	assert.Equal(t, map[string]any{"startLine": 4.0, "startColumn": 9.0, "endLine": 4.0, "endColumn": 9.0},
		at(t, loc, "region"))
	assert.Nil(t, at(t, first, "fixes"))

	second := results[1]
	assert.Equal(t, "prompt-sanitized", at(t, second, "ruleId"))
	assert.Equal(t, float64(1), at(t, second, "ruleIndex"))
	assert.Equal(t, map[string]any{"startLine": 4.0, "startColumn": 19.0, "endLine": 4.0, "endColumn": 25.0},
		at(t, second, "locations", 0, "physicalLocation", "region"))
	fix := at(t, second, "fixes", 0)
	assert.Equal(t, "Insert the newlines", at(t, fix, "description", "text"))
	change := at(t, fix, "artifactChanges", 0)
	assert.Equal(t, "pkg/a.go", at(t, change, "artifactLocation", "uri"))
	repl := at(t, change, "replacements", 0)
	assert.Equal(t, map[string]any{"startLine": 4.0, "startColumn": 19.0, "endLine": 4.0, "endColumn": 19.0},
		at(t, repl, "deletedRegion"))
	assert.Equal(t, `\n\n`, at(t, repl, "insertedContent", "text"))
}

// TestBuildRelatedLocations: the other places of a finding are its
// relatedLocations, each with its message, in its own file, numbered.
func TestBuildRelatedLocations(t *testing.T) {
	callStart := bytes.Index([]byte(legacySrc), []byte("complete("))
	askStart := bytes.Index([]byte(callerSrc), []byte("ask("))
	argEnd := bytes.Index([]byte(callerSrc), []byte(" hi"))
	doc := buildJSON(t, testInput(Finding{Category: "legacy-api", Message: "legacy call",
		File: "/src/mod/pkg/a.go", Start: callStart, End: callStart + len("complete"),
		Related: []Related{
			{File: "/src/mod/pkg/a.go", Start: callStart - 4, End: callStart - 3, Message: "its variable"},
			{File: "/src/mod/pkg/b.go", Start: askStart, End: argEnd, Message: "calls ask, which sends this request"},
		}}))
	result := at(t, doc, "runs", 0, "results", 0)
	rel := at(t, result, "relatedLocations").([]any)
	require.Len(t, rel, 2)
	assert.Equal(t, 1.0, at(t, rel[0], "id"))
	assert.Equal(t, "its variable", at(t, rel[0], "message", "text"))
	assert.Equal(t, "pkg/a.go", at(t, rel[0], "physicalLocation", "artifactLocation", "uri"))
	assert.Equal(t, 2.0, at(t, rel[1], "id"))
	assert.Equal(t, "calls ask, which sends this request", at(t, rel[1], "message", "text"))
	assert.Equal(t, "pkg/b.go", at(t, rel[1], "physicalLocation", "artifactLocation", "uri"))
	assert.Equal(t, SrcRoot, at(t, rel[1], "physicalLocation", "artifactLocation", "uriBaseId"))
	// ask("😀: the emoji counts two UTF-16 units.
	assert.Equal(t, map[string]any{"startLine": 3.0, "startColumn": 9.0, "endLine": 3.0, "endColumn": 16.0},
		at(t, rel[1], "physicalLocation", "region"))
}

func TestBuildUTF16Columns(t *testing.T) {
	// Line 3 is "// é😀": the column after 😀 is 1 + 3 + 1 + 2 = 7 UTF-16 units
	// although it is byte 3 + 2 + 4 = 9 of the line.
	lineStart := bytes.Index([]byte(legacySrc), []byte("// é"))
	end := lineStart + len("// é😀")
	doc := buildJSON(t, testInput(Finding{Category: "legacy-api", Message: "m", File: "/src/mod/pkg/a.go",
		Start: lineStart + len("// "), End: end}))
	assert.Equal(t, map[string]any{"startLine": 3.0, "startColumn": 4.0, "endLine": 3.0, "endColumn": 7.0},
		at(t, doc, "runs", 0, "results", 0, "locations", 0, "physicalLocation", "region"))
}

func TestBuildFileOutsideRoot(t *testing.T) {
	in := testInput(Finding{Category: "legacy-api", Message: "m", File: "/src/mod/pkg/a.go"})
	in.Root = "/elsewhere"
	doc := buildJSON(t, in)
	loc := at(t, doc, "runs", 0, "results", 0, "locations", 0, "physicalLocation", "artifactLocation")
	assert.Equal(t, "file:///src/mod/pkg/a.go", at(t, loc, "uri"))
	assert.Nil(t, at(t, loc, "uriBaseId"))
}

func TestBuildErrors(t *testing.T) {
	tests := []struct {
		name    string
		finding Finding
		wantErr string
	}{
		{"unknown rule", Finding{Category: "nope", File: "/src/mod/pkg/a.go"}, `no rule "nope"`},
		{"unreadable file", Finding{Category: "legacy-api", File: "/src/mod/missing.go"}, "no such file"},
		{"range past the end", Finding{Category: "legacy-api", File: "/src/mod/pkg/a.go", Start: 1, End: 1000}, "beyond the end"},
		{"inverted range", Finding{Category: "legacy-api", File: "/src/mod/pkg/a.go", Start: 5, End: 4}, "invalid range"},
		{"related past the end", Finding{Category: "legacy-api", File: "/src/mod/pkg/a.go",
			Related: []Related{{File: "/src/mod/pkg/b.go", Start: 1, End: 1000}}}, "beyond the end"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Build(testInput(tt.finding))
			assert.ErrorContains(t, err, tt.wantErr)
		})
	}
}

// TestBuildUncategorized: a finding without a category (a malformed
// suppression comment naming no valid category) goes to the input's
// UncategorizedRule instead of failing the log.
func TestBuildUncategorized(t *testing.T) {
	in := testInput(Finding{Category: "", Message: "completelint:ignore needs a category", File: "/src/mod/pkg/a.go"})
	_, err := Build(in)
	require.Error(t, err, "without a rule for it")
	in.Rules = append(in.Rules, Rule{ID: "suppression-comment", Summary: "a malformed suppression comment"})
	in.UncategorizedRule = "suppression-comment"
	doc := buildJSON(t, in)
	assert.Equal(t, "suppression-comment", at(t, doc, "runs", 0, "results", 0, "ruleId"))
}
