package migrate

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// preflight checks, before the first write, that every file can be
// replaced: it still exists, is not read-only, and its directory takes the
// temporary file that replaces it (a file is created there and removed).
func preflight(files []string) error {
	var dirs []string
	for _, file := range files {
		if err := checkWritable(file); err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		dir := filepath.Dir(file)
		if resolved, err := filepath.EvalSymlinks(file); err == nil {
			dir = filepath.Dir(resolved)
		}
		if slices.Contains(dirs, dir) {
			continue
		}
		dirs = append(dirs, dir)
		probe, err := os.CreateTemp(dir, ".completelint-migrate-probe-*")
		if err != nil {
			return fmt.Errorf("cannot write in %s: %w", dir, err)
		}
		_ = probe.Close()
		_ = os.Remove(probe.Name())
	}
	return nil
}

// write replaces the changed files on disk, one at a time, and stops after
// the file being written when ctx is cancelled, or at the first file that
// cannot be written. It returns how many files it wrote: files[:n] are
// migrated, the others untouched; and what it could not keep of the
// written files' owners.
func (m *Migrator) write(ctx context.Context, opts *Options, st *state, files []string) (n int, owners []string, err error) {
	for i, file := range files {
		if ctx.Err() != nil {
			return i, owners, ctx.Err()
		}
		m.prog.status("writing %d/%d files (%s)", i+1, len(files), file)
		owner, err := replaceFile(file, st.original[file], st.current[file])
		if err != nil {
			return i, owners, fmt.Errorf("writing %s: %w", file, err)
		}
		if owner != nil {
			owners = append(owners, fmt.Sprintf("%s: %v", file, owner))
		}
		if opts.AfterWrite != nil {
			opts.AfterWrite(ctx)
		}
	}
	return len(files), owners, nil
}
