package strval

import (
	"go/ast"
	"go/token"
	"strconv"
	"unicode/utf8"
)

// addLit appends the value of a string literal, each byte at the position of
// the source byte it came from: itself, or the backslash of its escape.
func (a *acc) addLit(lit *ast.BasicLit) bool {
	s := lit.Value
	if len(s) < 2 {
		return false
	}
	base := lit.ValuePos
	if s[0] == '`' {
		if s[len(s)-1] != '`' {
			return false
		}
		// The scanner drops carriage returns from raw strings (as the spec
		// says) before they reach Value; the source is longer by their
		// number. Assume they ended lines (CRLF files): each newline then
		// sits one byte further.
		stripped := 0
		if lit.ValueEnd.IsValid() {
			stripped = int(lit.ValueEnd-lit.ValuePos) - len(s)
		}
		shift := 0
		for i := 1; i < len(s)-1 && !a.truncated; i++ {
			switch {
			case s[i] == '\r': // an AST not from the scanner: drop it here
				continue
			case s[i] == '\n' && shift < stripped:
				shift++
			}
			a.addByte(s[i], base+token.Pos(i+shift))
		}
		return true
	}
	if s[0] != '"' || s[len(s)-1] != '"' {
		return false
	}
	var buf [utf8.UTFMax]byte
	for i := 1; i < len(s)-1 && !a.truncated; {
		if s[i] != '\\' {
			// Copy bytes as they are: invalid UTF-8 stays invalid.
			a.addByte(s[i], base+token.Pos(i))
			i++
			continue
		}
		v, multibyte, tail, err := strconv.UnquoteChar(s[i:len(s)-1], '"')
		if err != nil {
			return false
		}
		p := base + token.Pos(i)
		if v < utf8.RuneSelf || !multibyte {
			a.addByte(byte(v), p)
		} else {
			n := utf8.EncodeRune(buf[:], v)
			for _, b := range buf[:n] {
				a.addByte(b, p)
			}
		}
		i = len(s) - 1 - len(tail)
	}
	return true
}

// addRune appends the UTF-8 encoding of r (a single byte when asByte) at p.
func (a *acc) addRune(r rune, asByte bool, p token.Pos) {
	if asByte {
		a.addByte(byte(r), p)
		return
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, b := range buf[:n] {
		a.addByte(b, p)
	}
}

// runePos is where a rune-valued expression's bytes map: for a rune literal
// the character after the quote (the backslash of an escape), otherwise the
// expression.
func runePos(e ast.Expr) token.Pos {
	if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok && lit.Kind == token.CHAR {
		return lit.ValuePos + 1
	}
	return e.Pos()
}
