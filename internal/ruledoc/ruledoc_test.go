package ruledoc

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/completelint/completelint/internal/sarif"
	"github.com/completelint/completelint/internal/sarif/sarifcheck"
	"github.com/completelint/completelint/promptcheck"
)

var update = flag.Bool("update", false, "rewrite analyzer/doc.go's table, README.md's table and docs/rules.md from the registry")

const (
	docGo      = "../../analyzer/doc.go"
	readme     = "../../README.md"
	reference  = "../../docs/rules.md"
	tableIntro = "// Each finding has a category, usable in suppression comments:\n//\n"
	readmeFrom = "<!-- rules table: generated from promptcheck.Rules by `go test ./internal/ruledoc -update` -->\n"
	readmeTo   = "<!-- end of rules table -->\n"
)

// TestGeneratedDocs fails when a file that repeats the registry differs from
// its rendering; with -update it rewrites the file instead.
func TestGeneratedDocs(t *testing.T) {
	check(t, docGo, func(src string) (string, error) {
		return replaceDocTable(src, GoDocTable())
	})
	check(t, readme, func(src string) (string, error) {
		return replaceBetween(src, readmeFrom, readmeTo, README())
	})
	check(t, reference, func(string) (string, error) { return Reference(), nil })
}

func check(t *testing.T, path string, render func(string) (string, error)) {
	t.Helper()
	old, err := os.ReadFile(path)
	if *update && os.IsNotExist(err) {
		old, err = nil, nil
	}
	require.NoError(t, err)
	want, err := render(string(old))
	require.NoError(t, err, path)
	if *update {
		if want != string(old) {
			require.NoError(t, os.WriteFile(path, []byte(want), 0o644))
			t.Logf("rewrote %s", path)
		}
		return
	}
	assert.Equal(t, want, string(old), "%s differs from the registry: run go test ./internal/ruledoc -update", path)
}

// replaceDocTable replaces the tab-indented comment lines after tableIntro.
func replaceDocTable(src string, table []string) (string, error) {
	i := strings.Index(src, tableIntro)
	if i < 0 {
		return "", fmt.Errorf("no line %q", strings.TrimSuffix(tableIntro, "\n//\n"))
	}
	start := i + len(tableIntro)
	end := start
	for strings.HasPrefix(src[end:], "//\t") {
		end += strings.IndexByte(src[end:], '\n') + 1
	}
	var sb strings.Builder
	for _, l := range table {
		sb.WriteString("//" + l + "\n")
	}
	return src[:start] + sb.String() + src[end:], nil
}

func replaceBetween(src, from, to, body string) (string, error) {
	i := strings.Index(src, from)
	j := strings.Index(src, to)
	if i < 0 || j < i {
		return "", fmt.Errorf("no %q ... %q", from, to)
	}
	return src[:i+len(from)] + body + src[j:], nil
}

func TestGoDocTable(t *testing.T) {
	table := GoDocTable()
	require.NotEmpty(t, table)
	var cats []string
	for _, l := range table {
		assert.LessOrEqual(t, len("//"+l), goDocWidth, l)
		assert.NotContains(t, l, "`", l)
		if f := strings.Fields(l); l[1] != ' ' {
			cats = append(cats, f[0])
		}
	}
	var want []string
	for _, c := range promptcheck.Categories {
		want = append(want, string(c))
	}
	assert.Equal(t, want, cats)
}

var heading = regexp.MustCompile(`(?m)^#{2,3} (.+)$`)

// githubSlug is the anchor GitHub gives a heading.
func githubSlug(h string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(h) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			sb.WriteRune(r)
		case r == ' ':
			sb.WriteByte('-')
		}
	}
	return sb.String()
}

// TestAnchors checks that the links of diagnostics, README and the SARIF
// rules name sections of docs/rules.md.
func TestAnchors(t *testing.T) {
	slugs := map[string]bool{}
	for _, m := range heading.FindAllStringSubmatch(Reference(), -1) {
		s := githubSlug(m[1])
		assert.False(t, slugs[s], "two sections #%s", s)
		slugs[s] = true
	}
	for _, r := range promptcheck.Rules {
		assert.True(t, slugs[r.Anchor()], "%s: no section #%s", r.ID, r.Anchor())
	}
	for _, m := range regexp.MustCompile(`\(docs/rules\.md#([^)]*)\)`).FindAllStringSubmatch(README(), -1) {
		assert.True(t, slugs[m[1]], "README links to #%s", m[1])
	}
	for _, r := range SARIFRules() {
		anchor, ok := strings.CutPrefix(r.HelpURI, promptcheck.DocsURL+"#")
		assert.True(t, ok && slugs[anchor], "%s: helpUri %s", r.ID, r.HelpURI)
	}
}

// TestSARIFRulesValidate builds a log with the rules and a finding of each
// category, and checks it with Microsoft's validator.
func TestSARIFRulesValidate(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.go")
	src := []byte("package p\n\nvar s = \"Human: hi\"\n")
	require.NoError(t, os.WriteFile(file, src, 0o644))
	var fs []sarif.Finding
	for _, c := range promptcheck.Categories {
		at := bytes.Index(src, []byte(`"Human`))
		fs = append(fs, sarif.Finding{Category: string(c), Message: "a finding of " + string(c) + ".", File: file, Start: at, End: at + 7})
	}
	report, err := sarif.Build(sarif.Input{
		Tool:     sarif.Tool{Name: "completelint", Version: "1.0.0", SemanticVersion: "1.0.0", InformationURI: "https://github.com/completelint/completelint"},
		Rules:    SARIFRules(),
		Root:     dir,
		Findings: fs,
		ReadFile: os.ReadFile,
	})
	require.NoError(t, err)
	path := filepath.Join(dir, "out.sarif")
	require.NoError(t, report.WriteFile(path))
	warnings := sarifcheck.Validate(t, path)
	assert.Empty(t, warnings)
}
