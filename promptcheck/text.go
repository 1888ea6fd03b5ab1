package promptcheck

import "strings"

// HolePlaceholder is how String renders a hole: a visible stand-in for the
// unknown text, chosen so that a rendered template reads naturally in a
// message and never looks like a turn marker.
const HolePlaceholder = "<?>"

// End returns the position just past the last byte: the end of the last
// piece in its own coordinates when it is literal, so that an empty span at
// the end of a prompt has Start == End (and Span.Empty holds), or
// {len(t), 0} after a final hole.
func (t Template) End() Pos {
	if n := len(t); n > 0 && !t[n-1].Hole {
		return Pos{Piece: n - 1, Offset: len(t[n-1].Text)}
	}
	return Pos{Piece: len(t)}
}

// Normalize returns the canonical spelling of p: the end of a literal piece,
// {i, len(Text)}, and the starts of any following empty literal pieces are
// the same place as the start of the next non-empty piece; Normalize maps them
// all to that start, so that positions can be compared with ==.
func (t Template) Normalize(p Pos) Pos {
	for p.Piece < len(t) && !t[p.Piece].Hole && p.Offset >= len(t[p.Piece].Text) {
		p = Pos{Piece: p.Piece + 1}
	}
	return p
}

// Contains reports whether p is the position of a byte of t (or of a hole),
// the kind of position a Finding points at.
func (t Template) Contains(p Pos) bool {
	if p.Piece < 0 || p.Piece >= len(t) || p.Offset < 0 {
		return false
	}
	if t[p.Piece].Hole {
		return p.Offset == 0
	}
	return p.Offset < len(t[p.Piece].Text)
}

// Slice returns the sub-template that s covers. A hole stays a hole when s
// covers it whole and is left out otherwise; empty literal fragments are
// dropped.
func (t Template) Slice(s Span) Template {
	var out Template
	for i := max(s.Start.Piece, 0); i < len(t) && i <= s.End.Piece; i++ {
		p := t[i]
		if p.Hole {
			// i >= s.Start.Piece here: the hole is covered whole when s
			// starts at or before its start and ends after it.
			if (s.Start.Piece < i || s.Start.Offset <= 0) && s.End.Piece > i {
				out = append(out, p)
			}
			continue
		}
		from, to := 0, len(p.Text)
		if i == s.Start.Piece {
			from = min(max(s.Start.Offset, 0), to)
		}
		if i == s.End.Piece {
			to = min(max(s.End.Offset, 0), to)
		}
		if from < to {
			out = append(out, Piece{Text: p.Text[from:to]})
		}
	}
	return out
}

// String renders t with each hole shown as HolePlaceholder.
func (t Template) String() string {
	var b strings.Builder
	for _, p := range t {
		if p.Hole {
			b.WriteString(HolePlaceholder)
		} else {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

// HasHole reports whether s covers a hole.
func (t Template) HasHole(s Span) bool {
	for _, p := range t.Slice(s) {
		if p.Hole {
			return true
		}
	}
	return false
}

// literal returns the literal text s covers, holes left out.
func (t Template) literal(s Span) string {
	var b strings.Builder
	for _, p := range t.Slice(s) {
		b.WriteString(p.Text)
	}
	return b.String()
}

// Spans returns the spans that tile the template, in order: System, then each
// turn's Marker and Body.
func (c Conversation) Spans() []Span {
	spans := make([]Span, 0, 1+2*len(c.Turns))
	spans = append(spans, c.System)
	for _, turn := range c.Turns {
		spans = append(spans, turn.Marker, turn.Body)
	}
	return spans
}

// Render renders c's spans of t in order. Because the spans tile the
// template, Render(t, Parse(t)) == t.String().
func Render(t Template, c Conversation) string {
	var b strings.Builder
	for _, s := range c.Spans() {
		b.WriteString(t.Slice(s).String())
	}
	return b.String()
}

// isSpace reports whether b is ASCII whitespace, what the API's clean-up trims.
func isSpace(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	return false
}
