package migrate

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// writeAtomic replaces the file at path with data: a temporary file in the
// same directory is written, synced and renamed over it, so that a reader
// (or a crash) sees either the old or the new contents, never a part. The
// file keeps its permissions; a symbolic link keeps pointing at the file.
func writeAtomic(path string, data []byte) (err error) {
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		path = resolved
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".migrate-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(info.Mode().Perm()); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// errChanged is returned by replaceFile when the file is no longer what the
// migration read.
var errChanged = errors.New("changed on disk since it was read; left alone")

// replaceFile writes data over path if path still holds old.
func replaceFile(path string, old, data []byte) error {
	cur, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if !bytes.Equal(cur, old) {
		return fmt.Errorf("%s: %w", path, errChanged)
	}
	return writeAtomic(path, data)
}
