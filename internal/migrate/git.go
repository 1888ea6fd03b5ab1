package migrate

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// ErrDirty is returned when the git work tree has uncommitted changes.
var ErrDirty = errors.New("the git work tree has uncommitted changes; commit or stash them, or pass -force")

// checkClean refuses a git work tree with changes under dir, so that the
// migration can be reviewed and undone with git. Untracked files count:
// the migration could not tell them from its own. The files in own (the
// report of this or an earlier run) do not. Outside a repository, or
// without git, there is nothing to check.
func checkClean(ctx context.Context, dir string, own []string) error {
	if _, err := exec.LookPath("git"); err != nil {
		return nil
	}
	out, err := gitOutput(ctx, dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil // not inside a work tree
	}
	top := realPath(strings.TrimSpace(string(out)))
	// -z: names unquoted, NUL-terminated, relative to the top level.
	out, err = gitOutput(ctx, dir, "status", "--porcelain", "-z", "--untracked-files=all", "--", ".")
	if err != nil {
		return fmt.Errorf("git status: %w", err)
	}
	ownReal := make([]string, len(own))
	for i, p := range own {
		ownReal[i] = realPath(p)
	}
	var dirty []string
	entries := bytes.Split(bytes.TrimSuffix(out, []byte{0}), []byte{0})
	for i := 0; i < len(entries); i++ {
		e := string(entries[i])
		if len(e) < 4 {
			continue
		}
		xy, name := e[:2], e[3:]
		if xy[0] == 'R' || xy[0] == 'C' {
			i++ // the source of a rename or copy follows
		}
		if slices.Contains(ownReal, filepath.Join(top, filepath.FromSlash(name))) {
			continue
		}
		dirty = append(dirty, xy+" "+name)
	}
	if len(dirty) > 0 {
		return fmt.Errorf("%w:\n%s", ErrDirty, strings.Join(dirty, "\n"))
	}
	return nil
}

func gitOutput(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	return cmd.Output()
}

// realPath is path made absolute with its directory's symbolic links
// resolved (the file itself need not exist), as git prints paths.
func realPath(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if d, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(d, filepath.Base(abs))
	}
	return abs
}
