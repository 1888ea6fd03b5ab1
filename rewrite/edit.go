package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/completelint/completelint/internal/request"
	"golang.org/x/tools/go/analysis"
)

// An editor collects the text edits of one fix in one function, and the
// imports and notes that go with them. Every mode of the rewrite edits
// through it.
type editor struct {
	pass    *analysis.Pass
	file    *ast.File
	fn      ast.Node              // innermost function containing the request
	parents map[ast.Node]ast.Node // parent of each node inside fn
	raw     []span                // raw string literals of the file
	edits   []analysis.TextEdit
	imports []string // packages the generated code names
	fmtPkg  string   // "fmt" once generated code calls fmt.Sprintf
	trimmed bool     // set once generated code calls strings.TrimRight
	// notes say what the rewrite changed to make the request acceptable.
	notes []string
}

type span struct{ pos, end token.Pos }

func (f *editor) replace(n ast.Node, text string) {
	f.edits = append(f.edits, analysis.TextEdit{Pos: n.Pos(), End: n.End(), NewText: []byte(text)})
}

func (f *editor) insert(pos token.Pos, text string) {
	f.edits = append(f.edits, analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)})
}

func (f *editor) delete(pos, end token.Pos) {
	f.edits = append(f.edits, analysis.TextEdit{Pos: pos, End: end})
}

// place returns the source place pos, as reasons name it.
func (f *editor) place(pos token.Pos) request.Place {
	return request.Place{Position: f.pass.Fset.Position(pos)}
}

// uses returns the identifiers that use obj inside the enclosing function.
func (f *editor) uses(obj types.Object) []*ast.Ident {
	var ids []*ast.Ident
	ast.Inspect(f.fn, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && obj != nil && f.pass.TypesInfo.Uses[id] == obj {
			ids = append(ids, id)
		}
		return true
	})
	return ids
}

// definingIdent returns the identifier that declares obj in the function.
func (f *editor) definingIdent(obj types.Object) *ast.Ident {
	var def *ast.Ident
	ast.Inspect(f.fn, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && obj != nil && f.pass.TypesInfo.Defs[id] == obj {
			def = id
		}
		return def == nil
	})
	return def
}

// definedBy reports whether id is declared by `id := value` or
// `var id = value` (a single name, no explicit type).
func (f *editor) definedBy(id *ast.Ident, value ast.Expr) bool {
	found := false
	ast.Inspect(f.fn, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.AssignStmt:
			found = found || s.Tok == token.DEFINE && len(s.Lhs) == 1 && len(s.Rhs) == 1 && s.Lhs[0] == id && ast.Unparen(s.Rhs[0]) == value
		case *ast.ValueSpec:
			found = found || s.Type == nil && len(s.Names) == 1 && len(s.Values) == 1 && s.Names[0] == id && ast.Unparen(s.Values[0]) == value
		}
		return !found
	})
	return found
}
