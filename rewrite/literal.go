package rewrite

import (
	"go/token"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"

	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// LiteralFix returns the minimal edit of a literal prompt for a finding whose
// rule has a literal fix (promptcheck.Rule.Fix): a second newline before a
// single-newline marker, "\n\n" before a bare leading Human:, or the
// trailing whitespace after the final Assistant: removed. It returns nil when
// the finding has no such fix or the literal cannot be edited in place.
func LiteralFix(pass *analysis.Pass, prompt strval.Value, conv promptcheck.Conversation, finding promptcheck.Finding) *analysis.SuggestedFix {
	if finding.Rule == nil || finding.Whole || !prompt.Template().Known() || len(prompt.Pieces) == 0 || pass.ReadFile == nil {
		return nil
	}
	switch finding.Rule.Fix {
	case promptcheck.FixAddNewline, promptcheck.FixLeadingNewlines, promptcheck.FixTrimTrailing:
	default:
		return nil
	}
	pos, ok := prompt.PosOf(promptcheck.Pos{})
	file := fileOf(pass, pos)
	if !ok || file == nil {
		return nil
	}
	src, err := pass.ReadFile(pass.Fset.File(pos).Name())
	if err != nil {
		return nil
	}
	fset := pass.Fset
	switch finding.Rule.Fix {
	case promptcheck.FixAddNewline:
		if turn, ok := turnAt(conv, finding.At, promptcheck.SingleNewline); ok {
			return insertNewlines(fset, src, rawLiterals(file), prompt, turn.Marker.Start, `\n`, "Add the missing newline before "+turn.Role.String()+":")
		}
	case promptcheck.FixLeadingNewlines:
		if len(conv.Turns) > 0 && conv.Turns[0].Marker.Start == finding.At && conv.Turns[0].Kind == promptcheck.Bare {
			return insertNewlines(fset, src, rawLiterals(file), prompt, finding.At, `\n\n`, `Start the prompt with "\n\nHuman:"`)
		}
	case promptcheck.FixTrimTrailing:
		if last := len(conv.Turns) - 1; last >= 0 && conv.Turns[last].Role == promptcheck.Assistant {
			return trimTrailing(fset, src, prompt, conv.Turns[last].Body, finding.At)
		}
	}
	return nil
}

// turnAt returns the turn of kind k whose marker starts at p.
func turnAt(conv promptcheck.Conversation, p promptcheck.Pos, k promptcheck.MarkerKind) (promptcheck.Turn, bool) {
	for _, turn := range conv.Turns {
		if turn.Marker.Start == p && turn.Kind == k {
			return turn, true
		}
	}
	return promptcheck.Turn{}, false
}

// insertNewlines inserts newlines before the byte at p, spelled as escapes
// inside an interpreted literal and as real newlines inside a raw one.
func insertNewlines(fset *token.FileSet, src []byte, raw []span, v strval.Value, p promptcheck.Pos, escaped, title string) *analysis.SuggestedFix {
	pos, ok := v.PosOf(p)
	if !ok {
		return nil
	}
	b, ok := byteAt(fset, src, pos)
	if !ok {
		return nil
	}
	text := escaped
	if (b == '\n' || b == 'H') && inSpans(raw, pos) {
		text = strings.ReplaceAll(escaped, `\n`, "\n")
	}
	return &analysis.SuggestedFix{Message: title, TextEdits: []analysis.TextEdit{{Pos: pos, End: pos, NewText: []byte(text)}}}
}

// trimTrailing deletes the whitespace that ends the final Assistant turn,
// when at points into it.
func trimTrailing(fset *token.FileSet, src []byte, v strval.Value, body promptcheck.Span, at promptcheck.Pos) *analysis.SuggestedFix {
	if body.End.Piece >= len(v.Pieces) && body.End.Offset == 0 {
		body.End = promptcheck.Pos{Piece: len(v.Pieces) - 1, Offset: len(v.Pieces[len(v.Pieces)-1].Text)}
	}
	piece := body.End.Piece
	if piece < 0 || piece >= len(v.Pieces) || body.Start.Piece != piece || v.Pieces[piece].IsHole() {
		return nil
	}
	text := v.Pieces[piece].Text[body.Start.Offset:body.End.Offset]
	trimmed := strings.TrimRightFunc(text, unicode.IsSpace)
	first := promptcheck.Pos{Piece: piece, Offset: body.Start.Offset + len(trimmed)}
	if len(trimmed) == len(text) || at.Less(first) || !at.Less(body.End) {
		return nil
	}
	start, ok1 := v.PosOf(first)
	lastPos, ok2 := v.PosOf(promptcheck.Pos{Piece: piece, Offset: body.End.Offset - 1})
	if !ok1 || !ok2 {
		return nil
	}
	end := lastPos + token.Pos(sourceLen(fset, src, lastPos))
	return &analysis.SuggestedFix{Message: "Remove the trailing whitespace after Assistant:", TextEdits: []analysis.TextEdit{{Pos: start, End: end}}}
}

func offset(fset *token.FileSet, src []byte, pos token.Pos) (int, bool) {
	tf := fset.File(pos)
	if tf == nil {
		return 0, false
	}
	off := tf.Offset(pos)
	return off, off >= 0 && off < len(src)
}

func byteAt(fset *token.FileSet, src []byte, pos token.Pos) (byte, bool) {
	off, ok := offset(fset, src, pos)
	if !ok {
		return 0, false
	}
	return src[off], true
}

// sourceLen is the number of source bytes that spell the value byte at pos:
// an escape such as \n or \x20, or one byte.
func sourceLen(fset *token.FileSet, src []byte, pos token.Pos) int {
	off, ok := offset(fset, src, pos)
	if !ok || src[off] != '\\' || off+1 >= len(src) {
		return 1
	}
	switch src[off+1] {
	case 'x':
		return 4
	case 'u':
		return 6
	case 'U':
		return 10
	case '0', '1', '2', '3', '4', '5', '6', '7':
		return 4
	}
	return 2
}

func inSpans(spans []span, pos token.Pos) bool {
	for _, s := range spans {
		if s.pos <= pos && pos < s.end {
			return true
		}
	}
	return false
}
