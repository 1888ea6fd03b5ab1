package promptcheck

// Marker spelling, decided here once for Parse, Check and the rewrite:
//
//   - Canonical: "Human:" or "Assistant:" preceded by two or more newlines.
//     The marker is the LAST two newlines, the role word and the colon (the
//     API's own "\n\nHuman:"); extra newlines before them stay with the
//     preceding text, so "a\n\n\nHuman:" has the body "a\n".
//   - SingleNewline: the role word preceded by exactly one newline, and
//     CRLF: preceded by "\r\n\r\n". Neither is a marker to the API: the
//     role word is text there (a quoted chat log inside a Human turn is
//     valid). They are kept as labels, which Repair may promote where the
//     prompt lacks the turn they were probably meant to start.
//   - Bare: the role word at byte 0 of the prompt. Leading whitespace makes
//     it ordinary text: the API's clean-up is documented only for a prompt
//     that starts with "Human:".
//
// A marker includes one space after the colon when there is one. Markers are
// found only inside literal pieces: a role word at the start of a piece that
// follows a hole is not a marker (the hole might end in anything), while
// newlines at the start of such a piece still count.

// roleWords are the role words of the format, with their colon.
var roleWords = [...]struct {
	role Role
	word string
}{
	{Human, "Human:"},
	{Assistant, "Assistant:"},
}

// Parse splits t into system text and turns the way the API reads it.
func Parse(t Template) Conversation {
	var turns, labels []Turn
	for _, m := range findMarkers(t) {
		if m.Kind.isMarker() {
			turns = append(turns, m)
		} else {
			labels = append(labels, m)
		}
	}
	c := tile(t, turns)
	c.Labels = labels
	return c
}

// tile builds the conversation whose turns start at the given markers.
func tile(t Template, turns []Turn) Conversation {
	c := Conversation{System: Span{End: t.End()}}
	if len(turns) > 0 {
		c.System.End = turns[0].Marker.Start
	}
	for k := range turns {
		end := t.End()
		if k+1 < len(turns) {
			end = turns[k+1].Marker.Start
		}
		turns[k].Body = Span{Start: turns[k].Marker.End, End: end}
	}
	c.Turns = turns
	return c
}

// findMarkers returns a turn, with only its marker filled in, for every turn
// marker of t, in order.
func findMarkers(t Template) []Turn {
	var turns []Turn
	for i, p := range t {
		if p.Hole {
			continue
		}
		s := p.Text
		for j := 0; j < len(s); j++ {
			role, word := roleAt(s, j)
			if role == 0 {
				continue
			}
			start, kind, ok := markerStart(s, i, j)
			if !ok {
				continue
			}
			end := j + len(word)
			if end < len(s) && s[end] == ' ' {
				end++
			}
			turns = append(turns, Turn{
				Role: role, Kind: kind,
				Marker: Span{Start: Pos{i, start}, End: Pos{i, end}},
			})
			j = end - 1
		}
	}
	return turns
}

// roleAt returns the role word that starts at s[j], if any.
func roleAt(s string, j int) (Role, string) {
	if s[j] != 'H' && s[j] != 'A' {
		return 0, ""
	}
	for _, r := range roleWords {
		if len(s)-j >= len(r.word) && s[j:j+len(r.word)] == r.word {
			return r.role, r.word
		}
	}
	return 0, ""
}

// markerStart decides whether the role word at s[j] (s being piece i) is a
// marker, and if so where the marker starts and how it is spelled.
func markerStart(s string, i, j int) (int, MarkerKind, bool) {
	if j >= 4 && s[j-4:j] == "\r\n\r\n" {
		return j - 4, CRLF, true
	}
	newlines := 0
	for newlines < 2 && j-newlines > 0 && s[j-newlines-1] == '\n' {
		newlines++
	}
	switch {
	case newlines == 2:
		return j - 2, Canonical, true
	case newlines == 1:
		return j - 1, SingleNewline, true
	case i == 0 && j == 0:
		return 0, Bare, true
	}
	return 0, 0, false
}
