package promptcheck

// A Finding is one problem in a prompt.
type Finding struct {
	Category Category
	Message  string // lower-case, no trailing period
	// At is where the finding points: the first byte of the offending turn
	// marker (for a single-newline marker, the newline), or of the offending
	// text. Whole is set instead when the finding concerns the prompt as a
	// whole (empty prompt, no turns at all) and is reported at the prompt
	// expression.
	At    Pos
	Whole bool
}

// Parse splits t into system text and turns.
func Parse(t Template) Conversation {
	panic("unimplemented")
}

// Check runs every prompt rule on t. A fully unknown template (only holes)
// yields nothing; a rule that only the content of a hole could decide does not
// fire.
func Check(t Template) []Finding {
	panic("unimplemented")
}
