//go:build unix

package migrate

import (
	"fmt"
	"os"
	"syscall"
)

// keepOwner gives tmp the owner and group of the file described by orig.
// Renaming a new file over the original would otherwise hand it to the
// user running migrate (root, in a container on a bind mount). A process
// that may not give the file away keeps the group if it can, and says what
// it could not keep.
func keepOwner(tmp *os.File, orig os.FileInfo) error {
	want, ok := orig.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	info, err := tmp.Stat()
	if err != nil {
		return err
	}
	got, ok := info.Sys().(*syscall.Stat_t)
	if !ok || got.Uid == want.Uid && got.Gid == want.Gid {
		return nil
	}
	err = tmp.Chown(int(want.Uid), int(want.Gid))
	if err == nil {
		return nil
	}
	if got.Gid != want.Gid && tmp.Chown(-1, int(want.Gid)) == nil {
		got.Gid = want.Gid
	}
	if got.Uid != want.Uid && got.Gid != want.Gid {
		return fmt.Errorf("owner and group changed from %d:%d to %d:%d: %w", want.Uid, want.Gid, got.Uid, got.Gid, err)
	}
	if got.Uid != want.Uid {
		return fmt.Errorf("owner changed from %d to %d: %w", want.Uid, got.Uid, err)
	}
	if got.Gid != want.Gid {
		return fmt.Errorf("group changed from %d to %d: %w", want.Gid, got.Gid, err)
	}
	return nil
}
