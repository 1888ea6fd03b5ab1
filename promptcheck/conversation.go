package promptcheck

import "slices"

// Role is the speaker of a turn.
type Role uint8

// The two roles of the Text Completions format.
const (
	Human Role = iota + 1
	Assistant
)

func (r Role) String() string {
	switch r {
	case Human:
		return "Human"
	case Assistant:
		return "Assistant"
	}
	return "?"
}

// MarkerKind says how a turn marker was spelled.
type MarkerKind uint8

const (
	// Canonical is "\n\nHuman:" / "\n\nAssistant:" (two or more newlines).
	Canonical MarkerKind = iota
	// SingleNewline is "\nHuman:" / "\nAssistant:": text to the API, a
	// label rather than a marker.
	SingleNewline
	// Bare is "Human:" at the very start of the prompt, without newlines:
	// accepted only because the server prepends "\n\n".
	Bare
	// CRLF is "\r\n\r\nHuman:": Windows line endings, text to the API.
	CRLF
)

// isMarker reports whether the API reads a role word spelled this way as
// the start of a turn.
func (k MarkerKind) isMarker() bool { return k == Canonical || k == Bare }

// A Turn is one conversational turn: its marker and its body.
type Turn struct {
	Role Role
	Kind MarkerKind
	// Marker covers the marker as written: the newlines, the role word, the
	// colon and the single space after the colon when there is one (that
	// space is not content).
	Marker Span
	// Body is the content of the turn, up to the next marker or the end.
	Body Span
}

// A Conversation is a template parsed into system text and turns. Its spans
// tile the template: System, then each turn's Marker and Body, in order,
// cover every byte exactly once, so rendering them reproduces the prompt.
type Conversation struct {
	System Span
	Turns  []Turn
	// Labels are role words the API reads as text (after a single newline
	// or a CRLF blank line), in order, outside the tiling. Where the prompt
	// lacks the turn one was probably meant to start, Repair promotes it.
	Labels []Turn
	// Repaired lists the labels Repair promoted to turns.
	Repaired []Turn
}

// Prefill returns the final Assistant turn when it has a non-empty body: the
// text put in Claude's mouth.
func (c Conversation) Prefill(t Template) (Turn, bool) {
	if len(c.Turns) == 0 {
		return Turn{}, false
	}
	last := c.Turns[len(c.Turns)-1]
	if last.Role != Assistant || last.Body.Empty() {
		return Turn{}, false
	}
	return last, true
}

// Repair returns the conversation the author probably meant when the API
// rejects c for want of a first Human or a final Assistant turn that a label
// spelled with a single newline (or CRLF) would provide: the label after the
// last Human turn becomes the final Assistant turn, the label before the
// first Assistant turn the first Human turn. Labels elsewhere stay text, so
// a chat log quoted inside a turn is never split. c is returned unchanged
// when no label helps.
func Repair(t Template, c Conversation) Conversation {
	var promote []Turn
	if needsFinalAssistant(c) {
		after := Pos{}
		if k := lastRole(c, Human); k >= 0 {
			after = c.Turns[k].Marker.Start
		}
		for i := len(c.Labels) - 1; i >= 0; i-- {
			if l := c.Labels[i]; l.Role == Assistant && after.Less(l.Marker.Start) {
				promote = append(promote, l)
				break
			}
		}
	}
	if needsFirstHuman(t, c) {
		before := t.End()
		if len(c.Turns) > 0 {
			before = c.Turns[0].Marker.Start
		}
		if len(promote) > 0 && promote[0].Marker.Start.Less(before) {
			before = promote[0].Marker.Start
		}
		for _, l := range c.Labels {
			if l.Role == Human && l.Marker.Start.Less(before) {
				promote = append(promote, l)
				break
			}
		}
	}
	if len(promote) == 0 {
		return c
	}
	turns := append(slices.Clone(c.Turns), promote...)
	slices.SortFunc(turns, func(a, b Turn) int { return comparePos(a.Marker.Start, b.Marker.Start) })
	r := tile(t, turns)
	for _, l := range c.Labels {
		if !slices.ContainsFunc(promote, func(p Turn) bool { return p.Marker == l.Marker }) {
			r.Labels = append(r.Labels, l)
		}
	}
	for _, turn := range r.Turns {
		if !turn.Kind.isMarker() {
			r.Repaired = append(r.Repaired, turn)
		}
	}
	return r
}

// needsFinalAssistant reports whether the API rejects c for want of a final
// Assistant turn: there is none, or a Human turn follows the last one.
func needsFinalAssistant(c Conversation) bool {
	return len(c.Turns) == 0 || c.Turns[len(c.Turns)-1].Role != Assistant
}

// needsFirstHuman reports whether the API rejects c for want of a Human turn
// before the first Assistant turn. A hole in the system text may carry that
// turn, so such a prompt is not judged.
func needsFirstHuman(t Template, c Conversation) bool {
	if len(c.Turns) == 0 {
		return true
	}
	return c.Turns[0].Role != Human && !t.HasHole(c.System)
}

func lastRole(c Conversation, r Role) int {
	for k := len(c.Turns) - 1; k >= 0; k-- {
		if c.Turns[k].Role == r {
			return k
		}
	}
	return -1
}

func comparePos(a, b Pos) int {
	switch {
	case a.Less(b):
		return -1
	case b.Less(a):
		return 1
	}
	return 0
}
