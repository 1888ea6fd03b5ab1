package promptcheck

import (
	"fmt"
	"strings"
)

// adviceFindings reports prompts the API accepts that are almost certainly
// mistakes: turns that do not alternate, empty turns, a prompt wrapped in
// turns twice, and labels that look like turn markers but are not.
func adviceFindings(t Template, c Conversation) []Finding {
	fs, handled := wrappedTwiceFindings(t, c)
	for k, turn := range c.Turns {
		if k > 0 && !handled[k-1] && c.Turns[k-1].Role == turn.Role {
			fs = append(fs, RuleRepeatedRole.at(turn.Marker.Start, repeatedRoleMessage(turn.Role, k)))
		}
		if handled[k] || !emptyBody(t, turn) {
			continue
		}
		switch {
		case turn.Role == Human:
			fs = append(fs, RuleEmptyTurn.at(turn.Marker.Start,
				fmt.Sprintf("empty %s turn: the Human turn has no text", written(t, turn))))
		case k < len(c.Turns)-1:
			fs = append(fs, RuleEmptyTurn.at(turn.Marker.Start,
				fmt.Sprintf("empty %s turn before the end of the prompt: give it text or remove it", written(t, turn))))
		}
	}
	return append(fs, lookalikeFindings(t, c)...)
}

// wrappedTwiceFindings reports, once, a prompt whose turn markers are doubled:
// an empty turn followed by a turn of the same role, as when an already
// wrapped prompt is wrapped again. handled[k] is set for each such empty turn
// k, so that the other advice rules stay quiet about it.
func wrappedTwiceFindings(t Template, c Conversation) ([]Finding, []bool) {
	handled := make([]bool, len(c.Turns))
	var fs []Finding
	for k := 0; k+1 < len(c.Turns); k++ {
		turn, next := c.Turns[k], c.Turns[k+1]
		if turn.Role != next.Role || !emptyBody(t, turn) {
			continue
		}
		handled[k] = true
		if fs == nil {
			fs = []Finding{RuleWrappedTwice.at(turn.Marker.Start,
				fmt.Sprintf("%s is directly followed by another %s: the prompt looks wrapped in turns twice; remove the extra markers",
					written(t, turn), marker(next.Role)))}
		}
	}
	return fs, handled
}

func repeatedRoleMessage(r Role, k int) string {
	if r == Assistant {
		return `two "\n\nAssistant:" turns in a row: merge them or put a "\n\nHuman:" turn between them`
	}
	if k == 1 {
		return `two "\n\nHuman:" turns in a row: system text sent as a Human turn? put instructions before the first "\n\nHuman:" as a system prompt, or merge the turns`
	}
	return `two "\n\nHuman:" turns in a row: merge them or put a "\n\nAssistant:" turn between them`
}

// emptyBody reports whether turn's body is known to be only whitespace: a
// body with a hole may have text.
func emptyBody(t Template, turn Turn) bool {
	return !t.HasHole(turn.Body) && strings.TrimSpace(t.literal(turn.Body)) == ""
}
