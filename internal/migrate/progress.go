package migrate

import (
	"fmt"
	"io"
)

// progress rewrites one status line on a terminal; it is silent when w is
// nil (the caller passes a writer only for a terminal).
type progress struct {
	w     io.Writer
	shown bool
}

func (p *progress) status(format string, args ...any) {
	if p.w == nil {
		return
	}
	// \r and "erase line" keep the status on one line.
	fmt.Fprintf(p.w, "\r\x1b[K"+format, args...)
	p.shown = true
}

// done clears the status line.
func (p *progress) done() {
	if p.w != nil && p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
