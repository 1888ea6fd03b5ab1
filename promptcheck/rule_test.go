package promptcheck

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var ruleID = regexp.MustCompile(`^[a-z]+(-[a-z]+)*/[a-z0-9]+(-[a-z0-9]+)*$`)

func TestRulesAreWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules {
		assert.Regexp(t, ruleID, r.ID)
		assert.False(t, seen[r.ID], "duplicate rule %s", r.ID)
		seen[r.ID] = true
		if r != RuleMalformedIgnore {
			assert.True(t, r.Category.Valid(), "%s: category %q", r.ID, r.Category)
			assert.True(t, strings.HasPrefix(r.ID, string(r.Category)+"/"), "%s is not named after its category %s", r.ID, r.Category)
		}
		assert.NotEmpty(t, r.Summary, r.ID)
		assert.Equal(t, lowerFirst(r.Summary), r.Summary, "%s: summary starts lower-case", r.ID)
		assert.False(t, strings.HasSuffix(r.Summary, "."), "%s: summary ends without a period", r.ID)
		assert.NotContains(t, r.Summary, "\n", r.ID)
		assert.NotEmpty(t, r.Doc, r.ID)
		assert.NotEmpty(t, r.Bad, r.ID)
		assert.NotEmpty(t, r.Good, r.ID)
		assert.NotEqual(t, r.Bad, r.Good, r.ID)
		got, ok := LookupRule(r.ID)
		assert.True(t, ok && got == r, "LookupRule(%q)", r.ID)
	}
	_, ok := LookupRule("prompt-format/nope")
	assert.False(t, ok)
}

// TestRulesOrderAndSeverity checks what the rendered documentation relies
// on: rules grouped by category in the order of Categories, and one severity
// per category (a category is one SARIF rule).
func TestRulesOrderAndSeverity(t *testing.T) {
	var order []Category
	for _, r := range Rules {
		if r.Category == "" {
			continue
		}
		if len(order) == 0 || order[len(order)-1] != r.Category {
			order = append(order, r.Category)
		}
		assert.Equal(t, r.Category.Severity(), r.Severity, "%s: the rules of %s differ in severity", r.ID, r.Category)
	}
	assert.Equal(t, Categories, order, "rules grouped by category, in the order of Categories")
	for _, c := range Categories {
		assert.NotEmpty(t, c.Summary(), c)
		assert.NotEmpty(t, RulesOf(c), c)
	}
	assert.Equal(t, Error, PromptFormat.Severity())
	assert.Equal(t, Warning, LegacyAPI.Severity())
}

// promptExamples returns the prompts of a prompt rule's examples: Go string
// literals.
func promptExamples(t *testing.T, r *Rule) (bad, good string) {
	t.Helper()
	bad, err := strconv.Unquote(r.Bad)
	require.NoError(t, err, "%s: Bad is not a Go string literal: %s", r.ID, r.Bad)
	good, err = strconv.Unquote(r.Good)
	require.NoError(t, err, "%s: Good is not a Go string literal: %s", r.ID, r.Good)
	return bad, good
}

// TestPromptRuleExamples checks the documented examples of every rule that
// Check runs: the bad one is reported by the rule, the good one is clean.
func TestPromptRuleExamples(t *testing.T) {
	n := 0
	for _, r := range Rules {
		if !isPromptCategory(r.Category) || r == RuleNoPrompt || r == RulePartialCheck {
			continue
		}
		n++
		bad, good := promptExamples(t, r)
		assert.Contains(t, rulesOf(Check(lit(bad))), r.ID, "%s does not report its bad example %q", r.ID, bad)
		assert.Empty(t, Check(lit(good)), "%s: its good example %q has findings", r.ID, good)
	}
	assert.Positive(t, n, "prompt rules checked")
}

func isPromptCategory(c Category) bool {
	return c == PromptFormat || c == PromptSanitized || c == PromptAdvice
}

func rulesOf(fs []Finding) []string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.Rule.ID)
	}
	return ids
}

// TestFindingsCarryTheirRule runs the checks on the fuzz seeds and the
// documented examples: every finding names a registered rule of its
// category, and every prompt rule fires somewhere.
func TestFindingsCarryTheirRule(t *testing.T) {
	fired := map[*Rule]bool{}
	prompts := slices.Clone(seedPrompts)
	for _, r := range Rules {
		if bad, err := strconv.Unquote(r.Bad); err == nil && isPromptCategory(r.Category) {
			prompts = append(prompts, bad)
		}
	}
	for _, p := range prompts {
		for _, tmpl := range []Template{fuzzTemplate([]byte(p)), splitTemplate([]byte(p))} {
			for _, f := range Check(tmpl) {
				require.NotNil(t, f.Rule, "%q: %s", p, f.Message)
				assert.Contains(t, Rules, f.Rule, f.Message)
				assert.Equal(t, f.Rule.Category, f.Category, f.Message)
				fired[f.Rule] = true
			}
		}
	}
	for _, r := range Rules {
		if isPromptCategory(r.Category) && r != RuleNoPrompt && r != RulePartialCheck {
			assert.True(t, fired[r], "%s never fired", r.ID)
		}
	}
}

func TestCheckParamsRules(t *testing.T) {
	with := func(change func(*Params)) Params {
		p := ok
		change(&p)
		return p
	}
	tests := []struct {
		p    Params
		want []*Rule
	}{
		{Params{}, []*Rule{RuleMaxTokensMissing}},
		{with(func(p *Params) { p.MaxTokensToSample = known(0) }), []*Rule{RuleMaxTokensInvalid}},
		{with(func(p *Params) { p.MaxTokensToSample = known(2.5) }), []*Rule{RuleMaxTokensInvalid}},
		{with(func(p *Params) { p.Temperature = known(1.5); p.TopP = known(-1) }), []*Rule{RuleSamplingRange, RuleSamplingRange, RuleTemperatureAndTopP}},
		{with(func(p *Params) { p.TopK = known(-1) }), []*Rule{RuleTopKInvalid}},
		{with(func(p *Params) { p.TopK = known(math.Pi) }), []*Rule{RuleTopKInvalid}},
		{with(func(p *Params) { p.UserID = knownText(strings.Repeat("x", 300)) }), []*Rule{RuleUserIDTooLong}},
		{with(func(p *Params) { p.UserID = knownText("jane.doe@example.com") }), []*Rule{RulePersonalUserID}},
		{with(func(p *Params) { p.UserID = knownText("+1 415 555 0100") }), []*Rule{RulePersonalUserID}},
		{with(func(p *Params) { p.StopSequences = []Text{knownText("END"), knownText("\n\nHuman:")} }), []*Rule{RuleHumanStopSequence}},
	}
	for _, tt := range tests {
		var got []*Rule
		for _, f := range CheckParams(tt.p) {
			assert.Equal(t, f.Rule.Category, f.Category, f.Message)
			got = append(got, f.Rule)
		}
		assert.Equal(t, tt.want, got, "%+v", tt.p)
	}
}
