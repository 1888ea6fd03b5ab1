package migrate

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// errReadOnly is returned for a file without the owner's write permission:
// like gofmt -w and go fix, migrate leaves such a file alone.
var errReadOnly = errors.New("read-only")

// checkWritable refuses a read-only file. The process may be able to
// replace it anyway (root, or a writable directory), but a file marked
// read-only is someone's decision.
func checkWritable(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if info.Mode().Perm()&0o200 == 0 {
		return fmt.Errorf("%w (mode %v)", errReadOnly, info.Mode().Perm())
	}
	return nil
}

// writeAtomic replaces the file at path with data: a temporary file in the
// same directory is written, synced and renamed over it, so that a reader
// (or a crash) sees either the old or the new contents, never a part. The
// file keeps its permissions, and its owner and group where the process
// may set them: owner is set when it cannot, and says what changed. A
// symbolic link keeps pointing at the file.
func writeAtomic(path string, data []byte) (owner, err error) {
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		path = resolved
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".migrate-*")
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return nil, err
	}
	if err = tmp.Chmod(info.Mode().Perm()); err != nil {
		return nil, err
	}
	owner = keepOwner(tmp, info)
	if err = tmp.Sync(); err != nil {
		return nil, err
	}
	if err = tmp.Close(); err != nil {
		return nil, err
	}
	return owner, os.Rename(tmp.Name(), path)
}

// errChanged is returned by replaceFile when the file is no longer what the
// migration read.
var errChanged = errors.New("changed on disk since it was read; left alone")

// replaceFile writes data over path if path still holds old and is not
// read-only. owner is set when the file's owner or group could not be kept.
func replaceFile(path string, old, data []byte) (owner, err error) {
	cur, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(cur, old) {
		return nil, errChanged
	}
	if err := checkWritable(path); err != nil {
		return nil, err
	}
	return writeAtomic(path, data)
}
