package migrate

import (
	"io"
	"path/filepath"

	udiff "github.com/aymanbagabas/go-udiff"
)

// writeDiffs prints a unified diff (the x/tools diff format, as
// "completelint -fix -diff" prints) of every changed file, with paths
// relative to root.
func writeDiffs(w io.Writer, root string, files []string, original, current map[string][]byte) error {
	if w == nil {
		return nil
	}
	for _, file := range files {
		name := file
		if rel, err := filepath.Rel(root, file); err == nil {
			name = filepath.ToSlash(rel)
		}
		d := udiff.Unified("a/"+name, "b/"+name, string(original[file]), string(current[file]))
		if _, err := io.WriteString(w, d); err != nil {
			return err
		}
	}
	return nil
}
