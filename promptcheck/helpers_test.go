package promptcheck

import "strings"

// tp builds a template: each part is literal text, except HolePlaceholder,
// which stands for a hole.
func tp(parts ...string) Template {
	var t Template
	for _, p := range parts {
		if p == HolePlaceholder {
			t = append(t, Piece{Hole: true})
		} else {
			t = append(t, Piece{Text: p})
		}
	}
	return t
}

// at returns the position of the first occurrence of sub in piece i of t,
// shifted by delta (for pointing inside the occurrence).
func at(t Template, i int, sub string, delta int) Pos {
	n := strings.Index(t[i].Text, sub)
	if n < 0 {
		panic("test bug: " + sub + " not in piece")
	}
	return Pos{Piece: i, Offset: n + delta}
}

// last is like at for the last occurrence.
func last(t Template, i int, sub string, delta int) Pos {
	n := strings.LastIndex(t[i].Text, sub)
	if n < 0 {
		panic("test bug: " + sub + " not in piece")
	}
	return Pos{Piece: i, Offset: n + delta}
}

const hole = HolePlaceholder
