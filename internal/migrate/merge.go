package migrate

import (
	"cmp"
	"slices"

	"github.com/aymanbagabas/go-udiff"

	"github.com/completelint/completelint/internal/fixfmt"
)

// An Edit replaces the bytes [Start, End) of File with New.
type Edit struct {
	File       string
	Start, End int
	New        string
}

// A Fix is the first suggested fix of one diagnostic: all of its edits are
// applied, or none.
type Fix struct {
	ID    int // the caller's handle, returned for skipped fixes
	Edits []Edit
}

// mergeFixes accepts fixes in order while none of their edits conflicts
// with an edit already accepted, and returns the accepted edits by file,
// sorted, and the IDs of the fixes it skipped. An edit identical to an
// accepted one is not a conflict (a file seen through a package and its
// test variant yields the same fix twice) and is kept once.
func mergeFixes(fixes []Fix) (map[string][]Edit, []int) {
	accepted := make(map[string][]Edit)
	var skipped []int
	for _, fx := range fixes {
		if conflicts(accepted, fx.Edits) {
			skipped = append(skipped, fx.ID)
			continue
		}
		for _, e := range fx.Edits {
			if !slices.Contains(accepted[e.File], e) {
				accepted[e.File] = append(accepted[e.File], e)
			}
		}
	}
	for _, edits := range accepted {
		slices.SortFunc(edits, func(a, b Edit) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
	}
	return accepted, skipped
}

// conflicts reports whether an edit of fix overlaps an accepted edit or
// another edit of the same fix.
func conflicts(accepted map[string][]Edit, fix []Edit) bool {
	for i, e := range fix {
		if e.Start < 0 || e.End < e.Start {
			return true
		}
		for _, a := range accepted[e.File] {
			if overlap(a, e) {
				return true
			}
		}
		for _, o := range fix[:i] {
			if o.File == e.File && overlap(o, e) {
				return true
			}
		}
	}
	return false
}

// overlap reports whether two different edits of one file touch the same
// bytes, or are insertions at one point (their order would be a guess), or
// one inserts strictly inside the other's range.
func overlap(a, b Edit) bool {
	if a == b {
		return false
	}
	aPoint, bPoint := a.Start == a.End, b.Start == b.End
	switch {
	case aPoint && bPoint:
		return a.Start == b.Start
	case aPoint:
		return b.Start < a.Start && a.Start < b.End
	case bPoint:
		return a.Start < b.Start && b.Start < a.End
	}
	return a.Start < b.End && b.Start < a.End
}

// applyEdits applies sorted, non-overlapping edits to src.
func applyEdits(src []byte, edits []Edit) ([]byte, bool) {
	out := make([]byte, 0, len(src))
	last := 0
	for _, e := range edits {
		if e.Start < last || e.End > len(src) {
			return nil, false
		}
		out = append(out, src[last:e.Start]...)
		out = append(out, e.New...)
		last = e.End
	}
	return append(out, src[last:]...), true
}

// spans returns where sorted, non-overlapping edits land in the text
// applyEdits makes of them.
func spans(edits []Edit) []fixfmt.Span {
	ue := make([]udiff.Edit, len(edits))
	for i, e := range edits {
		ue[i] = udiff.Edit{Start: e.Start, End: e.End, New: e.New}
	}
	return fixfmt.Spans(ue)
}
