package strval

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"strings"
	"unicode/utf8"
)

// A FormatItem is a literal run of a fmt format, or one verb.
type FormatItem struct {
	From, To int    // the run format[From:To]; for %%, the first %
	Verb     string // the verb as written, "" for literal text
}

// ParseFormat splits a fmt format into literal runs and verbs. ok is false
// for what static evaluation does not follow: explicit argument indexes,
// * widths and a format that ends inside a verb.
func ParseFormat(f string) (items []FormatItem, verbs int, ok bool) {
	start := 0
	for i := 0; i < len(f); {
		if f[i] != '%' {
			i++
			continue
		}
		if start < i {
			items = append(items, FormatItem{From: start, To: i})
		}
		if i+1 < len(f) && f[i+1] == '%' {
			items = append(items, FormatItem{From: i, To: i + 1})
			i += 2
			start = i
			continue
		}
		j := i + 1
		for j < len(f) && strings.IndexByte("+-# 0123456789.", f[j]) >= 0 {
			j++
		}
		if j >= len(f) || f[j] == '*' || f[j] == '[' {
			return nil, 0, false
		}
		_, size := utf8.DecodeRuneInString(f[j:])
		items = append(items, FormatItem{From: i, To: j + size, Verb: f[i : j+size]})
		verbs++
		i = j + size
		start = i
	}
	if start < len(f) {
		items = append(items, FormatItem{From: start, To: len(f)})
	}
	return items, verbs, true
}

// sprintf follows fmt.Sprintf(format, args...) with a constant format. It
// reports false, having appended nothing, when it gives up.
func (ev *Evaluator) sprintf(a *acc, format ast.Expr, args []ast.Expr) bool {
	fa := &acc{}
	ev.expr(fa, format)
	f, fpos, read, ok := fa.literal()
	if !ok || read != len(f) {
		return false
	}
	items, verbs, ok := ParseFormat(f)
	if !ok || verbs != len(args) {
		return false
	}
	next := 0
	for _, it := range items {
		if it.Verb == "" {
			for i := it.From; i < it.To; i++ {
				a.addByte(f[i], fpos[i])
			}
			continue
		}
		ev.verb(a, it.Verb, args[next])
		next++
	}
	a.defs = append(a.defs, fa.defs...)
	return true
}

// verb appends what verb makes of arg.
func (ev *Evaluator) verb(a *acc, verb string, arg ast.Expr) {
	t := ev.info.TypeOf(arg)
	if t == nil {
		a.addHole(arg, verb, nil)
		return
	}
	if (verb == "%s" || verb == "%v") && IsString(t) && !HasFormatMethod(t) {
		// Formatting is the identity: follow the operand.
		sub := &acc{}
		ev.expr(sub, arg)
		if sub.isHoleOf(arg) {
			if sub.pieces[0].Entry {
				a.addEntry(arg, verb)
			} else {
				a.addHole(arg, verb, nil)
			}
			return
		}
		a.addAcc(sub)
		return
	}
	if text, ok := formatConst(verb, ev.info.Types[arg]); ok {
		a.addString(text, arg.Pos())
		return
	}
	a.addHole(arg, verb, nil)
}

// formatConst formats a constant of a basic type as fmt would.
func formatConst(verb string, tv types.TypeAndValue) (string, bool) {
	if tv.Value == nil || tv.Type == nil || strings.ContainsAny(verb[len(verb)-1:], "Tp") {
		return "", false
	}
	b, ok := types.Default(tv.Type).(*types.Basic)
	if !ok {
		return "", false
	}
	v := tv.Value
	var x any
	switch k := b.Kind(); {
	case k == types.Bool:
		x = constant.BoolVal(v)
	case k == types.String:
		x = constant.StringVal(v)
	case k == types.Float64:
		f, _ := constant.Float64Val(v)
		x = f
	case b.Info()&types.IsInteger != 0 && b.Info()&types.IsUnsigned == 0:
		i, exact := constant.Int64Val(v)
		if !exact {
			return "", false
		}
		x = i
	default:
		return "", false
	}
	return fmt.Sprintf(verb, x), true
}

// runeConst returns the constant integer value of e.
func (ev *Evaluator) runeConst(e ast.Expr) (rune, bool) {
	tv := ev.info.Types[e]
	if tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	r, ok := constant.Int64Val(tv.Value)
	return rune(r), ok
}
