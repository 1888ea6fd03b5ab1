package analyzer_test

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/completelint/completelint/analyzer"
)

// loadGOPATH loads patterns from the GOPATH tree at gopath, the way
// analysistest does.
func loadGOPATH(t *testing.T, gopath string, patterns ...string) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax | packages.NeedModule,
		Dir:   filepath.Join(gopath, "src"),
		Tests: true,
		Env:   append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOPROXY=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	require.NoError(t, err)
	return pkgs
}

// analyze runs a on pkgs with the go/analysis checker; a panic is returned
// as an error with its stack, not a crash of the test binary.
func analyze(a *analysis.Analyzer, pkgs []*packages.Package) (graph *checker.Graph, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	return checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
}

// degradations take type information away, as type errors do: an
// expression without a type, an identifier without an object, invalid
// types, method values without a selection.
// With wrappers set, the degradation is also run with -wrappers (facts),
// which takes longer.
var degradations = []struct {
	name     string
	wrappers bool
	degrade  func(info *types.Info)
}{
	{"no expression types", false, func(info *types.Info) { clear(info.Types) }},
	{"no uses", false, func(info *types.Info) { clear(info.Uses) }},
	{"no selections", false, func(info *types.Info) { clear(info.Selections) }},
	{"invalid types", false, func(info *types.Info) {
		for e, tv := range info.Types {
			tv.Type = types.Typ[types.Invalid]
			tv.Value = nil
			info.Types[e] = tv
		}
	}},
	{"every other entry", true, func(info *types.Info) {
		deleteOdd(info.Types)
		deleteOdd(info.Uses)
		deleteOdd(info.Defs)
		deleteOdd(info.Selections)
	}},
	{"nothing", true, func(info *types.Info) {
		clear(info.Types)
		clear(info.Uses)
		clear(info.Defs)
		clear(info.Selections)
		clear(info.Implicits)
		clear(info.Instances)
	}},
}

// deleteOdd deletes the entries of m whose node starts at an odd position.
func deleteOdd[K interface {
	comparable
	ast.Node
}, V any](m map[K]V) {
	maps.DeleteFunc(m, func(n K, _ V) bool { return n.Pos()%2 == 1 })
}

// TestMissingTypeInformation runs the analyzer, with and without
// -wrappers, on every fixture package with its type information taken
// away in each of the ways type errors do. It must report what it can and
// never panic.
func TestMissingTypeInformation(t *testing.T) {
	gopath := testdataDir(t)
	patterns := fixturePackages(t, filepath.Join(gopath, "src"))
	require.NotEmpty(t, patterns)
	pkgs := loadGOPATH(t, gopath, patterns...)
	// Each degradation starts from the complete information.
	var infos []*types.Info
	var saved []types.Info
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.TypesInfo != nil && !strings.HasPrefix(p.PkgPath, "github.com/") {
			infos = append(infos, p.TypesInfo)
			saved = append(saved, cloneInfo(p.TypesInfo))
		}
	})
	full := countDiagnostics(t, analyzer.New(analyzer.Config{Today: today}), pkgs)
	require.NotZero(t, full)
	for _, d := range degradations {
		for _, wrappers := range []bool{false, true} {
			if wrappers && !d.wrappers {
				continue
			}
			t.Run(fmt.Sprintf("%s/wrappers=%v", d.name, wrappers), func(t *testing.T) {
				for i, info := range infos {
					*info = cloneInfo(&saved[i])
					d.degrade(info)
				}
				n := countDiagnostics(t, analyzer.New(analyzer.Config{Today: today, Wrappers: wrappers}), pkgs)
				t.Logf("%d diagnostics (%d with complete information)", n, full)
			})
		}
	}
}

// countDiagnostics runs a on pkgs and counts the diagnostics of the roots.
// Every analysis must succeed.
func countDiagnostics(t *testing.T, a *analysis.Analyzer, pkgs []*packages.Package) int {
	t.Helper()
	graph, err := analyze(a, pkgs)
	require.NoError(t, err)
	n := 0
	for act := range graph.All() {
		assert.NoError(t, act.Err, "%s", act)
		if act.IsRoot {
			n += len(act.Diagnostics)
		}
	}
	return n
}

// cloneInfo copies the maps of info that degradations change.
func cloneInfo(info *types.Info) types.Info {
	c := *info
	c.Types = maps.Clone(info.Types)
	c.Uses = maps.Clone(info.Uses)
	c.Defs = maps.Clone(info.Defs)
	c.Selections = maps.Clone(info.Selections)
	c.Implicits = maps.Clone(info.Implicits)
	c.Instances = maps.Clone(info.Instances)
	return c
}

// TestBrokenDependencies analyses every fixture package against copies of
// the libraries whose basic types are undefined, as when a dependency no
// longer compiles: every field and result of type string, int64 or float64
// is invalid. Nothing may panic; the packages that still type-check are
// analysed, and the legacy calls found by their entry points are still
// found.
func TestBrokenDependencies(t *testing.T) {
	gopath := t.TempDir()
	src := filepath.Join(testdataDir(t), "src")
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if strings.HasPrefix(filepath.ToSlash(rel), "github.com/") && strings.HasSuffix(path, ".go") {
			data = undefineBasicTypes(t, path, data)
		}
		dst := filepath.Join(gopath, "src", rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	require.NoError(t, err)
	patterns := fixturePackages(t, filepath.Join(gopath, "src"))
	pkgs := loadGOPATH(t, gopath, patterns...)
	broken := 0
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if strings.HasPrefix(p.PkgPath, "github.com/") && len(p.Errors) > 0 {
			broken++
		}
	})
	require.NotZero(t, broken, "the libraries must not type-check")

	for _, wrappers := range []bool{false, true} {
		t.Run(fmt.Sprintf("wrappers=%v", wrappers), func(t *testing.T) {
			graph, err := analyze(analyzer.New(analyzer.Config{Today: today, Wrappers: wrappers}), pkgs)
			require.NoError(t, err)
			legacy := map[string]int{}
			for _, act := range graph.Roots {
				if act.Err != nil {
					// With facts a broken package fails no importer: it
					// is skipped without an error.
					assert.False(t, wrappers, "%s: %v", act, act.Err)
					assert.ErrorContains(t, act.Err, "analysis skipped due to errors in package", "%s", act)
					assert.NotEmpty(t, act.Package.Errors, "%s is skipped only for errors of its own", act)
					continue
				}
				for _, d := range act.Diagnostics {
					if d.Category == "legacy-api" {
						legacy[act.Package.PkgPath]++
					}
				}
			}
			t.Logf("legacy-api findings by package: %v", legacy)
			// The calls fixture's requests go through the official SDK's
			// entry points, which keep their identity when their
			// parameter types break.
			assert.NotZero(t, legacy["calls"], "legacy calls of a broken SDK: %v", legacy)
		})
	}
}

// TestOwnErrors: a package whose own files do not parse is skipped, the way
// the go/analysis checker skips one that does not type-check (with
// -wrappers, without an error, which would fail its importers); a package
// that imports it is analysed.
func TestOwnErrors(t *testing.T) {
	gopath := t.TempDir()
	write := func(rel, src string) {
		path := filepath.Join(gopath, "src", filepath.FromSlash(rel))
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
	}
	const ask = `
import (
	"bytes"
	"net/http"
)

func Ask(base string) (*http.Response, error) {
	return http.Post(base+"/v1/complete", "application/json", bytes.NewReader(nil))
}
`
	// A go statement without a call: a parse error that leaves no type
	// error behind.
	write("broken/broken.go", "package broken\n"+ask+"\nfunc G() { go }\n")
	write("app/ask.go", "package app\n"+ask)
	write("app/app.go", "package app\n\nimport \"broken\"\n\nvar _ = broken.Version\n")
	write("broken/version.go", "package broken\n\nconst Version = 1\n")
	pkgs := loadGOPATH(t, gopath, "broken", "app")
	for _, wrappers := range []bool{false, true} {
		t.Run(fmt.Sprintf("wrappers=%v", wrappers), func(t *testing.T) {
			graph, err := analyze(analyzer.New(analyzer.Config{Today: today, Wrappers: wrappers}), pkgs)
			require.NoError(t, err)
			got := map[string]string{}
			for _, act := range graph.Roots {
				switch {
				case act.Err != nil:
					got[act.Package.ID] = act.Err.Error()
				default:
					got[act.Package.ID] = fmt.Sprintf("%d diagnostics", len(act.Diagnostics))
				}
			}
			want := map[string]string{"broken": "analysis skipped due to errors in package", "app": "1 diagnostics"}
			if wrappers {
				want["broken"] = "0 diagnostics"
			}
			assert.Equal(t, want, got)
		})
	}
}

// undefineBasicTypes renames the identifiers string, int64 and float64 of a
// Go file to undefined names.
func undefineBasicTypes(t *testing.T, name string, src []byte) []byte {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
	require.NoError(t, err)
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && (id.Name == "string" || id.Name == "int64" || id.Name == "float64") {
			id.Name = "undefined_" + id.Name
		}
		return true
	})
	var b bytes.Buffer
	require.NoError(t, format.Node(&b, fset, f))
	return b.Bytes()
}
