package promptcheck

import "fmt"

// sanitizedFindings reports what the API accepts only because its clean-up
// rewrites the prompt first (documented as not to be relied on).
//
// Trailing whitespace: the API's documentation lists
// "\n\nHuman: Hello, Claude:\n\nAssistant: " (a single space) as sanitized,
// so the space after the final "Assistant:" is reported too, although it
// belongs to the marker span everywhere else. Whitespace that a hole at the
// end might or might not add is not judged.
func sanitizedFindings(t Template, c Conversation) []Finding {
	var fs []Finding
	if len(c.Turns) > 0 && c.Turns[0].Kind == Bare && c.Turns[0].Role == Human {
		fs = append(fs, RuleBareHuman.at(c.Turns[0].Marker.Start,
			`prompt starts with "Human:" without the leading "\n\n"; the API adds it today but may stop: start with "\n\nHuman:"`))
	}
	if f, ok := trailingSpaceFinding(t, c); ok {
		fs = append(fs, f)
	}
	return fs
}

// trailingSpaceFinding reports whitespace at the end of a prompt whose last
// turn is an Assistant turn.
func trailingSpaceFinding(t Template, c Conversation) (Finding, bool) {
	if len(c.Turns) == 0 || len(t) == 0 || t[len(t)-1].Hole {
		return Finding{}, false
	}
	last := c.Turns[len(c.Turns)-1]
	if last.Role != Assistant {
		return Finding{}, false
	}
	afterColon := last.Marker.End // markers are non-empty literal text
	if t[afterColon.Piece].Text[afterColon.Offset-1] == ' ' {
		afterColon.Offset--
	}
	// Walk back over the trailing whitespace of the last piece; markers live
	// in literal pieces, so the final Assistant marker is in it or before it.
	i := len(t) - 1
	s := t[i].Text
	j := len(s)
	stop := 0
	if afterColon.Piece == i {
		stop = afterColon.Offset
	}
	for j > stop && isSpace(s[j-1]) {
		j--
	}
	switch {
	case j == len(s):
		return Finding{}, false
	case afterColon.Piece == i && j == afterColon.Offset:
		return RuleSpaceAfterAssistant.at(Pos{i, j},
			fmt.Sprintf(`whitespace after the final %s; the API trims it today but may stop: end the prompt with %s`,
				written(t, last), marker(Assistant))), true
	}
	return RulePrefillTrailingSpace.at(Pos{i, j},
		`the prefill after the final "\n\nAssistant:" ends in whitespace; the API trims it today and the Messages API rejects it: remove the trailing whitespace`), true
}
