package promptcheck

import (
	"cmp"
	"slices"
	"strconv"
)

// A Finding is one problem in a prompt.
type Finding struct {
	Rule     *Rule
	Category Category // Rule.Category
	Message  string   // lower-case, no trailing period
	// At is where the finding points: the first byte of the offending turn
	// marker (for a single-newline marker, the newline), or of the offending
	// text. Whole is set instead when the finding concerns the prompt as a
	// whole (empty prompt, no turns at all) and is reported at the prompt
	// expression.
	At    Pos
	Whole bool
}

// Check runs every prompt rule on t. A fully unknown template (only holes)
// yields nothing; a rule that only the content of a hole could decide does not
// fire.
func Check(t Template) []Finding { return CheckParsed(t, Parse(t)) }

// CheckParsed is Check for a template already parsed into c, for callers
// that need the conversation too.
// The rules after the format rules judge the repaired reading (Repair), so
// that a prompt missing a turn for want of a newline is judged as meant.
func CheckParsed(t Template, c Conversation) []Finding {
	var fs []Finding
	fs = append(fs, formatFindings(t, c)...)
	r := Repair(t, c)
	fs = append(fs, sanitizedFindings(t, r)...)
	fs = append(fs, adviceFindings(t, r)...)
	return sortFindings(fs)
}

// sortFindings orders findings (whole-prompt ones first, then by position)
// and drops repeats of the same rule at the same place.
func sortFindings(fs []Finding) []Finding {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		switch {
		case a.Whole != b.Whole:
			if a.Whole {
				return -1
			}
			return 1
		case a.At != b.At:
			if a.At.Less(b.At) {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(a.Category, b.Category), cmp.Compare(a.Message, b.Message))
	})
	return slices.Compact(fs)
}

// marker is how a message names the canonical marker of a role.
func marker(r Role) string { return strconv.Quote("\n\n" + r.String() + ":") }

// written is how a message names a marker as the prompt spells it.
func written(t Template, turn Turn) string {
	s := t.literal(turn.Marker)
	if len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return strconv.Quote(s)
}

// Partial is the finding that says a prompt was checked in part, for a
// prompt too large to read whole: past its first whole bytes, only the ends
// of its lines were read when abridged is set (the turn markers are all
// there, so the rules ran), nothing otherwise (the rules did not run).
func Partial(whole int, abridged bool) Finding {
	size := strconv.Itoa(whole) + " bytes"
	if whole%(1<<20) == 0 {
		size = strconv.Itoa(whole>>20) + " MiB"
	}
	msg := "prompt is larger than " + size + ": it was checked in full up to there and by its turn markers after, not the text between them"
	if !abridged {
		msg = "prompt is too large to check: its turns were not checked"
	}
	return RulePartialCheck.whole(msg)
}
