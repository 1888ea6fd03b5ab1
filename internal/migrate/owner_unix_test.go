//go:build unix

package migrate

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWriteAtomicKeepsOwner: the new file gets the owner and group of the
// one it replaces, not those of the process. Only root can hand a file to
// another user, so the test needs root (as in a container or CI).
func TestWriteAtomicKeepsOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to create a file owned by another user")
	}
	path := filepath.Join(t.TempDir(), "a.go")
	require.NoError(t, os.WriteFile(path, []byte("old"), 0o644))
	require.NoError(t, os.Chown(path, 4321, 8765))
	owner, err := writeAtomic(path, []byte("new"))
	require.NoError(t, err)
	require.NoError(t, owner)
	info, err := os.Stat(path)
	require.NoError(t, err)
	st := info.Sys().(*syscall.Stat_t)
	assert.Equal(t, []uint32{4321, 8765}, []uint32{st.Uid, st.Gid})
}
