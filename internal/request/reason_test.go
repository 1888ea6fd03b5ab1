package request

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReasonRendering(t *testing.T) {
	at := Place{token.Position{Filename: "/src/app/main.go", Line: 12, Column: 3}}
	err := NoFix(ResultEscapes, "fmt.Println", at)
	assert.Equal(t, "result escapes to fmt.Println at main.go:12", err.Error())
	var r *Reason
	require.True(t, errors.As(err, &r))
	assert.Equal(t, ResultEscapes, r.Code)
	assert.Equal(t, []Place{at}, r.Places())
	assert.Equal(t, "result escapes to … at …", r.Code.Summary(), "sites with the same obstacle read alike")
	assert.Equal(t, "prompt has no Human/Assistant turns", PromptNoTurns.Summary())
}

// TestEveryCodeHasAMessage: a code without a format would render as its
// bare name.
func TestEveryCodeHasAMessage(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "codes.go", nil, 0)
	require.NoError(t, err)
	consts := 0
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			for _, name := range spec.(*ast.ValueSpec).Names {
				consts++
				var code Code
				for c := range reasonFormats {
					if string(c) == strings.Trim(spec.(*ast.ValueSpec).Values[0].(*ast.BasicLit).Value, `"`) {
						code = c
					}
				}
				assert.NotEmpty(t, code, "%s has no message", name.Name)
			}
		}
	}
	assert.Equal(t, consts, len(reasonFormats), "one message per code")
	for code, format := range reasonFormats {
		assert.NotEmpty(t, format, code)
		assert.False(t, strings.HasSuffix(format, "."), "%s: messages have no trailing period", code)
	}
}
