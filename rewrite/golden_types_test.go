package rewrite_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/txtar"
)

// TestGoldensTypeCheck loads every fixture package with its X.go.golden in
// place of X.go, against the same SDK stub, and requires no type errors: a
// rewrite that does not compile fails here even when it matches its golden.
// A txtar golden is checked one section at a time.
func TestGoldensTypeCheck(t *testing.T) {
	pkgs := map[string]string{"v1/official": "", "v1/literal": ""}
	for name, root := range roots {
		pkgs[name+"/official"] = root
	}
	for name, root := range pkgs {
		t.Run(name, func(t *testing.T) {
			gopath := testdataDir(t, root)
			pkg := "rewrite/" + name[strings.Index(name, "/")+1:]
			dir := filepath.Join(gopath, "src", pkg)
			goldens, err := filepath.Glob(filepath.Join(dir, "*.go.golden"))
			require.NoError(t, err)
			require.NotEmpty(t, goldens, "no goldens in %s", dir)
			for i, overlay := range overlays(t, goldens) {
				assert.Empty(t, typeErrors(t, gopath, pkg, overlay), "overlay %d of %s", i, pkg)
			}
		})
	}
}

// overlays returns the file contents to load: one overlay with every plain
// golden, then one per section of each txtar golden.
func overlays(t *testing.T, goldens []string) []map[string][]byte {
	plain := map[string][]byte{}
	var sections []map[string][]byte
	for _, g := range goldens {
		data, err := os.ReadFile(g)
		require.NoError(t, err)
		src := strings.TrimSuffix(g, ".golden")
		ar := txtar.Parse(data)
		if len(ar.Files) == 0 {
			plain[src] = data
			continue
		}
		for _, f := range ar.Files {
			sections = append(sections, map[string][]byte{src: f.Data})
		}
	}
	if len(plain) == 0 {
		return sections
	}
	return append([]map[string][]byte{plain}, sections...)
}

func typeErrors(t *testing.T, gopath, pkg string, overlay map[string][]byte) []string {
	cfg := &packages.Config{
		Mode:    packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo | packages.NeedImports | packages.NeedDeps,
		Dir:     gopath,
		Env:     append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOWORK=off", "GOFLAGS="),
		Overlay: overlay,
	}
	loaded, err := packages.Load(cfg, pkg)
	require.NoError(t, err)
	require.Len(t, loaded, 1)
	var errs []string
	packages.Visit(loaded, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			errs = append(errs, e.Error())
		}
	})
	return errs
}
