package main

import (
	"strings"
	"testing"

	"github.com/completelint/completelint/internal/apitest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBedrockFix applies -fix to a program that sends legacy text bodies
// through the real aws-sdk-go-v2 Bedrock client: the result must build and
// vet against the real SDK, and send Messages bodies holding the same
// conversations to the same models.
func TestBedrockFix(t *testing.T) {
	t.Parallel()
	dir := copyModule(t, "testdata/e2e/bedrock")
	rec := newRecorder(t)
	runProgram := func() (out string, kinds []string, convs []conversation, models []string) {
		t.Helper()
		out = rec.runProgram(t, dir, "BEDROCK_ENDPOINT", "Why is the sky blue?")
		for _, q := range rec.requests {
			require.True(t, q.Bedrock, "%s: not an InvokeModel request", q.Path)
			kinds = append(kinds, q.API.String())
			models = append(models, q.Model)
		}
		return out, kinds, rec.convs, models
	}
	legacyOut, legacyKinds, legacyConvs, legacyModels := runProgram()
	require.Equal(t, []string{apitest.TextCompletions.String(), apitest.TextCompletions.String()}, legacyKinds)
	assert.Equal(t, "You answer in one word.", legacyConvs[0].System)
	assert.Equal(t, []turn{{Role: "user", Text: "Write 5 words about Why is the sky blue?."}, {Role: "assistant", Text: "Sure:"}}, legacyConvs[1].Turns)

	diags := parseJSON(t, dir, lint(t, dir, "-json", "./...").stdout)
	require.Equal(t, 2, fixedByCategory(diags)["legacy-api"], "both InvokeModel calls offer the rewrite: %+v", diags)
	r := lint(t, dir, "-fix", "./...")
	require.Equal(t, 0, r.code, "%s", r)
	vet := run(t, dir, "go", "vet", "./...")
	require.Equal(t, 0, vet.code, "%s", vet)

	messagesOut, messagesKinds, messagesConvs, messagesModels := runProgram()
	assert.Equal(t, []string{apitest.Messages.String(), apitest.Messages.String()}, messagesKinds)
	assert.Equal(t, legacyConvs, messagesConvs)
	assert.Equal(t, legacyModels, messagesModels, "the rewrite keeps Bedrock model ids without a configured mapping")
	assert.Equal(t, strings.Split(legacyOut, "\n"), strings.Split(messagesOut, "\n"))
}
