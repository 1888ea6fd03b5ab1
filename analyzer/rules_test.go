package analyzer_test

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/analyzer"
	"github.com/completelint/completelint/promptcheck"
)

// TestDiagnosticsNameTheirRule checks that every diagnostic links to the
// documentation of a registered rule of its category, and that every rule
// in the registry is reported somewhere in the fixtures or the rules'
// examples: the registry documents what the analyzer does, no more and no
// less.
func TestDiagnosticsNameTheirRule(t *testing.T) {
	a := analyzer.New(analyzer.Config{Today: today, Wrappers: true})
	results := analysistest.Run(lenient{}, testdataDir(t), a,
		"calls", "params", "models", "models/flags", "prompts", "suppress", "traps/lookalike",
		"legacy/goanthropic", "legacy/maps", "legacy/structs", "legacy/urls", "legacy/langchaingo",
		"legacy/bedrock", "wrappers/llm", "wrappers/app")
	// Calls of another module's wrapper are reported in the caller's package.
	results = append(results, analysistest.Run(lenient{}, filepath.Join(testdataDir(t), "wrappersmod"), a, "example.com/app")...)
	dir, _ := writeExamples(t)
	results = append(results, analysistest.Run(lenient{}, dir, a, "examples")...)
	fired := map[*promptcheck.Rule]bool{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			where := r.Pass.Fset.Position(d.Pos).String() + ": " + d.Message
			anchor, ok := strings.CutPrefix(d.URL, promptcheck.DocsURL+"#")
			if !assert.True(t, ok, "%s: URL %q", where, d.URL) {
				continue
			}
			rule := ruleByAnchor(anchor)
			if !assert.NotNil(t, rule, "%s: no rule at #%s", where, anchor) {
				continue
			}
			fired[rule] = true
			if rule == promptcheck.RuleMalformedIgnore {
				assert.True(t, d.Category == "" || promptcheck.Category(d.Category).Valid(), "%s: category %q", where, d.Category)
				continue
			}
			assert.Equal(t, string(rule.Category), d.Category, where)
		}
	}
	for _, r := range promptcheck.Rules {
		if r == promptcheck.RulePartialCheck {
			continue // a prompt over 1 MiB: TestBadInput
		}
		assert.True(t, fired[r], "%s is reported nowhere in the fixtures", r.ID)
	}
}

func ruleByAnchor(anchor string) *promptcheck.Rule {
	for _, r := range promptcheck.Rules {
		if r.Anchor() == anchor {
			return r
		}
	}
	return nil
}

// TestRuleExamples runs the analyzer on the documented examples of the rules
// whose examples are a prompt, fields of CompletionNewParams or a call of
// client.Completions, each in a function of its own: the bad example is
// reported by its rule, the good one by nothing but legacy-api.
func TestRuleExamples(t *testing.T) {
	dir, examples := writeExamples(t)
	results := analysistest.Run(lenient{}, dir, analyzer.New(analyzer.Config{Today: today}), "examples")
	require.Len(t, results, 1)
	require.NoError(t, results[0].Err)
	got := make([][]string, len(examples))
	for _, d := range results[0].Diagnostics {
		l := results[0].Pass.Fset.Position(d.Pos).Line
		i := slices.IndexFunc(examples, func(ex example) bool { return ex.from <= l && l <= ex.to })
		require.GreaterOrEqual(t, i, 0, "diagnostic outside the examples at line %d: %s", l, d.Message)
		if d.URL != promptcheck.RuleLegacyCall.URL() {
			got[i] = append(got[i], d.URL)
		}
	}
	checked := 0
	for i, ex := range examples {
		if ex.bad {
			assert.Contains(t, got[i], ex.rule.URL(), "%s does not report its bad example:\n%s", ex.rule.ID, ex.rule.Bad)
			checked++
		} else {
			assert.Empty(t, got[i], "%s: its good example has findings:\n%s", ex.rule.ID, ex.rule.Good)
		}
	}
	assert.GreaterOrEqual(t, checked, 20, "examples run")
}

// An example is one rule example placed in a function of its own.
type example struct {
	rule     *promptcheck.Rule
	bad      bool
	from, to int // the lines of its function
}

// fieldExample matches examples that are fields of CompletionNewParams.
var fieldExample = regexp.MustCompile(`^[A-Z][A-Za-z]*: `)

// writeExamples writes the package "examples" below a new GOPATH directory,
// with the testdata SDK stubs: each example in a function of its own, with
// ctx, client, model and prompt in scope. A prompt or fields go into a legacy
// call whose other required fields are good. Other examples are left to the
// fixtures.
func writeExamples(t *testing.T) (string, []example) {
	var src strings.Builder
	src.WriteString("package examples\n\nimport (\n\t\"context\"\n\n\t\"github.com/anthropics/anthropic-sdk-go\"\n)\n\n")
	src.WriteString("const sessionDump = \"" + strings.Repeat("x", 300) + "\"\n\nvar userHash string\n")
	line := func() int { return strings.Count(src.String(), "\n") + 1 }
	var examples []example
	for _, r := range promptcheck.Rules {
		if r == promptcheck.RulePartialCheck {
			continue // its example is a prompt over 1 MiB: TestBadInput
		}
		for _, bad := range []bool{true, false} {
			code := r.Good
			if bad {
				code = r.Bad
			}
			fields := map[string]string{
				"Model:":             `"claude-sonnet-4-6",`,
				"MaxTokensToSample:": "100,",
				"Prompt:":            `"\n\nHuman: hi\n\nAssistant:",`,
			}
			switch {
			case strings.HasPrefix(code, "client."):
				fields = nil
			case strings.HasPrefix(code, `"`):
				fields["Prompt:"] = code + ","
			case fieldExample.MatchString(code):
				for name := range fields {
					if strings.HasPrefix(code, name) {
						delete(fields, name)
					}
				}
			default:
				continue
			}
			ex := example{rule: r, bad: bad, from: line() + 1}
			fmt.Fprintf(&src, "\nfunc example%d(ctx context.Context, client anthropic.Client, model, prompt string) {\n", len(examples))
			if fields == nil {
				fmt.Fprintf(&src, "\t%s\n", code)
			} else {
				src.WriteString("\tclient.Completions.New(ctx, anthropic.CompletionNewParams{\n")
				for _, name := range slices.Sorted(maps.Keys(fields)) {
					fmt.Fprintf(&src, "\t\t%s %s\n", name, fields[name])
				}
				if fieldExample.MatchString(code) {
					fmt.Fprintf(&src, "\t\t%s\n", code)
				}
				src.WriteString("\t})\n")
			}
			src.WriteString("}\n")
			ex.to = line()
			examples = append(examples, ex)
		}
	}
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "src", "examples"), 0o755))
	require.NoError(t, os.Symlink(filepath.Join(testdataDir(t), "src", "github.com"), filepath.Join(dir, "src", "github.com")))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "src", "examples", "examples.go"), []byte(src.String()), 0o644))
	return dir, examples
}
