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
			return "", reasonf("%s turn %d is empty", turn.Role, i+1)
		}
		e, err := f.expr(segs)
		if err != nil {
			return "", err
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
