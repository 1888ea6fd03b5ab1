package promptcheck

// A Template is a prompt as far as it is known statically: literal pieces and
// holes, in order. A hole stands for text that is unknown at analysis time
// (a function parameter, user input); it is treated as user text that contains
// no turn markers.
type Template []Piece

// A Piece is literal text, or a hole when Hole is set (Text is then empty).
type Piece struct {
	Text string
	Hole bool
}

// Literal returns the template of a fully known prompt.
func Literal(s string) Template { return Template{{Text: s}} }

// Known reports whether the template has no holes.
func (t Template) Known() bool {
	for _, p := range t {
		if p.Hole {
			return false
		}
	}
	return true
}

// Pos is a position in template coordinates: a byte offset into the text of
// the piece with index Piece. Offset len(Text) is the end of that piece.
// For a hole, Offset is always 0.
type Pos struct {
	Piece  int
	Offset int
}

// Less orders positions.
func (p Pos) Less(q Pos) bool {
	return p.Piece < q.Piece || p.Piece == q.Piece && p.Offset < q.Offset
}

// Span is the half-open range [Start, End) of a template. A span that starts
// at {i, 0} and ends at {i+1, 0} covers piece i completely, hole or not.
type Span struct {
	Start, End Pos
}

// Empty reports whether the span covers nothing.
func (s Span) Empty() bool { return !s.Start.Less(s.End) }
