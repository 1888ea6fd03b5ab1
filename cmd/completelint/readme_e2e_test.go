package main

// TestREADME runs the commands README.md shows. A block to run is marked
// with an HTML comment just above its fence:
//
//	<!-- readme-test: DIR [git] [expect-output] -->
//
// Each line of the block runs with sh in a fresh copy of DIR (a directory
// of a copy of the repository, "." for its root), with the completelint the
// install block installed first on PATH. "# ... exit N" in a line's
// comment is its expected exit status (0 otherwise). git commits the copy
// first; expect-output compares the output with the next block. The
// golangci-config block must be the configuration scripts/golangci-e2e.sh
// runs golangci-lint with; TestMigrateExampleTwiceInGit runs the migrate
// block, with more checks than a generic run could make.

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A readmeBlock is a fenced block of README.md marked to be tested.
type readmeBlock struct {
	line    int // of the marker
	dir     string
	options []string
	lines   []string
	next    []string // the lines of the block after it
}

var readmeMarker = regexp.MustCompile(`^<!-- readme-test: (.+) -->$`)

// readmeBlockFor returns the block marked for dir.
func readmeBlockFor(t *testing.T, dir string) readmeBlock {
	t.Helper()
	for _, b := range readmeBlocks(t) {
		if b.dir == dir {
			return b
		}
	}
	t.Fatalf("README.md has no block marked <!-- readme-test: %s -->", dir)
	return readmeBlock{}
}

// readmeBlocks returns the marked blocks of README.md.
func readmeBlocks(t *testing.T) []readmeBlock {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "README.md"))
	require.NoError(t, err)
	lines := strings.Split(string(data), "\n")
	// fence returns the lines of the block whose fence opens at or after i.
	fence := func(i int) ([]string, int) {
		for i < len(lines) && !strings.HasPrefix(lines[i], "```") {
			i++
		}
		var body []string
		for i++; i < len(lines) && !strings.HasPrefix(lines[i], "```"); i++ {
			body = append(body, lines[i])
		}
		return body, i + 1
	}
	var blocks []readmeBlock
	for i, line := range lines {
		m := readmeMarker.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		require.True(t, strings.HasPrefix(lines[i+1], "```"), "README.md:%d: the marker must be right above a fence", i+1)
		words := strings.Fields(m[1])
		b := readmeBlock{line: i + 1, dir: words[0], options: words[1:]}
		var end int
		b.lines, end = fence(i + 1)
		b.next, _ = fence(end)
		blocks = append(blocks, b)
	}
	return blocks
}

var wantExit = regexp.MustCompile(`\bexit (\d)\b`)

func TestREADME(t *testing.T) {
	t.Parallel()
	needBinary(t)
	blocks := readmeBlocks(t)
	require.NotEmpty(t, blocks)
	repo := t.TempDir()
	copyDir(t, repoRoot(t), repo, ".git", "bin")
	gobin := t.TempDir()
	env := []string{"GOBIN=" + gobin, "PATH=" + gobin + string(os.PathListSeparator) + os.Getenv("PATH")}

	runLine := func(t *testing.T, dir, line string) result {
		t.Helper()
		r := runEnv(t, dir, env, "sh", "-c", line)
		want := 0
		if _, comment, ok := strings.Cut(line, " #"); ok {
			if m := wantExit.FindStringSubmatch(comment); m != nil {
				want, _ = strconv.Atoi(m[1])
			}
		}
		assert.Equal(t, want, r.code, "README.md: %s\n%s", line, r)
		return r
	}

	// The install block comes first: the others need completelint. It
	// runs in the checkout itself (go install writes only to GOBIN), where
	// the build cache of the test binary's build applies.
	require.Equal(t, ".", blocks[0].dir, "the first tested block installs completelint")
	for _, line := range blocks[0].lines {
		runLine(t, repoRoot(t), line)
	}
	for _, b := range blocks[1:] {
		t.Run(strconv.Itoa(b.line), func(t *testing.T) {
			if b.dir == "migrate" {
				return // TestMigrateExampleTwiceInGit
			}
			if b.dir == "golangci-config" {
				data, err := os.ReadFile(filepath.Join(repoRoot(t), "testdata", "integration", "golangci", ".golangci.yml"))
				require.NoError(t, err)
				assert.Equal(t, strings.Join(b.lines, "\n")+"\n", string(data), "the README's .golangci.yml is the one golangci-e2e.sh runs")
				return
			}
			for _, line := range b.lines {
				if strings.TrimSpace(line) == "" {
					continue
				}
				dir := t.TempDir()
				copyDir(t, filepath.Join(repo, b.dir), dir)
				if hasOption(b, "git") {
					gitCommitAll(t, dir, "before completelint")
				}
				if b.dir == "." {
					dir = repo // the installed tree itself
				}
				r := runLine(t, dir, line)
				if hasOption(b, "expect-output") {
					assert.Empty(t, r.stdout)
					assertReadmeOutput(t, b.next, r.stderr)
				}
			}
		})
	}
}

func hasOption(b readmeBlock, o string) bool {
	for _, x := range b.options {
		if x == o {
			return true
		}
	}
	return false
}

// assertReadmeOutput compares diagnostics with the README's, which are
// shortened: base names for paths, "..." for cut text.
func assertReadmeOutput(t *testing.T, want []string, out string) {
	t.Helper()
	var got []string
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		m := textDiag.FindStringSubmatch(line)
		if assert.NotNil(t, m, "not a diagnostic: %q", line) {
			got = append(got, filepath.Base(m[1])+": "+m[2])
		}
	}
	assert.Len(t, got, len(want), "diagnostics:\n%s", strings.Join(got, "\n"))
	for _, g := range got {
		assert.False(t, strings.HasSuffix(g, "."), "%s: a message ends with a period", g)
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			if matchesCut(w, g) {
				found = true
				break
			}
		}
		assert.True(t, found, "README line %q is not in the output:\n%s", w, strings.Join(got, "\n"))
	}
}

// matchesCut reports whether got reads as want, whose " ..." mark text
// left out.
func matchesCut(want, got string) bool {
	parts := strings.Split(want, " ...")
	if !strings.HasPrefix(got, parts[0]) {
		return false
	}
	rest := got[len(parts[0]):]
	for _, p := range parts[1:] {
		i := strings.Index(rest, p)
		if i < 0 {
			return false
		}
		rest = rest[i+len(p):]
	}
	return true
}
