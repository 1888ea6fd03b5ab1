package migrate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOverlap(t *testing.T) {
	e := func(s, end int, text string) Edit { return Edit{File: "a.go", Start: s, End: end, New: text} }
	for _, tc := range []struct {
		name string
		a, b Edit
		want bool
	}{
		{"disjoint", e(0, 3, "x"), e(5, 8, "y"), false},
		{"adjacent", e(0, 3, "x"), e(3, 8, "y"), false},
		{"overlapping", e(0, 4, "x"), e(3, 8, "y"), true},
		{"nested", e(0, 10, "x"), e(3, 4, "y"), true},
		{"identical", e(2, 5, "x"), e(2, 5, "x"), false},
		{"same range, other text", e(2, 5, "x"), e(2, 5, "y"), true},
		{"two insertions at one point", e(4, 4, "x"), e(4, 4, "y"), true},
		{"insertion inside a replacement", e(4, 4, "x"), e(2, 6, "y"), true},
		{"insertion at a replacement's edge", e(2, 2, "x"), e(2, 6, "y"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, overlap(tc.a, tc.b))
			assert.Equal(t, tc.want, overlap(tc.b, tc.a), "symmetric")
		})
	}
}

func TestMergeFixes(t *testing.T) {
	fixes := []Fix{
		{ID: 0, Edits: []Edit{{File: "a.go", Start: 10, End: 20, New: "A"}, {File: "b.go", Start: 0, End: 1, New: "B"}}},
		// Conflicts in b.go only: the whole fix is skipped, a.go included.
		{ID: 1, Edits: []Edit{{File: "a.go", Start: 30, End: 40, New: "C"}, {File: "b.go", Start: 0, End: 2, New: "D"}}},
		// The same fix seen through a test variant: kept once.
		{ID: 2, Edits: []Edit{{File: "a.go", Start: 10, End: 20, New: "A"}}},
		{ID: 3, Edits: []Edit{{File: "a.go", Start: 2, End: 5, New: "E"}}},
		// Its own edits overlap.
		{ID: 4, Edits: []Edit{{File: "c.go", Start: 0, End: 5}, {File: "c.go", Start: 3, End: 6}}},
	}
	edits, skipped := mergeFixes(fixes)
	assert.Equal(t, []int{1, 4}, skipped)
	assert.Equal(t, map[string][]Edit{
		"a.go": {{File: "a.go", Start: 2, End: 5, New: "E"}, {File: "a.go", Start: 10, End: 20, New: "A"}},
		"b.go": {{File: "b.go", Start: 0, End: 1, New: "B"}},
	}, edits)
}

func TestApplyEdits(t *testing.T) {
	out, ok := applyEdits([]byte("hello, world"), []Edit{{Start: 0, End: 5, New: "goodbye"}, {Start: 7, End: 7, New: "big "}, {Start: 12, End: 12, New: "!"}})
	require.True(t, ok)
	assert.Equal(t, "goodbye, big world!", string(out))
	_, ok = applyEdits([]byte("short"), []Edit{{Start: 2, End: 9}})
	assert.False(t, ok, "out of range")
}
