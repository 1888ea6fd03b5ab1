package strval

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzEvalLiteral(f *testing.F) {
	for _, s := range []string{"", "\n\nHuman: hi\n\nAssistant:", "é\x00\xff\"\\`", "a\r\nb\tc", "\u2028\U0001F600"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		forms := []string{strconv.Quote(s), strconv.QuoteToASCII(s)}
		if strconv.CanBackquote(s) {
			forms = append(forms, "`"+s+"`")
		}
		if utf8.ValidString(s) && !strings.ContainsAny(s, "`\r") {
			// CRLF line ends inside a raw string: the scanner drops the CRs.
			forms = append(forms, "`"+strings.ReplaceAll(s, "\n", "\r\n")+"`")
		}
		for _, src := range forms {
			checkLiteral(t, s, src)
		}
	})
}

// checkLiteral evaluates the literal src and checks that it yields want and
// that each byte maps to the same byte in the source or to a backslash.
func checkLiteral(t *testing.T, want, src string) {
	fset := token.NewFileSet()
	e, err := parser.ParseExprFrom(fset, "x.go", src, 0)
	if err != nil {
		if strings.ContainsRune(src, 0) || strings.ContainsRune(src, utf8.RuneError) || strings.ContainsRune(src, '\uFEFF') {
			return // the scanner refuses these bytes in raw strings
		}
		t.Fatalf("parse %s: %v", src, err)
	}
	lit, ok := e.(*ast.BasicLit)
	if !ok {
		t.Fatalf("%s parsed as %T", src, e)
	}
	v := New(nil).Eval(e, nil)
	if want == "" {
		if len(v.Pieces) != 0 {
			t.Fatalf("%s: got %d pieces for the empty string", src, len(v.Pieces))
		}
		return
	}
	if len(v.Pieces) != 1 || v.Pieces[0].IsHole() {
		t.Fatalf("%s: want one literal piece, got %+v", src, v.Pieces)
	}
	p := v.Pieces[0]
	if p.Text != want {
		t.Fatalf("%s: text %q, want %q", src, p.Text, want)
	}
	if len(p.Pos) != len(p.Text) {
		t.Fatalf("%s: %d positions for %d bytes", src, len(p.Pos), len(p.Text))
	}
	prev := lit.Pos()
	for i, pos := range p.Pos {
		if pos <= lit.Pos() || pos >= lit.End()-1 || pos < prev {
			t.Fatalf("%s: byte %d at offset %d, outside the literal or going back", src, i, pos-lit.Pos())
		}
		prev = pos
		if c := src[pos-lit.Pos()]; c != p.Text[i] && c != '\\' {
			t.Fatalf("%s: byte %d (%q) maps to source byte %q", src, i, p.Text[i], c)
		}
	}
}
