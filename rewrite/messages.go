package rewrite

import (
	"strings"

	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// promptFields returns the System (when there is system text) and Messages
// fields that replace Prompt, without a trailing comma.
func (f *fixer) promptFields(v strval.Value, conv promptcheck.Conversation) (string, error) {
	var fields []string
	if sys := f.segments(v, conv.System); !blank(sys) {
		e, err := f.expr(sys)
		if err != nil {
			return "", err
		}
		fields = append(fields, "System: "+f.system(e))
	}
	var msgs []string
	for i, turn := range conv.Turns {
		segs := f.segments(v, turn.Body)
		final := i == len(conv.Turns)-1
		if final {
			segs = trimRight(segs)
			if len(segs) == 0 {
				continue
			}
		}
		if blank(segs) {
			return "", reasonf("%s turn %d at %s is empty, which the Messages API rejects, and dropping it would change the conversation", turn.Role, i+1, f.turnPosition(v, turn))
		}
		e, err := f.expr(segs)
		if err != nil {
			return "", err
		}
		if last := segs[len(segs)-1].hole; final && turn.Role == promptcheck.Assistant && last != nil && !endsInNonSpace(last.Verb) {
			if e, err = f.trimPrefill(e, segs); err != nil {
				return "", err
			}
		}
		ctor := "NewUserMessage"
		if turn.Role == promptcheck.Assistant {
			ctor = "NewAssistantMessage"
		}
		msgs = append(msgs, f.qual(ctor)+"("+f.qual("NewTextBlock")+"("+e+")),\n")
	}
	list := "[]" + f.qual("MessageParam") + "{\n" + strings.Join(msgs, "") + "}"
	fields = append(fields, "Messages: "+f.wrap(list))
	return strings.Join(fields, ",\n"), nil
}

// trimPrefill trims at run time the prefill e that ends in a hole: the
// Messages API rejects a prefill ending in whitespace, which the legacy API
// trimmed from the prompt. A prefill of holes only may be empty at run time,
// which the Messages API rejects too, so it gets no rewrite.
func (f *fixer) trimPrefill(e string, segs []segment) (string, error) {
	if blank(literalSegments(segs)) {
		return "", reasonf("the prefill %s may be empty, which the Messages API rejects", f.src(segs[len(segs)-1].hole.Hole))
	}
	f.trimmed = true
	return importMarker("strings") + `.TrimRight(` + e + `, " \t\r\n")`, nil
}

// endsInNonSpace reports whether text formatted with verb cannot end in
// whitespace: a number, boolean, pointer or quoted string, not padded on
// the right.
func endsInNonSpace(verb string) bool {
	return verb != "" && !strings.Contains(verb, "-") && strings.ContainsAny(verb[len(verb)-1:], "bdoOxXeEfFgGtqpU")
}

func literalSegments(segs []segment) []segment {
	var lits []segment
	for _, s := range segs {
		if s.hole == nil {
			lits = append(lits, s)
		}
	}
	return lits
}

// turnPosition is the source position of a turn's marker.
func (f *fixer) turnPosition(v strval.Value, turn promptcheck.Turn) string {
	pos, ok := v.PosOf(turn.Marker.Start)
	if !ok {
		pos = f.req.Call.Pos()
	}
	return f.position(pos)
}

// system spells the System value for text expression e.
func (f *fixer) system(e string) string {
	elem := "{Text: " + e + "}"
	if f.shape.systemNewTextBlock {
		elem = f.qual("NewTextBlock") + "(" + e + ")"
	}
	return f.wrap("[]" + f.qual("TextBlockParam") + "{" + elem + "}")
}

// wrap sets a field value in the SDK's style.
func (f *fixer) wrap(value string) string {
	if f.shape.wrapped {
		return f.qual("F") + "(" + value + ")"
	}
	return value
}
