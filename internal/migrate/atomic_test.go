package migrate

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriteAtomicKeepsModeAndLeavesNoTemp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.go")
	require.NoError(t, os.WriteFile(path, []byte("old"), 0o600))
	require.NoError(t, os.Chmod(path, 0o751)) // umask-proof
	owner, err := writeAtomic(path, []byte("new contents"))
	require.NoError(t, err)
	require.NoError(t, owner)

	data, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "new contents", string(data))
	info, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o751), info.Mode().Perm())
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary file is left")
}

func TestWriteAtomicFollowsSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.go")
	link := filepath.Join(dir, "link.go")
	require.NoError(t, os.WriteFile(target, []byte("old"), 0o644))
	require.NoError(t, os.Symlink(target, link))
	_, err := writeAtomic(link, []byte("new"))
	require.NoError(t, err)

	fi, err := os.Lstat(link)
	require.NoError(t, err)
	assert.NotZero(t, fi.Mode()&os.ModeSymlink, "the link stays a link")
	data, err := os.ReadFile(target)
	require.NoError(t, err)
	assert.Equal(t, "new", string(data))
}

func TestWriteAtomicFailureKeepsOriginal(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write to read-only directories")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "a.go")
	require.NoError(t, os.WriteFile(path, []byte("old"), 0o644))
	require.NoError(t, os.Chmod(dir, 0o555))
	t.Cleanup(func() { _ = os.Chmod(dir, 0o755) })
	_, err := writeAtomic(path, []byte("new"))
	assert.Error(t, err)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "old", string(data))
}

// TestReplaceFileLeavesFileAlone: a file edited since it was read, or
// read-only (like gofmt -w and go fix, even for root), is not replaced.
func TestReplaceFileLeavesFileAlone(t *testing.T) {
	for _, tc := range []struct {
		name     string
		contents string
		mode     os.FileMode
		want     error
	}{
		{"changed", "edited meanwhile", 0o644, errChanged},
		{"read-only", "as read", 0o444, errReadOnly},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "a.go")
			require.NoError(t, os.WriteFile(path, []byte(tc.contents), tc.mode))
			_, err := replaceFile(path, []byte("as read"), []byte("migrated"))
			require.ErrorIs(t, err, tc.want)
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, tc.contents, string(data))
		})
	}
}
