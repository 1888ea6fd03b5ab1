package migrate

import (
	"go/token"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/completelint/completelint/analyzer"
	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/sdk"
)

// TestTrackerWrapperCaller: the caller of a wrapper is settled when the
// wrapper's rewrite makes it go away, and needs manual work again when
// that rewrite is not written.
func TestTrackerWrapperCaller(t *testing.T) {
	wrapper := analyzer.Site{Pos: token.Position{Filename: "/m/ask.go", Offset: 100, Line: 14}, Rewritable: true}
	caller := analyzer.Site{Pos: token.Position{Filename: "/m/main.go", Offset: 50, Line: 39}, Kind: sdk.Wrapper, NoRewrite: &request.Reason{Code: request.WrapperCaller, Args: []any{"ask"}}}
	other := analyzer.Site{Pos: token.Position{Filename: "/m/main.go", Offset: 90, Line: 45}, NoRewrite: &request.Reason{Code: "loop"}}
	sites := map[string]analyzer.Site{"a": wrapper, "b": caller, "c": other}

	for _, lost := range []func(*tracker){
		func(tr *tracker) { tr.unwritten("/m/ask.go", reasonInterrupted) },
		func(tr *tracker) { tr.restored("/m", "does not build") },
	} {
		var tr tracker
		tr.observe(sites, true, nil, nil)
		tr.recs[0].status = Rewritten // the wrapper's fix was applied
		// Round 2: the wrapper no longer sends a legacy request, so its
		// caller is not reported; the other site of main.go moved.
		other2 := other
		other2.Pos.Offset = 80
		tr.observe(map[string]analyzer.Site{"c2": other2}, false, []string{"/m/ask.go", "/m/other.go"}, func(name string) []string {
			assert.Equal(t, "ask", name)
			return []string{"/m/ask.go"}
		})
		assert.Equal(t, []string{"/m/ask.go"}, tr.recs[1].via, "only the file that declares the wrapper")
		assert.Equal(t, Rewritten, tr.recs[1].status)
		assert.Equal(t, detailWrapper, tr.recs[1].detail)
		assert.Equal(t, Manual, tr.recs[2].status)
		assert.Equal(t, posKey("/m/main.go", 80), tr.recs[2].cur)

		tr.unwritten("/m/other.go", reasonInterrupted)
		assert.Equal(t, Rewritten, tr.recs[1].status, "another file of the round is not the wrapper's")

		lost(&tr)
		assert.Equal(t, Manual, tr.recs[1].status)
		assert.Contains(t, tr.recs[1].reason, "migrate the wrapper ask (")
	}
}
