package findings

import (
	"go/token"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
)

// TestConvertRelated checks that a diagnostic's related places become
// byte offsets in their own files, as its position does.
func TestConvertRelated(t *testing.T) {
	fset := token.NewFileSet()
	a := fset.AddFile("/m/a.go", -1, 100)
	b := fset.AddFile("/m/b.go", -1, 50)
	d := analysis.Diagnostic{
		Pos: a.Pos(10), End: a.Pos(20), Category: "legacy-api", Message: "one request",
		Related: []analysis.RelatedInformation{
			{Pos: a.Pos(40), End: a.Pos(45), Message: "its URL"},
			{Pos: b.Pos(5), Message: "a caller"},
		},
	}
	f, ok := Convert(fset, d)
	require.True(t, ok)
	assert.Equal(t, []Related{
		{File: "/m/a.go", Start: 40, End: 45, Message: "its URL"},
		{File: "/m/b.go", Start: 5, End: 5, Message: "a caller"},
	}, f.Related)
}

// TestDedupMergesRelated: the finding of a package and of its test
// variant is one, with the related places of both (the test variant's
// callers in test files too), in file order.
func TestDedupMergesRelated(t *testing.T) {
	plain := Finding{Category: "legacy-api", Message: "m", File: "/m/a.go", Start: 1, End: 2,
		Related: []Related{{File: "/m/a.go", Start: 30, End: 31, Message: "a caller"}}}
	test := plain
	test.Related = []Related{
		{File: "/m/a.go", Start: 30, End: 31, Message: "a caller"},
		{File: "/m/a_test.go", Start: 7, End: 8, Message: "a caller"},
		{File: "/m/a.go", Start: 20, End: 21, Message: "a caller"},
	}
	other := Finding{Category: "prompt-format", Message: "m", File: "/m/a.go", Start: 1, End: 2}
	got := Dedup([]Finding{plain, other, test})
	require.Len(t, got, 2)
	assert.Equal(t, []Related{
		{File: "/m/a.go", Start: 20, End: 21, Message: "a caller"},
		{File: "/m/a.go", Start: 30, End: 31, Message: "a caller"},
		{File: "/m/a_test.go", Start: 7, End: 8, Message: "a caller"},
	}, got[0].Related)
	assert.Len(t, plain.Related, 1, "the input is not changed")
}
