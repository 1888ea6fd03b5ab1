package rewrite

import (
	"fmt"
	"go/token"
	"go/version"
	"strconv"
	"strings"

	"github.com/completelint/completelint/internal/request"

	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// fieldsOf spells the System (when system is not empty) and Messages
// fields with the given values.
func (f *sdkRewrite) fieldsOf(system, messages string) string {
	var fields []string
	if system != "" {
		fields = append(fields, "System: "+f.wrap(system))
	}
	fields = append(fields, "Messages: "+f.wrap(messages))
	return strings.Join(fields, ",\n")
}

// promptValues returns the values of the System ("" without system text)
// and Messages fields that carry the plan, unwrapped.
func (f *sdkRewrite) promptValues(p *plan) (system, messages string, err error) {
	if len(p.system) > 0 {
		e, err := f.expr(p.system)
		if err != nil {
			return "", "", err
		}
		system = f.system(e)
	}
	var msgs []string
	for _, m := range p.messages {
		if m.optional {
			continue // added by the statement of messagesDecl
		}
		e, err := f.messageText(m)
		if err != nil {
			return "", "", err
		}
		ctor := "NewUserMessage"
		if m.role == promptcheck.Assistant {
			ctor = "NewAssistantMessage"
		}
		msgs = append(msgs, f.qual(ctor)+"("+f.qual("NewTextBlock")+"("+e+")),\n")
	}
	return system, "[]" + f.qual("MessageParam") + "{\n" + strings.Join(msgs, "") + "}", nil
}

// messageText returns the Go expression of a message's text: its segments,
// trimmed at run time when it is a prefill ending in a hole (the Messages
// API rejects a prefill ending in whitespace, which the legacy API trimmed),
// and sent through a fallback when it is only holes that may be empty (the
// Messages API rejects an empty text block, which the legacy API took as an
// empty turn).
func (f *fixer) messageText(m message) (string, error) {
	e, err := f.expr(m.segs)
	if err != nil {
		return "", err
	}
	if m.trimRuntime {
		f.trimmed = true
		e = importMarker("strings") + `.TrimRight(` + e + `, " \t\r\n")`
	}
	if m.guard {
		e = f.nonEmpty(e)
		f.notes = append(f.notes, fmt.Sprintf("an empty %s is sent as %q, since the Messages API rejects empty text", f.holeNames(m.segs), emptyText))
	}
	return e, nil
}

// emptyText stands in for a turn that is empty at run time.
const emptyText = "(empty)"

// nonEmpty spells e, or emptyText when e is empty: cmp.Or where the
// package's Go version has it (1.22) and the name cmp is the package's or
// free in the file, else a function literal.
func (f *fixer) nonEmpty(e string) string {
	v := f.pass.TypesInfo.FileVersions[f.file]
	if v == "" {
		v = f.pass.Pkg.GoVersion()
	}
	if (v == "" || version.Compare(v, "go1.22") >= 0) && f.canImport("cmp") {
		f.imports = append(f.imports, "cmp")
		return importMarker("cmp") + ".Or(" + e + ", " + strconv.Quote(emptyText) + ")"
	}
	return "func(s string) string {\nif s == \"\" {\nreturn " + strconv.Quote(emptyText) + "\n}\nreturn s\n}(" + e + ")"
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
func (f *fixer) turnPosition(v strval.Value, turn promptcheck.Turn) request.Place {
	pos, ok := v.PosOf(turn.Marker.Start)
	if !ok {
		pos = f.sendNode().Pos()
	}
	return f.place(pos)
}

// system spells the System value for text expression e, unwrapped.
func (f *sdkRewrite) system(e string) string {
	elem := "{Text: " + e + "}"
	if f.shape.systemNewTextBlock {
		elem = f.qual("NewTextBlock") + "(" + e + ")"
	}
	return "[]" + f.qual("TextBlockParam") + "{" + elem + "}"
}

// wrap sets a field value in the SDK's style.
func (f *sdkRewrite) wrap(value string) string {
	if f.shape.wrapped {
		return f.qual("F") + "(" + value + ")"
	}
	return value
}

// optional returns the plan's message that is sent only when its text is
// not blank, if any.
func (p *plan) optional() *message {
	for i := range p.messages {
		if p.messages[i].optional {
			return &p.messages[i]
		}
	}
	return nil
}

// messagesDecl declares name as the plan's messages: a slice literal, and
// an append of the optional prefill when its trimmed text is not empty.
// at is where the statements go.
func (f *sdkRewrite) messagesDecl(p *plan, name string, at token.Pos) (string, error) {
	_, messages, err := f.promptValues(p)
	if err != nil {
		return "", err
	}
	decl := name + " := " + messages
	m := p.optional()
	if m == nil {
		return decl, nil
	}
	e, err := f.expr(m.segs)
	if err != nil {
		return "", err
	}
	text := f.freeLocal([]token.Pos{at}, "prefill", "prefillText", "assistantText")
	if text == "" {
		return "", request.NoFix(request.PromptNamesTaken, f.place(at))
	}
	f.trimmed = true
	f.notes = append(f.notes, fmt.Sprintf("the prefill %s is sent only when it is not blank, as the legacy API read no prefill then", f.holeNames(m.segs)))
	return decl + "\nif " + text + " := " + importMarker("strings") + ".TrimRight(" + e + `, " \t\r\n"); ` + text + ` != "" {` + "\n" +
		name + " = append(" + name + ", " + f.qual("NewAssistantMessage") + "(" + f.qual("NewTextBlock") + "(" + text + ")))\n}", nil
}
