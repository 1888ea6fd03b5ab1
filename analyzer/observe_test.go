package analyzer_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/analyzer"
	"github.com/completelint/completelint/internal/sdk"
)

// TestObserverKinds checks that every kind of legacy request reaches an
// observer with its library kind, which migrate's report groups by.
func TestObserverKinds(t *testing.T) {
	var mu sync.Mutex
	kinds := map[sdk.Kind]int{}
	unknown := 0
	a := analyzer.NewWithObserver(analyzer.Config{Today: today}, func(s analyzer.Site) {
		mu.Lock()
		defer mu.Unlock()
		if s.Kind == "" {
			unknown++
			t.Errorf("site at %s has no kind", s.Pos)
		}
		kinds[s.Kind]++
	})
	analysistest.Run(lenient{}, testdataDir(t), a,
		"calls", "legacy/goanthropic", "legacy/maps", "legacy/bedrock", "legacy/urls", "legacy/langchaingo", "wrappers/llm")
	assert.Zero(t, unknown)
	for _, k := range []sdk.Kind{sdk.Official, sdk.Community, sdk.HTTP, sdk.Bedrock, sdk.Wrapper} {
		assert.Positive(t, kinds[k], "no site of kind %q", k)
	}
}
