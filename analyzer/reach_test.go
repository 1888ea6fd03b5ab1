package analyzer_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/analyzer"
	"github.com/completelint/completelint/internal/sdk"
)

// TestReach runs the fixture of requests whose parts are elsewhere: nested
// structs, bodies replaced at run time or filled by other functions,
// helpers that return the model id or the body, parameters reassigned in
// place.
func TestReach(t *testing.T) {
	analysistest.Run(t, testdataDir(t), analyzer.New(analyzer.Config{Today: today}),
		"legacy/reach", "legacy/reachbedrock", "legacy/reachopts")
}

// TestStandaloneBedrockBody: a Bedrock body found on its own is filed
// under Bedrock, not hand-written HTTP, so that migrate groups it right.
func TestStandaloneBedrockBody(t *testing.T) {
	results := analysistest.Run(lenient{}, testdataDir(t), analyzer.New(analyzer.Config{Today: today}), "legacy/reachbedrock")
	require.Len(t, results, 1)
	res := results[0].Result.(*analyzer.Result)
	kinds := map[int]sdk.Kind{}
	for _, s := range res.Sites {
		kinds[s.Pos.Line] = s.Kind
	}
	assert.Equal(t, map[int]sdk.Kind{37: sdk.Bedrock, 45: sdk.Bedrock, 58: sdk.Bedrock}, kinds)
}
