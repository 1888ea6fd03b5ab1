package promptcheck

import (
	"fmt"
	"strings"
)

// formatFindings reports what the API rejects.
//
// Holes are user text without markers. A template of holes and blank lines
// only is fully unknown and not judged; literal text with holes but no
// marker has no turns (metaPrompt + "\n\n" + content is the classic bug); a
// hole in the system text of a prompt with markers may carry the
// first turns, so "must start with Human" is not reported then.
//
// A role label after a single newline is text to the API. It is reported
// only where the prompt lacks the turn the label was probably meant to start
// (see Repair), at the label; the rest is judged on the repaired reading, so
// that one mistake gives one finding. A label right after a hole is judged
// all the same: the author spelled the marker with one newline, and user
// text that happens to end in a newline is the exception, not the design.
func formatFindings(t Template, c Conversation) []Finding {
	if t.Known() && t.literal(Span{End: t.End()}) == "" {
		return []Finding{{
			Category: PromptFormat, Whole: true,
			Message: fmt.Sprintf("prompt is empty; the API requires at least one %s turn and a final %s turn",
				marker(Human), marker(Assistant)),
		}}
	}
	r := Repair(t, c)
	if len(r.Turns) == 0 {
		if !t.Known() && strings.TrimSpace(t.literal(Span{End: t.End()})) == "" {
			return nil // nothing but holes (and blank lines): fully unknown
		}
		return []Finding{{
			Category: PromptFormat, Whole: true,
			Message: fmt.Sprintf("prompt has no turns; the API rejects it: wrap it as %s",
				`"\n\nHuman: ...\n\nAssistant:"`),
		}}
	}
	var fs []Finding
	for _, l := range r.Repaired {
		fs = append(fs, labelFinding(t, l))
	}
	fs = append(fs, firstTurnFindings(t, r)...)
	fs = append(fs, lastTurnFindings(r)...)
	return fs
}

// labelFinding reports a label that the prompt needs as a turn marker.
func labelFinding(t Template, l Turn) Finding {
	spelling := "is preceded by a single newline"
	if l.Kind == CRLF {
		spelling = `uses "\r\n" line endings`
	}
	missing := "a final " + marker(Assistant) + " turn"
	if l.Role == Human {
		missing = "a " + marker(Human) + " turn before the first " + marker(Assistant) + " turn"
	}
	return Finding{
		Category: PromptFormat, At: l.Marker.Start,
		Message: fmt.Sprintf("%s %s, so the API reads it as text and rejects the prompt for want of %s: use %s",
			written(t, l), spelling, missing, marker(l.Role)),
	}
}

// firstTurnFindings reports a conversation that does not start with a Human
// turn. The API's error reads "prompt must start with "\n\nHuman:" turn".
func firstTurnFindings(t Template, c Conversation) []Finding {
	first := c.Turns[0]
	if first.Role != Assistant || t.HasHole(c.System) {
		return nil
	}
	const must = `prompt must start with "\n\nHuman:" turn after an optional system prompt`
	msg := must + `: there is no "\n\nHuman:" turn`
	if hasRole(c, Human) {
		msg = must + `: an "\n\nAssistant:" turn comes before the first "\n\nHuman:" turn`
	}
	return []Finding{{Category: PromptFormat, At: first.Marker.Start, Message: msg}}
}

// lastTurnFindings reports a conversation that does not end with an Assistant
// turn. With no Assistant turn at all it points at the last marker, where
// "\n\nAssistant:" is missing after; otherwise at the first Human turn after
// the last Assistant turn. The API's error reads "prompt must end with
// "\n\nAssistant:" turn".
func lastTurnFindings(c Conversation) []Finding {
	const must = `prompt must end with "\n\nAssistant:" turn`
	last := len(c.Turns) - 1
	for last >= 0 && c.Turns[last].Role != Assistant {
		last--
	}
	switch {
	case last < 0:
		return []Finding{{
			Category: PromptFormat, At: c.Turns[len(c.Turns)-1].Marker.Start,
			Message: must + `: there is no "\n\nAssistant:" turn; end the prompt with "\n\nAssistant:"`,
		}}
	case last < len(c.Turns)-1:
		return []Finding{{
			Category: PromptFormat, At: c.Turns[last+1].Marker.Start,
			Message: must + `: this "\n\nHuman:" turn comes after the last "\n\nAssistant:" turn`,
		}}
	}
	return nil
}

func hasRole(c Conversation, r Role) bool {
	for _, turn := range c.Turns {
		if turn.Role == r {
			return true
		}
	}
	return false
}
