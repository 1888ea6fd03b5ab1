package main

// End-to-end tests: the built binary on fixture modules that require the real
// SDK, run the ways users run it (plain, -json, -fix, go vet, go fix).

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// legacyWants are the findings in examples/legacy (SDK v1.84.0).
var legacyWants = []want{
	// summarize: retired model, two Human turns, a space after the final
	// Assistant marker.
	{"legacy-api", "summarize.go", "client.Completions.New(ctx", 0},
	{"model-retired", "summarize.go", `Model:             "claude-2.1"`, 0},
	{"prompt-advice", "summarize.go", `\n\nHuman: <text>`, 0},
	{"prompt-sanitized", "summarize.go", `\n\nAssistant: "`, len(`\n\nAssistant:`)},
	// ask: "\n\nHuman:" as a stop sequence, "\nAssistant:" after one newline.
	{"legacy-api", "ask.go", "client.Completions.NewStreaming(", 0},
	{"param-advice", "ask.go", `"\n\nHuman:", "</answer>"`, 0},
	{"prompt-format", "ask.go", `\nAssistant: <answer>`, 0},
	// chat: the prompt grows in a loop; temperature out of range.
	{"legacy-api", "chat.go", "client.Completions.New(ctx", 0},
	{"param-range", "chat.go", "Temperature:", 0},
	// main: ask's question parameter flows into its prompt, so ask is a
	// wrapper, whose call is a related place of ask's finding; the model
	// comes from the default of a flag, judged there.
	{"model-retired", "main.go", `"claude-2.1", "model`, 0},
}

// alphaWants are the findings in examples/legacy-alpha (SDK v0.2.0-alpha.13).
var alphaWants = []want{
	{"legacy-api", "main.go", "client.Completions.New(ctx", 0},
	{"model-retired", "main.go", "Model:             anthropic.F(anthropic.ModelClaude_2_1),\n\t\tMaxTokensToSample: anthropic.F(int64(400))", 0},
	{"prompt-sanitized", "main.go", `aiPrompt + " "`, len(`aiPrompt + "`)},
	{"legacy-api", "main.go", "client.Completions.NewStreaming(", 0},
	{"model-retired", "main.go", "Model:             anthropic.F(anthropic.ModelClaude_2_1),\n\t\tMaxTokensToSample: anthropic.Int(400)", 0},
	{"param-advice", "main.go", "humanPrompt})", 0},
	{"prompt-advice", "main.go", `\n\nHuman: Summarise the text above`, 0},
}

// reviewWants are the findings in testdata/e2e/sdk-v1.2.0, whose prompts
// are valid.
var reviewWants = []want{
	{"legacy-api", "review/review.go", "r.Client.Completions.New(", 0},
	{"model-retired", "review/review.go", "Model:             anthropic.ModelClaude_2_1", 0},
	{"legacy-api", "review/review.go", "r.Client.Completions.NewStreaming(", 0},
	{"param-advice", "review/review.go", `"\n\nHuman:"}`, 0},
}

// without returns wants minus those of the given category.
func without(wants []want, category string) []want {
	var out []want
	for _, w := range wants {
		if w.category != category {
			out = append(out, w)
		}
	}
	return out
}

func TestJSONOutput(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		module string
		wants  []want
	}{
		{"examples/legacy", legacyWants},
		{"examples/legacy-alpha", alphaWants},
		{"testdata/e2e/sdk-v1.2.0", reviewWants},
	} {
		t.Run(tc.module, func(t *testing.T) {
			t.Parallel()
			dir := copyModule(t, tc.module)
			r := lint(t, dir, "-json", "./...")
			require.Equal(t, 0, r.code, "%s", r)
			diags := parseJSON(t, dir, r.stdout)
			assert.Equal(t, wantSet(t, dir, tc.wants), gotSet(diags))
			for _, d := range diags {
				assert.NotEmpty(t, d.Message, "%s", d.Posn)
				assert.NotEmpty(t, d.End, "%s", d.Posn)
			}
		})
	}
}

// TestPlainAgreesWithJSON checks that both outputs carry the same messages.
func TestPlainAgreesWithJSON(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "examples/legacy-alpha")
	plain := parseText(dir, lint(t, dir, "./...").stderr)
	r := lint(t, dir, "-json", "./...")
	fromJSON := map[string]string{}
	for _, d := range parseJSON(t, dir, r.stdout) {
		fromJSON[d.Posn] = d.Message
	}
	assert.Equal(t, fromJSON, plain)
}

func TestNoAnthropicImport(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/e2e/noanthropic")
	r := lint(t, dir, "./...")
	assert.Equal(t, result{}, r)
	r = lint(t, dir, "-json", "./...")
	require.Equal(t, 0, r.code, "%s", r)
	assert.Empty(t, parseJSON(t, dir, r.stdout))
}

func TestAnalyzerFlags(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "examples/legacy")

	r := lint(t, dir, "-json", "-disable=legacy-api,param-range", "./...")
	require.Equal(t, 0, r.code, "%s", r)
	assert.Equal(t, wantSet(t, dir, without(without(legacyWants, "legacy-api"), "param-range")), gotSet(parseJSON(t, dir, r.stdout)))

	// claude-2.1 was still current in 2024.
	r = lint(t, dir, "-json", "-today=2024-01-01", "./...")
	require.Equal(t, 0, r.code, "%s", r)
	assert.Equal(t, wantSet(t, dir, without(legacyWants, "model-retired")), gotSet(parseJSON(t, dir, r.stdout)))
	// A bad value: TestHelpVersionAndFlagErrors.
}

func TestGoVet(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "examples/legacy")
	vettool := "-vettool=" + binary

	r := run(t, dir, "go", "vet", vettool, "./...")
	assert.NotEqual(t, 0, r.code, "%s", r)
	diags := parseText(dir, r.stderr)
	assert.ElementsMatch(t, wantPosns(t, dir, legacyWants), keys(diags), "%s", r)

	// Analyzer flags pass through go vet unprefixed.
	r = run(t, dir, "go", "vet", vettool, "-today=2024-01-01", "-disable=legacy-api", "./...")
	assert.NotEqual(t, 0, r.code, "%s", r)
	diags = parseText(dir, r.stderr)
	assert.ElementsMatch(t, wantPosns(t, dir, without(without(legacyWants, "model-retired"), "legacy-api")), keys(diags), "%s", r)
	// A bad value, reported once: TestGoVetFlagErrorOnce.
}

func TestGoFixDiff(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "examples/legacy")
	before := snapshot(t, dir)
	fixable := countFixes(parseJSON(t, dir, lint(t, dir, "-json", "./...").stdout))

	r := run(t, dir, "go", "fix", "-fixtool="+binary, "-diff", "./...")
	assert.Equal(t, before, snapshot(t, dir), "go fix -diff wrote files")
	if fixable == 0 {
		assert.Equal(t, 0, r.code, "%s", r)
		assert.Empty(t, r.stdout)
		return
	}
	// Like gofmt -d, a non-empty diff exits 1.
	assert.Equal(t, 1, r.code, "%s", r)
	assert.Contains(t, r.stdout, "+++ ")
}

func countFixes(diags []jsonDiag) int {
	n := 0
	for _, d := range diags {
		n += len(d.SuggestedFixes)
	}
	return n
}

// TestFix applies the fixes to each fixture module, then requires that the
// module still builds and vets, and that fixing again changes nothing. Each
// diagnostic that offered a fix must be gone afterwards. With the rewrite on,
// rewrites is how many calls must offer the Messages rewrite; each must have
// become a Messages call.
func TestFix(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		module   string
		flags    []string
		rewrites int
	}{
		{"examples/legacy", nil, 2},
		{"examples/legacy-alpha", nil, 2},
		{"examples/legacy", []string{"-rewrite=false"}, 0},
		{"testdata/e2e/sdk-v1.2.0", nil, 2},
	} {
		t.Run(tc.module+strings.Join(tc.flags, ""), func(t *testing.T) {
			t.Parallel()
			dir := copyModule(t, tc.module)
			lintJSON := func() []jsonDiag {
				r := lint(t, dir, append(append([]string{"-json"}, tc.flags...), "./...")...)
				require.Equal(t, 0, r.code, "%s", r)
				return parseJSON(t, dir, r.stdout)
			}
			before := lintJSON()
			original := snapshot(t, dir)

			r := lint(t, dir, append(append([]string{"-fix", "-diff"}, tc.flags...), "./...")...)
			require.Equal(t, 0, r.code, "%s", r)
			assert.Equal(t, original, snapshot(t, dir), "-fix -diff wrote files")
			assert.Equal(t, countFixes(before) > 0, strings.Contains(r.stdout, "+++ "), "diff:\n%s", r.stdout)

			r = lint(t, dir, append(append([]string{"-fix"}, tc.flags...), "./...")...)
			require.Equal(t, 0, r.code, "%s", r)
			fixed := snapshot(t, dir)
			if countFixes(before) > 0 {
				assert.NotEqual(t, original, fixed, "-fix changed nothing")
			}

			build := run(t, dir, "go", "build", "-o", os.DevNull, "./...")
			require.Equal(t, 0, build.code, "after -fix:\n%s\n%s", build, diffFiles(original, fixed))
			vet := run(t, dir, "go", "vet", "./...")
			require.Equal(t, 0, vet.code, "after -fix:\n%s\n%s", vet, diffFiles(original, fixed))

			r = lint(t, dir, append(append([]string{"-fix"}, tc.flags...), "./...")...)
			require.Equal(t, 0, r.code, "%s", r)
			if again := snapshot(t, dir); !assert.Equal(t, keys(fixed), keys(again)) || !assert.Equal(t, fixed, again) {
				t.Logf("second -fix:\n%s", diffFiles(fixed, again))
			}

			after := lintJSON()
			assert.Empty(t, countFixes(after), "fixes left after -fix: %v", gotSet(after))
			for cat, n := range fixedByCategory(before) {
				assert.LessOrEqual(t, countCategory(after, cat), countCategory(before, cat)-n,
					"%s diagnostics that offered a fix remain: %v", cat, gotSet(after))
			}
			assert.Equal(t, tc.rewrites, fixedByCategory(before)["legacy-api"], "legacy-api diagnostics with the rewrite: %v", gotSet(before))
			assert.Zero(t, fixedByCategory(after)["legacy-api"], "legacy-api diagnostics with a fix after -fix: %v", gotSet(after))
			assert.Equal(t, messagesCalls(original)+tc.rewrites, messagesCalls(fixed), "Messages calls after -fix:\n%s", diffFiles(original, fixed))
		})
	}
}

// messagesCall matches a call of the Messages service.
var messagesCall = regexp.MustCompile(`\.Messages\.New(Streaming)?\(`)

// messagesCalls counts the Messages calls in a module's Go files.
func messagesCalls(files map[string]string) int {
	n := 0
	for name, src := range files {
		if strings.HasSuffix(name, ".go") {
			n += len(messagesCall.FindAllString(src, -1))
		}
	}
	return n
}

// fixedByCategory counts, per category, the diagnostics that offer a fix.
func fixedByCategory(diags []jsonDiag) map[string]int {
	n := map[string]int{}
	for _, d := range diags {
		if len(d.SuggestedFixes) > 0 {
			n[d.Category]++
		}
	}
	return n
}

func countCategory(diags []jsonDiag, category string) int {
	n := 0
	for _, d := range diags {
		if d.Category == category {
			n++
		}
	}
	return n
}

// diffFiles shows the files -fix changed, for failure messages.
func diffFiles(before, after map[string]string) string {
	var b strings.Builder
	for _, name := range keys(after) {
		if before[name] != after[name] {
			b.WriteString("--- " + name + " after -fix:\n" + after[name] + "\n")
		}
	}
	return b.String()
}
