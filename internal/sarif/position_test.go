package sarif

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTextIndexPosition(t *testing.T) {
	// "é" is 2 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 units.
	content := []byte("ab\né😀x\n\nlast")
	idx := newTextIndex(content)
	tests := []struct {
		offset       int
		line, column int
	}{
		{0, 1, 1},
		{2, 1, 3},  // the newline itself
		{3, 2, 1},  // start of line 2
		{5, 2, 2},  // after é
		{9, 2, 4},  // after 😀
		{10, 2, 5}, // the newline after x
		{11, 3, 1}, // empty line
		{12, 4, 1},
		{16, 4, 5}, // end of file
		{99, 4, 5}, // clamped
		{-1, 1, 1}, // clamped
	}
	for _, tt := range tests {
		line, col := idx.position(tt.offset)
		assert.Equal(t, [2]int{tt.line, tt.column}, [2]int{line, col}, "offset %d", tt.offset)
	}
}

func TestUTF16Len(t *testing.T) {
	assert.Equal(t, 0, utf16Len(nil))
	assert.Equal(t, 3, utf16Len([]byte("abc")))
	assert.Equal(t, 1, utf16Len([]byte("é")))
	assert.Equal(t, 2, utf16Len([]byte("😀")))
	assert.Equal(t, 2, utf16Len([]byte{0xff, 'a'}), "an invalid byte counts as one unit")
}
