package promptcheck

import (
	"fmt"
	"strconv"
	"strings"
)

// lookalikeRoles maps the lower-case labels people use instead of the turn
// markers to the role they meant.
var lookalikeRoles = map[string]Role{
	"human": Human, "user": Human, "h": Human,
	"assistant": Assistant, "ai": Assistant, "a": Assistant, "claude": Assistant, "bot": Assistant,
}

// lookalikeFindings reports lines that start with a label such as "User:",
// "AI:" or "Assistant :" where a turn marker was meant. The role words
// themselves, misspelt ("\n\nhuman:", "\n\n Human:", "Assistant :"), are
// reported after any newline; the other labels only at the start of the
// prompt or after a blank line, where a marker would be (few-shot transcripts
// like "Q: ...\nA: ..." inside a turn are legitimate). The single letters must
// be upper-case. A label at the start of a piece that follows a hole is not
// judged: the line may not start there.
func lookalikeFindings(t Template, c Conversation) []Finding {
	real := make(map[Pos]bool, len(c.Turns))
	for _, turn := range c.Turns {
		real[turn.Marker.Start] = true
	}
	var fs []Finding
	for i, p := range t {
		if p.Hole {
			continue
		}
		s := p.Text
		for j := 0; j <= len(s); j++ {
			atStart := i == 0 && j == 0
			if !atStart && (j == 0 || s[j-1] != '\n') {
				continue
			}
			if f, ok := lookalikeAt(s, i, j, atStart, real); ok {
				fs = append(fs, f)
			}
		}
	}
	return fs
}

// lookalikeAt judges the line that starts at s[j] in piece i.
func lookalikeAt(s string, i, j int, atStart bool, real map[Pos]bool) (Finding, bool) {
	k := skipBlanks(s, j)
	w := k
	for w < len(s) && isLetter(s[w]) {
		w++
	}
	colon := skipBlanks(s, w)
	if w == k || colon >= len(s) || s[colon] != ':' {
		return Finding{}, false
	}
	word := s[k:w]
	role, ok := lookalikeRoles[strings.ToLower(word)]
	if !ok || len(word) == 1 && word != strings.ToUpper(word) {
		return Finding{}, false
	}
	// The marker as written starts at the newlines before the line (at most
	// two, like a canonical marker).
	start, newlines := j, 0
	for newlines < 2 && start > 0 && s[start-1] == '\n' {
		start--
		newlines++
	}
	if real[Pos{i, start}] || k == j && colon == w && word == role.String() {
		// The role word of a parsed marker, or spelled exactly after a
		// single newline: a label, which Parse keeps and the format rules
		// judge.
		return Finding{}, false
	}
	isRoleWord := strings.EqualFold(word, role.String())
	if !isRoleWord && !atStart && newlines < 2 {
		return Finding{}, false
	}
	return Finding{
		Category: PromptAdvice, At: Pos{i, start},
		Message: fmt.Sprintf("%s is not a turn marker; the API only knows %s and %s: use %s",
			strconv.Quote(s[k:colon+1]), marker(Human), marker(Assistant), marker(role)),
	}, true
}

func skipBlanks(s string, j int) int {
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	return j
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }
