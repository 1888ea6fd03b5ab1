package lsp

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTextPositionAndOffset(t *testing.T) {
	// "é" is 2 bytes, 1 UTF-16 unit; "😀" is 4 bytes, 2 units.
	tx := newText("ab\né😀x\n\nlast")
	tests := []struct {
		offset int
		pos    Position
	}{
		{0, Position{0, 0}},
		{2, Position{0, 2}},
		{3, Position{1, 0}},
		{5, Position{1, 1}},
		{9, Position{1, 3}},
		{10, Position{1, 4}},
		{11, Position{2, 0}},
		{12, Position{3, 0}},
		{16, Position{3, 4}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.pos, tx.position(tt.offset), "position(%d)", tt.offset)
		assert.Equal(t, tt.offset, tx.offset(tt.pos), "offset(%v)", tt.pos)
	}
	assert.Equal(t, Position{3, 4}, tx.position(100), "clamped")
	assert.Equal(t, 10, tx.offset(Position{1, 99}), "past the end of a line stops at the newline")
	assert.Equal(t, 16, tx.offset(Position{9, 0}), "past the last line is the end")
	assert.Equal(t, 5, tx.offset(Position{1, 2}), "inside a surrogate pair stops at the rune")
}

func TestURIs(t *testing.T) {
	uri := pathToURI("/tmp/a dir/é.go")
	assert.Equal(t, DocumentURI("file:///tmp/a%20dir/%C3%A9.go"), uri)
	path, ok := uriToPath(uri)
	assert.True(t, ok)
	assert.Equal(t, "/tmp/a dir/é.go", path)
	_, ok = uriToPath("untitled:Untitled-1")
	assert.False(t, ok)
}
