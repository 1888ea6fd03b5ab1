// Package request is what the analyzer knows about a legacy request,
// wherever it came from (an SDK call, a hand-written body, a Bedrock call):
// the library and entry point that send it, the expression of each
// parameter, and, when it gets no rewrite, why (Reason).
package request

import (
	"fmt"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
)

// Code identifies why a request gets no rewrite. Codes are stable: reports
// group by them.
type Code string

// A Reason says why a request gets no rewrite, as a value: its code and the
// values its message names. Error renders it.
type Reason struct {
	Code Code
	Args []any
}

func (r *Reason) Error() string {
	format, ok := reasonFormats[r.Code]
	if !ok {
		return string(r.Code)
	}
	return fmt.Sprintf(format, r.Args...)
}

// Places returns the source places the reason names.
func (r *Reason) Places() []Place {
	var out []Place
	for _, a := range r.Args {
		if p, ok := a.(Place); ok {
			out = append(out, p)
		}
	}
	return out
}

// NoFix returns the Reason of code with its arguments, as an error.
func NoFix(code Code, args ...any) error { return &Reason{Code: code, Args: args} }

// A Place is a source position a reason names. It prints as file.go:12.
type Place struct {
	token.Position
}

func (p Place) String() string {
	return filepath.Base(p.Filename) + ":" + strconv.Itoa(p.Line)
}

// Summary renders the code's message with the names and places of one site
// left out, so that sites with the same obstacle read alike.
func (c Code) Summary() string {
	format, ok := reasonFormats[c]
	if !ok {
		return string(c)
	}
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' || i+1 == len(format) {
			b.WriteByte(format[i])
			continue
		}
		i++
		if format[i] == '%' {
			b.WriteByte('%')
			continue
		}
		b.WriteString("…")
	}
	return b.String()
}
