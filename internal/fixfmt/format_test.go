package fixfmt

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pkgOf type-checks src, the file before a fix, as the package whose
// imports name the non-renaming imports.
func pkgOf(t *testing.T, src string) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "a.go", src, 0)
	require.NoError(t, err)
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("example.com/m", fset, []*ast.File{f}, nil)
	require.NoError(t, err)
	return pkg
}

func TestSource(t *testing.T) {
	before := "package m\n\nimport (\n\t\"strings\"\n\t\"fmt\"\n\t_ \"embed\"\n\tstr \"strconv\"\n)\n\nvar _ = fmt.Sprint(strings.ToUpper(\"x\"), str.Itoa(1))\n"
	pkg := pkgOf(t, before)
	tests := []struct {
		name, fixed, want string
	}{{
		name:  "formats and sorts imports",
		fixed: "package m\n\nimport (\n\t\"strings\"\n\t\"fmt\"\n\t_ \"embed\"\n\tstr \"strconv\"\n)\n\nvar _ = fmt.Sprint( strings.ToUpper(\"x\"),str.Itoa(0X1))\n",
		want:  "package m\n\nimport (\n\t_ \"embed\"\n\t\"fmt\"\n\tstr \"strconv\"\n\t\"strings\"\n)\n\nvar _ = fmt.Sprint(strings.ToUpper(\"x\"), str.Itoa(0x1))\n",
	}, {
		name:  "removes imports the fix left unused, renamed or not; keeps blank ones",
		fixed: "package m\n\nimport (\n\t\"strings\"\n\t\"fmt\"\n\t_ \"embed\"\n\tstr \"strconv\"\n)\n\nvar _ = fmt.Sprint(\"X\", 1)\n",
		want:  "package m\n\nimport (\n\t_ \"embed\"\n\t\"fmt\"\n)\n\nvar _ = fmt.Sprint(\"X\", 1)\n",
	}, {
		name:  "keeps an import the package did not reach: its name is unknown",
		fixed: "package m\n\nimport (\n\t\"net/http\"\n\t\"strings\"\n\t\"fmt\"\n\t_ \"embed\"\n\tstr \"strconv\"\n)\n\nvar _ = fmt.Sprint(strings.ToUpper(\"x\"), str.Itoa(1))\n",
		want:  "package m\n\nimport (\n\t_ \"embed\"\n\t\"fmt\"\n\t\"net/http\"\n\tstr \"strconv\"\n\t\"strings\"\n)\n\nvar _ = fmt.Sprint(strings.ToUpper(\"x\"), str.Itoa(1))\n",
	}, {
		name:  "a local name shadowing the import does not keep it",
		fixed: "package m\n\nimport (\n\t\"strings\"\n\t\"fmt\"\n\t_ \"embed\"\n\tstr \"strconv\"\n)\n\nvar _ = func(strings int) string { return fmt.Sprint(strings, str.Itoa(1)) }\n",
		want:  "package m\n\nimport (\n\t_ \"embed\"\n\t\"fmt\"\n\tstr \"strconv\"\n)\n\nvar _ = func(strings int) string { return fmt.Sprint(strings, str.Itoa(1)) }\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Source(pkg, []byte(tt.fixed))
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}

func TestSourceDoesNotParse(t *testing.T) {
	_, err := Source(nil, []byte("package m\n\nvar x = \n"))
	assert.Error(t, err)
}
