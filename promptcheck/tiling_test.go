package promptcheck

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// assertTiles checks that c's spans cover t exactly once, in order, and that
// rendering them reproduces t.
func assertTiles(t testing.TB, tmpl Template, c Conversation) {
	t.Helper()
	next := Pos{}
	for k, s := range c.Spans() {
		if !assert.Equal(t, tmpl.Normalize(next), tmpl.Normalize(s.Start), "span %d does not start where the previous ended", k) {
			return
		}
		if !assert.False(t, s.End.Less(s.Start), "span %d ends before it starts", k) {
			return
		}
		next = s.End
	}
	assert.Equal(t, tmpl.Normalize(tmpl.End()), tmpl.Normalize(next), "spans do not reach the end")
	assert.Equal(t, tmpl.String(), Render(tmpl, c))
	var joined Template
	for _, s := range c.Spans() {
		joined = append(joined, tmpl.Slice(s)...)
	}
	assert.Equal(t, compact(tmpl), compact(joined), "slices do not reassemble the template")
}

// compact merges adjacent literal pieces and drops empty ones.
func compact(t Template) Template {
	var out Template
	for _, p := range t {
		switch {
		case p.Hole:
			out = append(out, p)
		case p.Text == "":
		case len(out) > 0 && !out[len(out)-1].Hole:
			out[len(out)-1].Text += p.Text
		default:
			out = append(out, p)
		}
	}
	return out
}
