package analyzer_test

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/completelint/completelint/analyzer"
	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/sdk"
)

// legacyDiagnostics returns the legacy-api diagnostics of the results by
// "file.go:line", and the file set.
func legacyDiagnostics(t *testing.T, results []*analysistest.Result) (map[string]analysis.Diagnostic, *token.FileSet) {
	t.Helper()
	out := map[string]analysis.Diagnostic{}
	var fset *token.FileSet
	for _, r := range results {
		fset = r.Pass.Fset
		for _, d := range r.Diagnostics {
			if d.Category == "legacy-api" {
				out[short(fset, d.Pos)] = d
			}
		}
	}
	return out, fset
}

func short(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

// related renders the related places of d as "file.go:line:col message".
func related(fset *token.FileSet, d analysis.Diagnostic) []string {
	var out []string
	for _, ri := range d.Related {
		p := fset.Position(ri.Pos)
		out = append(out, fmt.Sprintf("%s:%d:%d %s", filepath.Base(p.Filename), p.Line, p.Column, ri.Message))
	}
	return out
}

// lineOf returns the line of the first occurrence of text in file.
func lineOf(t *testing.T, file, text string) int {
	t.Helper()
	src, err := os.ReadFile(file)
	require.NoError(t, err)
	i := strings.Index(string(src), text)
	require.GreaterOrEqual(t, i, 0, "%q not in %s", text, file)
	return strings.Count(string(src[:i]), "\n") + 1
}

// TestOneFindingPerRequest checks that a hand-written request whose body,
// URL and call of net/http are found is one legacy-api diagnostic, at the
// body, with the URL and the call as related places, also when the body
// reaches the call through a parameter, a helper or an encoder; the fixture's want
// comments check that the URLs have no diagnostic of their own.
func TestOneFindingPerRequest(t *testing.T) {
	results := analysistest.Run(t, testdataDir(t), analyzer.New(analyzer.Config{Today: today}), "legacy/urls")
	legacy, fset := legacyDiagnostics(t, results)
	file := filepath.Join(testdataDir(t), "src", "legacy", "urls", "urls.go")
	at := func(text string) string { return fmt.Sprintf("urls.go:%d", lineOf(t, file, text)) }
	url := `the request's URL, "https://api.anthropic.com/v1/complete"; the Messages API's is POST /v1/messages`

	send := lineOf(t, file, "req, err := http.NewRequestWithContext(ctx, http.MethodPost, \"https://api.anthropic.com/v1/complete\"")
	assert.Equal(t, []string{
		fmt.Sprintf("urls.go:%d:14 http.NewRequestWithContext takes the request's URL and body", send),
		fmt.Sprintf("urls.go:%d:63 %s", send, url),
	}, related(fset, legacy[at("body, err := json.Marshal(map[string]any{")]))

	post := lineOf(t, file, `_, err = http.Post("https://api.anthropic.com/v1/complete", "application/json", bytes.NewReader(b))`)
	viaParam := []string{
		fmt.Sprintf("urls.go:%d:11 http.Post takes the request's URL and body", post),
		fmt.Sprintf("urls.go:%d:21 %s", post, url),
	}
	assert.Equal(t, viaParam, related(fset, legacy[at("return post(map[string]any{")]))
	assert.Equal(t, viaParam, related(fset, legacy[at("payload := map[string]any{")]))

	encoded := lineOf(t, file, `_, err = http.Post("https://api.anthropic.com/v1/complete", "application/json", &buf)`)
	assert.Equal(t, []string{
		fmt.Sprintf("urls.go:%d:11 http.Post takes the request's URL and body", encoded),
		fmt.Sprintf("urls.go:%d:21 %s", encoded, url),
	}, related(fset, legacy[at("err := json.NewEncoder(&buf).Encode(map[string]any{")]))

	built := lineOf(t, file, "func sendBuilt(") + 5
	assert.Equal(t, []string{
		fmt.Sprintf("urls.go:%d:25 calls newBody, which builds this request's body", built-4),
		fmt.Sprintf("urls.go:%d:11 http.Post takes the request's URL and body", built),
		fmt.Sprintf("urls.go:%d:21 %s", built, url),
	}, related(fset, legacy[at("return map[string]any{")]), "a body a helper returns")

	// A URL sent with a body found nowhere keeps its own diagnostic.
	assert.Contains(t, legacy, fmt.Sprintf("urls.go:%d", lineOf(t, file, "http.Post(apiURL,")))
}

// TestFiftyCallers checks that a wrapper with fifty calls, direct, through
// another wrapper and in function literals stored in a map, is one
// legacy-api diagnostic, at the request the wrapper sends, naming each call
// at its position; the calls keep their prompt findings (the fixture's
// want comments), and each is a Site of the result for migrate.
func TestFiftyCallers(t *testing.T) {
	results := analysistest.Run(t, testdataDir(t), analyzer.New(analyzer.Config{Today: today}), "wrappers/fifty")
	legacy, fset := legacyDiagnostics(t, results)
	require.Len(t, legacy, 1)
	d := legacy["ask.go:15"]
	require.Len(t, d.Related, 50)
	src := map[string][]string{}
	for _, ri := range d.Related {
		p := fset.Position(ri.Pos)
		if src[p.Filename] == nil {
			data, err := os.ReadFile(p.Filename)
			require.NoError(t, err)
			src[p.Filename] = strings.Split(string(data), "\n")
		}
		call := src[p.Filename][p.Line-1][p.Column-1:]
		switch {
		case strings.HasPrefix(call, "Ask(ctx, "):
			assert.Equal(t, "calls Ask, which sends this request", ri.Message)
		case strings.HasPrefix(call, "askCapital(ctx, "):
			assert.Equal(t, "calls askCapital, which sends this request through Ask", ri.Message)
		default:
			t.Errorf("%s: related place is not a call of a wrapper: %q", p, call)
		}
		assert.Equal(t, p.Line, fset.Position(ri.End).Line, "%s: the call, on one line", p)
	}

	res := results[0].Result.(*analyzer.Result)
	wrapperSites := 0
	for _, s := range res.Sites {
		if s.Kind == sdk.Wrapper {
			wrapperSites++
			if assert.NotNil(t, s.NoRewrite, s.Pos) {
				assert.Equal(t, request.WrapperCaller, s.NoRewrite.Code, s.Pos)
			}
		}
	}
	assert.Equal(t, 50, wrapperSites)
	assert.Len(t, res.Sites, 51)
}

// TestWrapperRelated checks the related places of the wrappers in
// wrappers/llm: the calls in the same package, direct and through a
// chain. Calls from other packages of the same module (wrappers/app) are
// not reported there (the fixture's want comments).
func TestWrapperRelated(t *testing.T) {
	results := analysistest.Run(t, testdataDir(t), analyzer.New(analyzer.Config{Today: today, Wrappers: true}), wrapperPkgs...)
	legacy, fset := legacyDiagnostics(t, results)
	assert.Equal(t, []string{
		"llm.go:45:9 calls Ask, which sends this request",
		"llm.go:84:2 calls Ask, which sends this request",
		"llm.go:85:2 calls Ask, which sends this request",
		"llm.go:86:2 calls Summarize, which sends this request through Ask",
	}, related(fset, legacy["llm.go:16"]))
	for _, pos := range []string{"llm.go:35", "llm.go:51", "llm.go:64", "llm.go:75"} {
		assert.Empty(t, legacy[pos].Related, pos)
	}
}
