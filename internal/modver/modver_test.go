package modver

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFromFile(t *testing.T) {
	const lc = "github.com/tmc/langchaingo"
	for _, c := range []struct {
		name, mod, want string
	}{
		{"/root/go/pkg/mod/github.com/tmc/langchaingo@v0.1.5/llms/anthropic/anthropicllm.go", lc, "v0.1.5"},
		{`C:\Users\x\go\pkg\mod\github.com\tmc\langchaingo@v0.1.7\llms\anthropic\a.go`, lc, "v0.1.7"},
		// go build -trimpath
		{"github.com/tmc/langchaingo@v0.1.0/llms/anthropic/anthropicllm.go", lc, "v0.1.0"},
		{"/m/github.com/tmc/langchaingo@v0.0.0-20231021004711-b1a9a6d6db5a/llms/anthropic/a.go", lc, "v0.0.0-20231021004711-b1a9a6d6db5a"},
		// Upper case letters are escaped in the module cache.
		{"/m/github.com/!burnt!sushi/toml@v1.3.2/decode.go", "github.com/BurntSushi/toml", "v1.3.2"},
		// A module whose path ends like another's is not it.
		{"/m/github.com/xtmc/langchaingo@v0.1.5/llms/a.go", lc, ""},
		// Replaced by a directory: no version.
		{"/home/me/langchaingo/llms/anthropic/a.go", lc, ""},
		{"/m/github.com/tmc/langchaingo@bad/llms/a.go", lc, ""},
	} {
		got, ok := FromFile(c.name, c.mod)
		assert.Equal(t, c.want, got, c.name)
		assert.Equal(t, c.want != "", ok, c.name)
	}
}

func TestFromVendor(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "vendor", "github.com", "tmc", "langchaingo", "llms", "anthropic")
	assert.NoError(t, os.MkdirAll(dir, 0o755))
	assert.NoError(t, os.WriteFile(filepath.Join(root, "vendor", "modules.txt"), []byte(
		"# github.com/google/uuid v1.6.0\n## explicit\ngithub.com/google/uuid\n"+
			"# github.com/tmc/langchaingo v0.1.5 => ../fork\n## explicit; go 1.20\ngithub.com/tmc/langchaingo/llms/anthropic\n"), 0o644))
	v, ok := FromFile(filepath.Join(dir, "anthropicllm.go"), "github.com/tmc/langchaingo")
	assert.True(t, ok)
	assert.Equal(t, "v0.1.5", v)
	_, ok = FromFile(filepath.Join(dir, "anthropicllm.go"), "github.com/tmc/other")
	assert.False(t, ok)
}

func TestInRange(t *testing.T) {
	assert.True(t, InRange("v0.1.7", "", "v0.1.8"))
	assert.False(t, InRange("v0.1.8", "", "v0.1.8"))
	assert.True(t, InRange("v0.0.0-20231021004711-b1a9a6d6db5a", "", "v0.1.8"))
	assert.False(t, InRange("v0.1.5", "v0.1.6", "v0.1.8"))
	assert.True(t, InRange("v0.1.6", "v0.1.6", "v0.1.8"))
}
