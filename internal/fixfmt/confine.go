package fixfmt

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"

	"github.com/aymanbagabas/go-udiff"
)

// A Span is the byte range [Start, End) of a fixed file that a fix wrote.
type Span struct{ Start, End int }

// Spans returns where sorted, non-overlapping edits of a file land in the
// file they produce.
func Spans(edits []udiff.Edit) []Span {
	spans := make([]Span, 0, len(edits))
	shift := 0
	for _, e := range edits {
		start := e.Start + shift
		spans = append(spans, Span{start, start + len(e.New)})
		shift += len(e.New) - (e.End - e.Start)
	}
	return spans
}

// Confine keeps a fix from restyling a file it did not write. before is the
// file as the user left it, fixed the text after the fix's edits (which
// landed at spans), formatted that text formatted. When before was
// gofmt-clean, formatted is returned as is: formatting changes nothing but
// the fix. Otherwise only the formatting inside the top-level declarations
// the fix touched, and in the package clause and imports (where unused
// imports go), is kept; the rest of the file keeps its bytes. If the
// confined text does not parse, formatted is returned.
func Confine(before, fixed, formatted []byte, spans []Span) []byte {
	if clean, err := format.Source(before); err != nil || bytes.Equal(clean, before) {
		return formatted
	}
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "fixed.go", fixed, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return formatted
	}
	touched := touchedRanges(fset, file, spans)

	var keep []udiff.Edit
	for _, e := range udiff.Lines(string(fixed), string(formatted)) {
		if within(touched, e) {
			keep = append(keep, e)
		}
	}
	out, err := udiff.ApplyBytes(fixed, keep)
	if err != nil {
		return formatted
	}
	if _, err := parser.ParseFile(token.NewFileSet(), "confined.go", out, parser.SkipObjectResolution); err != nil {
		return formatted
	}
	return out
}

// touchedRanges returns the byte ranges of fixed whose formatting may
// change: from the start of the file to the end of the last import
// declaration, and every top-level declaration (with its doc comment) that
// a span falls in. A span outside every declaration is its own range.
func touchedRanges(fset *token.FileSet, file *ast.File, spans []Span) []Span {
	tf := fset.File(file.Pos())
	off := func(p token.Pos) int { return tf.Offset(p) }

	head := off(file.Name.End())
	for _, d := range file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			head = max(head, off(g.End()))
		}
	}
	ranges := []Span{{0, head}}
	for _, s := range spans {
		r := s
		for _, d := range file.Decls {
			start, end := off(d.Pos()), off(d.End())
			if doc := declDoc(d); doc != nil {
				start = off(doc.Pos())
			}
			if start <= s.Start && s.End <= end {
				r = Span{start, end}
				break
			}
		}
		ranges = append(ranges, r)
	}
	return ranges
}

func declDoc(d ast.Decl) *ast.CommentGroup {
	switch d := d.(type) {
	case *ast.FuncDecl:
		return d.Doc
	case *ast.GenDecl:
		return d.Doc
	}
	return nil
}

// within reports whether a line edit of the formatter lies in a touched
// range: it overlaps one, or inserts at a point inside one or at its end.
func within(ranges []Span, e udiff.Edit) bool {
	for _, r := range ranges {
		if e.Start == e.End {
			if r.Start <= e.Start && e.Start <= r.End {
				return true
			}
		} else if e.Start < r.End && r.Start < e.End {
			return true
		}
	}
	return false
}
