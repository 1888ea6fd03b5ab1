package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"unicode"

	"github.com/completelint/completelint/internal/request"

	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// A segment is a run of literal text or one hole of a turn's content.
type segment struct {
	text string
	raw  bool // every byte of text comes from a raw string literal
	hole *strval.Piece
}

// segments cuts the span sp out of the prompt.
func (f *fixer) segments(v strval.Value, sp promptcheck.Span) []segment {
	var segs []segment
	for i := sp.Start.Piece; i < len(v.Pieces) && (i < sp.End.Piece || i == sp.End.Piece && sp.End.Offset > 0); i++ {
		p := &v.Pieces[i]
		if p.IsHole() {
			segs = append(segs, segment{hole: p})
			continue
		}
		from, to := 0, len(p.Text)
		if i == sp.Start.Piece {
			from = sp.Start.Offset
		}
		if i == sp.End.Piece {
			to = sp.End.Offset
		}
		if from >= to || to > len(p.Text) {
			continue
		}
		segs = append(segs, segment{text: p.Text[from:to], raw: f.allRaw(p.Pos, from, to)})
	}
	return segs
}

func (f *editor) allRaw(pos []token.Pos, from, to int) bool {
	if to > len(pos) {
		return false
	}
	for _, p := range pos[from:to] {
		if !f.inRaw(p) {
			return false
		}
	}
	return true
}

// trimRight removes trailing whitespace from the literal end of segs: a
// prefill may not end in whitespace.
func trimRight(segs []segment) []segment {
	for len(segs) > 0 {
		last := &segs[len(segs)-1]
		if last.hole != nil {
			break
		}
		last.text = strings.TrimRightFunc(last.text, unicode.IsSpace)
		if last.text != "" {
			break
		}
		segs = segs[:len(segs)-1]
	}
	return segs
}

// blank reports whether segs hold no hole and only whitespace.
func blank(segs []segment) bool {
	for _, s := range segs {
		if s.hole != nil || strings.TrimSpace(s.text) != "" {
			return false
		}
	}
	return true
}

// expr returns the smallest faithful Go expression for segs: a string
// literal, a concatenation, or a Sprintf with exactly these holes' arguments,
// in order.
func (f *fixer) expr(segs []segment) (string, error) {
	if len(segs) == 0 {
		return `""`, nil
	}
	plain := true
	for _, s := range segs {
		if s.hole != nil && !f.plainOperand(s.hole) {
			if err := checkVerb(s.hole.Verb); err != nil {
				return "", err
			}
			plain = false
		}
	}
	if plain {
		parts := make([]string, len(segs))
		for i, s := range segs {
			if s.hole == nil {
				parts[i] = quote(s.text, s.raw)
			} else {
				parts[i] = f.operand(s.hole)
			}
		}
		return strings.Join(parts, " + "), nil
	}
	var format strings.Builder
	raw := true
	var args []string
	for _, s := range segs {
		if s.hole == nil {
			format.WriteString(strings.ReplaceAll(s.text, "%", "%%"))
			raw = raw && s.raw
			continue
		}
		verb := s.hole.Verb
		if verb == "" {
			verb = "%s"
		}
		format.WriteString(verb)
		args = append(args, f.src(s.hole.Hole))
	}
	f.fmtPkg = "fmt"
	return sprintfMarker + ".Sprintf(" + quote(format.String(), raw) + ", " + strings.Join(args, ", ") + ")", nil
}

// checkVerb rejects verbs that consume arguments out of order or more than
// one argument.
func checkVerb(verb string) error {
	if strings.ContainsAny(verb, "[*") {
		return request.NoFix(request.PromptIndexedVerb, verb)
	}
	return nil
}

// plainOperand reports whether the hole's text is the value of its
// expression itself: no verb, or %s/%v of a string with no formatting
// methods.
func (f *fixer) plainOperand(p *strval.Piece) bool {
	switch p.Verb {
	case "":
		return true
	case "%s", "%v":
		t := f.pass.TypesInfo.TypeOf(p.Hole)
		return t != nil && strval.IsString(t) && !strval.HasFormatMethod(t)
	}
	return false
}

// operand spells a plain hole as a string operand of + or of NewTextBlock.
func (f *fixer) operand(p *strval.Piece) string {
	text := f.src(p.Hole)
	t := f.pass.TypesInfo.TypeOf(p.Hole)
	if t != nil && !types.Identical(types.Default(t), types.Typ[types.String]) {
		return "string(" + text + ")"
	}
	if _, ok := ast.Unparen(p.Hole).(*ast.BinaryExpr); ok {
		return "(" + text + ")"
	}
	return text
}

// quote writes s as a Go string literal, raw when the source was raw and s
// can be spelled raw.
func quote(s string, raw bool) string {
	if raw && strings.Contains(s, "\n") && !strings.ContainsAny(s, "`\r") && strconv.CanBackquote(strings.ReplaceAll(s, "\n", "")) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}
