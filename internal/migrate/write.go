package migrate

import (
	"context"
	"fmt"
	"time"
)

// write replaces the changed files on disk, one at a time, and stops after
// the file being written when ctx is cancelled. It returns how many files
// it wrote: files[:n] are migrated, the others untouched.
func (m *Migrator) write(ctx context.Context, opts *Options, st *state, files []string) (int, error) {
	for i, file := range files {
		if ctx.Err() != nil {
			return i, ctx.Err()
		}
		m.prog.status("writing %d/%d files (%s)", i+1, len(files), file)
		if err := replaceFile(file, st.original[file], st.current[file]); err != nil {
			return i, fmt.Errorf("writing: %w", err)
		}
		if opts.WriteDelay > 0 {
			time.Sleep(opts.WriteDelay)
		}
	}
	return len(files), nil
}
