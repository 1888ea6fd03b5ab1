package fixfmt

import (
	"strings"
	"testing"

	"github.com/aymanbagabas/go-udiff"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// confine applies one edit replacing old with new in before, formats the
// result with Source, and confines the formatting.
func confine(t *testing.T, before, old, new string) string {
	t.Helper()
	start := strings.Index(before, old)
	require.GreaterOrEqual(t, start, 0, "%q not in the file", old)
	edits := []udiff.Edit{{Start: start, End: start + len(old), New: new}}
	fixed, err := udiff.ApplyBytes([]byte(before), edits)
	require.NoError(t, err)
	formatted, err := Source(pkgOf(t, before), fixed)
	require.NoError(t, err)
	return string(Confine([]byte(before), fixed, formatted, Spans(edits)))
}

func TestConfine(t *testing.T) {
	const messy = "package m\n\nimport (\n\t\"strings\"\n\t\"fmt\"\n)\n\n" +
		"// Keep is styled by hand.\nfunc Keep( ) string {x:=strings.ToUpper( \"a\");return x}\n\n" +
		"// Fixed is what the fix rewrites.\nfunc Fixed() string {\n  return fmt.Sprint( \"old\" )\n}\n\n" +
		"var   after = 1\n"

	t.Run("a messy file is formatted only in the declarations the fix touched", func(t *testing.T) {
		got := confine(t, messy, `"old"`, `"new",  "more"`)
		assert.Contains(t, got, "func Keep( ) string {x:=strings.ToUpper( \"a\");return x}\n", "an untouched function keeps its bytes")
		assert.Contains(t, got, "var   after = 1\n", "an untouched declaration keeps its bytes")
		assert.Contains(t, got, "func Fixed() string {\n\treturn fmt.Sprint(\"new\", \"more\")\n}\n", "the touched function is gofmt'd")
		assert.Contains(t, got, "import (\n\t\"fmt\"\n\t\"strings\"\n)", "imports are sorted")
	})

	t.Run("imports the fix left unused go, even when the file was messy", func(t *testing.T) {
		got := confine(t, messy, `fmt.Sprint( "old" )`, `"new"`)
		assert.NotContains(t, got, `"fmt"`)
		assert.Contains(t, got, "func Keep( ) string {x:=strings.ToUpper( \"a\");return x}\n")
		assert.Contains(t, got, "func Fixed() string {\n\treturn \"new\"\n}\n")
	})

	t.Run("a gofmt-clean file is formatted whole, as -fix does", func(t *testing.T) {
		clean := "package m\n\nimport \"fmt\"\n\nfunc Fixed() string {\n\treturn fmt.Sprint(\"old\")\n}\n\nvar after = 1\n"
		got := confine(t, clean, `"old"`, `"new",  "more"`)
		assert.Equal(t, "package m\n\nimport \"fmt\"\n\nfunc Fixed() string {\n\treturn fmt.Sprint(\"new\", \"more\")\n}\n\nvar after = 1\n", got)
	})
}
