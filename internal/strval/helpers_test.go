package strval

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// header makes the common imports usable in every snippet.
const header = `package p

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)
`

// footer makes the common imports used in every snippet.
const footer = `
var (
	_ = bytes.NewBuffer
	_ = json.NewEncoder
	_ = fmt.Sprint
	_ = io.WriteString
	_ = strings.Join
)

func use(...any) {}
`

var (
	stdOnce sync.Once
	stdImp  types.Importer
)

// depSrc is a second package whose constants are used across packages.
const depSrc = `package dep

const HumanPrompt = "\n\nHuman:"

type Model string

const ModelClaude2 Model = "claude-2"
`

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// snippet is a type-checked test package.
type snippet struct {
	fset *token.FileSet
	file *ast.File
	info *types.Info
	src  string
}

// load type-checks header+body; errors are tolerated when broken is set.
func load(t testing.TB, body string, broken bool) *snippet {
	t.Helper()
	stdOnce.Do(func() { stdImp = importer.Default() })
	fset := token.NewFileSet()
	depFile, err := parser.ParseFile(fset, "dep.go", depSrc, 0)
	require.NoError(t, err)
	dep, err := (&types.Config{Importer: stdImp}).Check("example.com/dep", fset, []*ast.File{depFile}, nil)
	require.NoError(t, err)
	imp := importerFunc(func(path string) (*types.Package, error) {
		if path == "example.com/dep" {
			return dep, nil
		}
		return stdImp.Import(path)
	})
	src := header + body + footer
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if !broken {
		require.NoError(t, err)
	}
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		FileVersions: map[*ast.File]string{},
	}
	var errs []error
	conf := types.Config{Importer: imp, Error: func(err error) { errs = append(errs, err) }}
	_, _ = conf.Check("example.com/p", fset, []*ast.File{f}, info)
	if !broken {
		require.Empty(t, errs)
	}
	return &snippet{fset: fset, file: f, info: info, src: src}
}

// uses returns the argument of each use(...) call, with its function.
func (s *snippet) uses() (args []ast.Expr, fns []ast.Node) {
	var stack []ast.Node
	ast.Inspect(s.file, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		if c, ok := n.(*ast.CallExpr); ok {
			if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "use" && len(c.Args) == 1 {
				var fn ast.Node
				for _, m := range stack {
					switch m.(type) {
					case *ast.FuncDecl, *ast.FuncLit:
						fn = m
					}
				}
				args = append(args, c.Args[0])
				fns = append(fns, fn)
			}
		}
		return true
	})
	return args, fns
}

// eval evaluates the only (or the last) use(...) argument of body.
func eval(t testing.TB, body string) (Value, *snippet) {
	t.Helper()
	s := load(t, body, false)
	args, fns := s.uses()
	require.NotEmpty(t, args, "no use(...) in snippet")
	return New(s.info).Eval(args[len(args)-1], fns[len(fns)-1]), s
}

// text renders an expression or statement as source.
func (s *snippet) text(n ast.Node) string {
	return s.src[s.fset.Position(n.Pos()).Offset:s.fset.Position(n.End()).Offset]
}

// describe renders pieces: quoted literals, holes as {expr verb} and
// statement holes as {stmt: expr}.
func (s *snippet) describe(v Value) []string {
	var out []string
	for _, p := range v.Pieces {
		switch {
		case !p.IsHole():
			out = append(out, fmt.Sprintf("%q", p.Text))
		case p.Stmt != nil:
			out = append(out, "{stmt: "+s.text(p.Hole)+"}")
		case p.Verb != "":
			out = append(out, "{"+s.text(p.Hole)+" "+p.Verb+"}")
		default:
			out = append(out, "{"+s.text(p.Hole)+"}")
		}
	}
	return out
}

// at returns "line:col" (relative to the body) of byte i of piece k.
func (s *snippet) at(v Value, k, i int) string {
	p := s.fset.Position(v.Pieces[k].Pos[i])
	return fmt.Sprintf("%d:%d", p.Line-strings.Count(header, "\n"), p.Column)
}

// defs renders the Defs statements.
func (s *snippet) defs(v Value) []string {
	var out []string
	for _, d := range v.Defs {
		out = append(out, s.text(d))
	}
	return out
}

// relPos renders a position as "line:col" relative to the body.
func relPos(s *snippet, p token.Pos) string {
	q := s.fset.Position(p)
	return fmt.Sprintf("%d:%d", q.Line-strings.Count(header, "\n"), q.Column)
}
