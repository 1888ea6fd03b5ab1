package promptcheck

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
	// SingleNewline is "\nHuman:" / "\nAssistant:": rejected by the API, but
	// read as a turn by its clean-up rules and by the rewrite.
	SingleNewline
	// Bare is "Human:" at the very start of the prompt, without newlines:
	// accepted only because the server prepends "\n\n".
	Bare
)

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
