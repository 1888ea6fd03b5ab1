package lsp

import (
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// text maps between byte offsets and LSP positions of one document version.
type text struct {
	content    string
	lineStarts []int
}

func newText(content string) *text {
	starts := []int{0}
	for i := 0; i < len(content); i++ {
		if content[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &text{content: content, lineStarts: starts}
}

// position converts a byte offset, clamped to the content, into a position
// whose character counts UTF-16 code units.
func (t *text) position(offset int) Position {
	offset = max(0, min(offset, len(t.content)))
	line := sort.Search(len(t.lineStarts), func(i int) bool { return t.lineStarts[i] > offset }) - 1
	return Position{Line: line, Character: utf16Len(t.content[t.lineStarts[line]:offset])}
}

// offset converts a position to a byte offset. A character past the end of
// its line, or in the middle of a surrogate pair, stops at the line's end or
// the rune; a line past the end is the end of the content.
func (t *text) offset(p Position) int {
	if p.Line < 0 {
		return 0
	}
	if p.Line >= len(t.lineStarts) {
		return len(t.content)
	}
	start := t.lineStarts[p.Line]
	end := len(t.content)
	if p.Line+1 < len(t.lineStarts) {
		end = t.lineStarts[p.Line+1] - 1 // the newline
	}
	units := 0
	for i, r := range t.content[start:end] {
		units += runeUnits(r)
		if units > p.Character {
			return start + i
		}
	}
	return end
}

func (t *text) rangeOf(start, end int) Range {
	return Range{Start: t.position(start), End: t.position(end)}
}

func runeUnits(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

func utf16Len(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		n += runeUnits(r)
	}
	return n
}

// uriToPath converts a file:// URI to a local path.
func uriToPath(uri DocumentURI) (string, bool) {
	u, err := url.Parse(string(uri))
	if err != nil || u.Scheme != "file" {
		return "", false
	}
	return filepath.FromSlash(u.Path), true
}

// pathToURI converts an absolute path to a file:// URI.
func pathToURI(path string) DocumentURI {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return DocumentURI((&url.URL{Scheme: "file", Path: p}).String())
}
