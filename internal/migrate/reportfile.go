package migrate

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// ReportPaths returns the files -report=path names: path.md and path.json
// (a path given with either extension names the same pair).
func ReportPaths(path string) (md, json string) {
	path = strings.TrimSuffix(strings.TrimSuffix(path, ".md"), ".json")
	return path + ".md", path + ".json"
}

// reportFiles are the report's temporary files, created before anything
// else is written so that a report path that cannot be written stops the
// run before it changes a source file. commit renames them into place.
type reportFiles struct {
	md, json       string
	tmpMD, tmpJSON *os.File
}

func prepareReport(path string) (*reportFiles, error) {
	md, json := ReportPaths(path)
	r := &reportFiles{md: md, json: json}
	var err error
	if r.tmpMD, err = createBeside(md); err != nil {
		return nil, fmt.Errorf("cannot write the report: %w", err)
	}
	if r.tmpJSON, err = createBeside(json); err != nil {
		r.discard()
		return nil, fmt.Errorf("cannot write the report: %w", err)
	}
	return r, nil
}

// createBeside creates a temporary file in path's directory, after making
// sure path is not a directory.
func createBeside(path string) (*os.File, error) {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return nil, fmt.Errorf("%s is a directory", path)
	}
	return os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
}

// paths are the report's files and their temporary files.
func (r *reportFiles) paths() []string {
	return []string{r.md, r.json, r.tmpMD.Name(), r.tmpJSON.Name()}
}

// commit writes rep and renames the files into place.
func (r *reportFiles) commit(rep *Report) error {
	for _, f := range []struct {
		tmp   *os.File
		path  string
		write func(io.Writer) error
	}{{r.tmpMD, r.md, rep.WriteMarkdown}, {r.tmpJSON, r.json, rep.WriteJSON}} {
		err := f.write(f.tmp)
		if err == nil {
			err = f.tmp.Chmod(0o644)
		}
		if cerr := f.tmp.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(f.tmp.Name(), f.path)
		}
		if err != nil {
			r.discard()
			return fmt.Errorf("writing the report: %w", err)
		}
	}
	return nil
}

// discard removes whatever temporary file is left.
func (r *reportFiles) discard() {
	for _, f := range []*os.File{r.tmpMD, r.tmpJSON} {
		if f != nil {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}
}
