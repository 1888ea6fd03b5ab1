package migrate

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
)

// ErrDirty is returned when the git work tree has uncommitted changes.
var ErrDirty = errors.New("the git work tree has uncommitted changes; commit or stash them, or pass -force")

// checkClean refuses a git work tree with changes under dir, so that the
// migration can be reviewed and undone with git. Outside a repository, or
// without git, there is nothing to check.
func checkClean(ctx context.Context, dir string) error {
	if _, err := exec.LookPath("git"); err != nil {
		return nil
	}
	inside := exec.CommandContext(ctx, "git", "rev-parse", "--is-inside-work-tree")
	inside.Dir = dir
	if out, err := inside.Output(); err != nil || strings.TrimSpace(string(out)) != "true" {
		return nil
	}
	status := exec.CommandContext(ctx, "git", "status", "--porcelain", "--", ".")
	status.Dir = dir
	out, err := status.Output()
	if err != nil {
		return fmt.Errorf("git status: %w", err)
	}
	if len(strings.TrimSpace(string(out))) > 0 {
		return fmt.Errorf("%w:\n%s", ErrDirty, strings.TrimRight(string(out), "\n"))
	}
	return nil
}
