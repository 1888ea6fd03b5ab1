package migrate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBlame(t *testing.T) {
	units := map[string]unit{"/m/a": {Dir: "/m/a", Path: "example.com/m/a"}, "/m/b": {Dir: "/m/b", Path: "example.com/m/b"}}
	dirs := []string{"/m/a", "/m/b"}
	build := "# example.com/m/a\na/a.go:3:2: undefined: x\na/a.go:4:2: undefined: y\n"
	assert.Equal(t, map[string]string{"/m/a": "a/a.go:3:2: undefined: x"}, blame(build, dirs, units, "/m"))

	vet := "# example.com/m/b_test [example.com/m/b.test]\n# [example.com/m/b_test]\nvet: b/b_test.go:9:1: wrong\n"
	assert.Equal(t, map[string]string{"/m/b": "vet: b/b_test.go:9:1: wrong"}, blame(vet, dirs, units, "/m"))

	assert.Empty(t, blame("go: cannot find main module\n", dirs, units, "/m"))
}
