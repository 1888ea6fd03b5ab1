package sarif

import (
	"sort"
	"unicode/utf8"
)

// textIndex converts byte offsets of one file into SARIF line/column pairs.
// SARIF lines and columns are 1-based and, with columnKind utf16CodeUnits,
// columns count UTF-16 code units, not bytes: a rune outside the BMP counts
// two, "é" counts one although it is two bytes in UTF-8.
type textIndex struct {
	content    []byte
	lineStarts []int
}

func newTextIndex(content []byte) *textIndex {
	starts := []int{0}
	for i, b := range content {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &textIndex{content: content, lineStarts: starts}
}

// position returns the 1-based line and UTF-16 column of offset, clamped to
// the content.
func (t *textIndex) position(offset int) (line, column int) {
	offset = max(0, min(offset, len(t.content)))
	i := sort.Search(len(t.lineStarts), func(i int) bool { return t.lineStarts[i] > offset }) - 1
	return i + 1, utf16Len(t.content[t.lineStarts[i]:offset]) + 1
}

// utf16Len counts the UTF-16 code units of UTF-8 text. An invalid byte is one
// unit, as U+FFFD is.
func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}
