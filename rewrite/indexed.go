package rewrite

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// indexedSprintf reads a prompt that is fmt.Sprintf with a constant format
// whose verbs name their arguments ("%[1]s"), which the evaluator leaves
// whole: each verb becomes a hole of the argument it names, with the verb
// without its index. The rewrite then reads the arguments in the order of
// the format, as often as it names them, so every argument must be free of
// effects. ok is false for any other prompt, or a format that uses star
// widths, leaves an argument unused or names one that is missing.
func (f *fixer) indexedSprintf(v strval.Value) (strval.Value, promptcheck.Conversation, bool) {
	if len(v.Pieces) != 1 || !v.Pieces[0].IsHole() || v.Pieces[0].Verb != "" {
		return v, promptcheck.Conversation{}, false
	}
	call, ok := ast.Unparen(v.Pieces[0].Hole).(*ast.CallExpr)
	if !ok || !f.isFmtFunc(call, "Sprintf") || len(call.Args) < 2 || call.Ellipsis.IsValid() {
		return v, promptcheck.Conversation{}, false
	}
	format := f.constValue(call.Args[0])
	if format == nil || !strings.Contains(*format, "%[") {
		return v, promptcheck.Conversation{}, false
	}
	args := call.Args[1:]
	pieces, used, ok := indexedPieces(*format, args, call.Args[0].Pos())
	if !ok {
		return v, promptcheck.Conversation{}, false
	}
	for i, a := range args {
		if !used[i] || !f.effectFree(a) {
			return v, promptcheck.Conversation{}, false
		}
	}
	out := strval.Value{Pieces: mergeText(pieces)}
	t := out.Template()
	return out, promptcheck.Repair(t, promptcheck.Parse(t)), true
}

// indexedPieces splits a format into literal pieces and holes of the
// arguments its verbs take, in fmt's order: a verb without an index takes
// the argument after the previous one. used says which arguments a verb
// took. Every literal byte is placed at pos, the format's position.
func indexedPieces(format string, args []ast.Expr, pos token.Pos) (pieces []strval.Piece, used []bool, ok bool) {
	used = make([]bool, len(args))
	text := func(s string) {
		p := make([]token.Pos, len(s))
		for i := range p {
			p[i] = pos
		}
		pieces = append(pieces, strval.Piece{Text: s, Pos: p})
	}
	next := 0
	for i := 0; i < len(format); {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			text(format[i:])
			break
		}
		if j > 0 {
			text(format[i : i+j])
		}
		i += j + 1
		if i < len(format) && format[i] == '%' {
			text("%")
			i++
			continue
		}
		k := i
		for k < len(format) && strings.IndexByte("+-# 0123456789.", format[k]) >= 0 {
			k++
		}
		flags := format[i:k]
		if k < len(format) && format[k] == '[' {
			end := strings.IndexByte(format[k:], ']')
			if end < 0 {
				return nil, nil, false
			}
			n, err := strconv.Atoi(format[k+1 : k+end])
			if err != nil || n < 1 || n > len(args) {
				return nil, nil, false
			}
			next = n - 1
			k += end + 1
		}
		if k >= len(format) || format[k] == '*' || format[k] == '[' || next >= len(args) {
			return nil, nil, false
		}
		_, size := utf8.DecodeRuneInString(format[k:])
		pieces = append(pieces, strval.Piece{Hole: args[next], Verb: "%" + flags + format[k:k+size]})
		used[next] = true
		next++
		i = k + size
	}
	return pieces, used, true
}
