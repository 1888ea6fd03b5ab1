package strval

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEscapesKeepPositions(t *testing.T) {
	v, s := eval(t, `func f() { use("\n\nHuman: \x41\u00e9\101\"é\xff") }`)
	require.Len(t, v.Pieces, 1)
	p := v.Pieces[0]
	assert.Equal(t, "\n\nHuman: A\u00e9A\"\u00e9\xff", p.Text)
	require.Len(t, p.Pos, len(p.Text))
	// use( is at column 12, the quote at 16.
	assert.Equal(t, "1:17", s.at(v, 0, 0), `first \n`)
	assert.Equal(t, "1:19", s.at(v, 0, 1), `second \n`)
	assert.Equal(t, "1:21", s.at(v, 0, 2), "H")
	assert.Equal(t, "1:28", s.at(v, 0, 9), `\x41`)
	assert.Equal(t, "1:32", s.at(v, 0, 10), `\u00e9 first byte`)
	assert.Equal(t, "1:32", s.at(v, 0, 11), `\u00e9 second byte`)
	assert.Equal(t, "1:38", s.at(v, 0, 12), `\101`)
	assert.Equal(t, "1:42", s.at(v, 0, 13), `\"`)
	assert.Equal(t, "1:44", s.at(v, 0, 14), "é first byte")
	assert.Equal(t, "1:45", s.at(v, 0, 15), "é second byte")
	assert.Equal(t, "1:46", s.at(v, 0, 16), `\xff`)
}

func TestRawStringDropsCarriageReturns(t *testing.T) {
	v, s := eval(t, "func f() { use(`a\r\nb`) }")
	require.Len(t, v.Pieces, 1)
	assert.Equal(t, "a\nb", v.Pieces[0].Text)
	assert.Equal(t, "1:17", s.at(v, 0, 0))
	assert.Equal(t, "1:19", s.at(v, 0, 1), "the newline after the dropped CR")
	assert.Equal(t, "2:1", s.at(v, 0, 2))
}

func TestRuneConversion(t *testing.T) {
	v, s := eval(t, `func f() { use("a" + string('\n') + string(rune(0xe9))) }`)
	require.Len(t, v.Pieces, 1)
	assert.Equal(t, "a\n\u00e9", v.Pieces[0].Text)
	assert.Equal(t, "1:30", s.at(v, 0, 1), "backslash of the rune literal")
}
