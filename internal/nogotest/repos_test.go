package nogotest

// Laying out the repositories that testdata/bazel/WORKSPACE names, from what
// is on the machine: Debian's Bazel libraries, rules_go and x/tools from the
// module cache, and completelint from this checkout.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// rulesGoVersion is the last rules_go release that supports Bazel 4.2
// (v0.35.0 requires Bazel 5.1). Its patch (in testdata/bazel) makes
// it build with Go 1.20+ and x/tools v0.5+; see the README's "Bazel / nogo".
const rulesGoVersion = "v0.34.0"

// debianBazelLibs are the repositories that Debian's bazel-skylib,
// bazel-platforms and bazel-rules-java packages install. rules_cc is
// testdata/bazel/rules_cc: Debian's bazel-rules-cc needs a newer Bazel.
var debianBazelLibs = map[string]string{
	"bazel_skylib": "/usr/share/bazel/tools/skylib",
	"platforms":    "/usr/share/bazel/tools/platforms",
	"rules_java":   "/usr/share/bazel/rules/java",
}

// layRepos fills dir with the repositories of the test workspace.
func layRepos(t *testing.T, root, dir string) {
	t.Helper()
	require.NoError(t, os.RemoveAll(dir))
	require.NoError(t, os.MkdirAll(dir, 0o755))
	for name, src := range debianBazelLibs {
		require.NoError(t, os.Symlink(src, filepath.Join(dir, name)))
	}

	require.NoError(t, os.CopyFS(filepath.Join(dir, "rules_cc"), os.DirFS(filepath.Join(root, "testdata", "bazel", "rules_cc"))))

	rulesGo := filepath.Join(dir, "io_bazel_rules_go")
	src := goOutput(t, root, "mod", "download", "-json", "github.com/bazelbuild/rules_go@"+rulesGoVersion)
	var mod struct{ Dir, Error string }
	require.NoError(t, json.Unmarshal(src, &mod))
	require.Empty(t, mod.Error, "downloading rules_go")
	require.NoError(t, os.CopyFS(rulesGo, os.DirFS(mod.Dir)))
	patch := exec.Command("patch", "-p1", "--quiet", "-i", filepath.Join(root, "testdata", "bazel", "rules_go-"+rulesGoVersion+".patch"))
	patch.Dir = rulesGo
	out, err := patch.CombinedOutput()
	require.NoError(t, err, "patching rules_go: %s", out)

	// The analyzer's dependencies, and what the patched nogo main imports.
	genRepos(t, root, dir, "./analyzer", "golang.org/x/tools/go/gcexportdata", "golang.org/x/tools/internal/facts")
}

// listed is the part of `go list -json` that genRepos uses.
type listed struct {
	ImportPath string
	Dir        string
	Standard   bool
	GoFiles    []string
	EmbedFiles []string
	Imports    []string
	Module     *struct{ Path string }
}

// genRepos writes one Bazel repository per module of the non-standard
// packages that patterns depend on, with a go_library for each package:
// sources copied from the module, BUILD files as gazelle would write them
// (named after the directory, with the go_default_library alias that
// rules_go's own BUILD files use). go list has already applied the build
// constraints of this machine.
func genRepos(t *testing.T, root, dir string, patterns ...string) {
	t.Helper()
	out := goOutput(t, root, append([]string{"list", "-deps", "-json"}, patterns...)...)
	dec := json.NewDecoder(bytes.NewReader(out))
	var pkgs []listed
	modOf := map[string]string{}
	for {
		var p listed
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else {
			require.NoError(t, err)
		}
		if p.Standard {
			continue
		}
		require.NotNil(t, p.Module, "%s is in no module", p.ImportPath)
		pkgs = append(pkgs, p)
		modOf[p.ImportPath] = p.Module.Path
	}
	for _, p := range pkgs {
		repo := repoName(p.Module.Path)
		rel := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, p.Module.Path), "/")
		pkgDir := filepath.Join(dir, repo, filepath.FromSlash(rel))
		require.NoError(t, os.MkdirAll(pkgDir, 0o755))
		for _, f := range slices.Concat(p.GoFiles, p.EmbedFiles) {
			data, err := os.ReadFile(filepath.Join(p.Dir, f))
			require.NoError(t, err)
			require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(pkgDir, f)), 0o755))
			require.NoError(t, os.WriteFile(filepath.Join(pkgDir, f), data, 0o644))
		}
		var deps []string
		for _, imp := range p.Imports {
			if mod, ok := modOf[imp]; ok {
				deps = append(deps, label(repo, mod, imp))
			}
		}
		require.NoError(t, os.WriteFile(filepath.Join(pkgDir, "BUILD.bazel"), buildFile(p, deps), 0o644))
		ws := filepath.Join(dir, repo, "WORKSPACE")
		if _, err := os.Stat(ws); os.IsNotExist(err) {
			require.NoError(t, os.WriteFile(ws, fmt.Appendf(nil, "workspace(name = %q)\n", repo), 0o644))
		}
	}
}

// buildFile is the BUILD file of one package.
func buildFile(p listed, deps []string) []byte {
	var b bytes.Buffer
	name := path.Base(p.ImportPath)
	b.WriteString("load(\"@io_bazel_rules_go//go:def.bzl\", \"go_library\")\n\ngo_library(\n")
	fmt.Fprintf(&b, "    name = %q,\n", name)
	list(&b, "srcs", p.GoFiles)
	list(&b, "embedsrcs", p.EmbedFiles)
	fmt.Fprintf(&b, "    importpath = %q,\n", p.ImportPath)
	b.WriteString("    visibility = [\"//visibility:public\"],\n")
	list(&b, "deps", deps)
	b.WriteString(")\n\n")
	fmt.Fprintf(&b, "alias(\n    name = \"go_default_library\",\n    actual = %q,\n    visibility = [\"//visibility:public\"],\n)\n", ":"+name)
	return b.Bytes()
}

func list(b *bytes.Buffer, attr string, items []string) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(b, "    %s = [\n", attr)
	for _, it := range items {
		fmt.Fprintf(b, "        %q,\n", it)
	}
	b.WriteString("    ],\n")
}

// label is the Bazel label of package imp of module mod, seen from repo.
func label(repo, mod, imp string) string {
	rel := strings.TrimPrefix(strings.TrimPrefix(imp, mod), "/")
	l := "//" + rel + ":" + path.Base(imp)
	if r := repoName(mod); r != repo {
		l = "@" + r + l
	}
	return l
}

// repoName is gazelle's repository name for a module path:
// golang.org/x/tools is org_golang_x_tools.
func repoName(mod string) string {
	host, rest, _ := strings.Cut(mod, "/")
	parts := strings.Split(host, ".")
	slices.Reverse(parts)
	name := strings.Join(parts, "_") + "_" + rest
	return strings.NewReplacer("/", "_", ".", "_", "-", "_").Replace(name)
}

// goOutput runs the go command in dir and returns its standard output.
func goOutput(t *testing.T, dir string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "go %s: %s", strings.Join(args, " "), stderr.String())
	return out
}
