package migrate

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// verify builds and vets the packages with changed files, with the changes
// as an overlay, under opts.Tags and each of opts.VerifyTags. It returns the
// directories of the packages that break, with the go command's message. A
// package that fails vet before the migration too is not blamed for it.
func (m *Migrator) verify(ctx context.Context, opts *Options, st *state) (map[string]string, error) {
	broken := make(map[string]string)
	tagSets := append([]string{opts.Tags}, opts.VerifyTags...)
	for _, tags := range tagSets {
		for _, verb := range []string{"build", "vet"} {
			if err := m.check(ctx, opts, st, verb, tags, broken); err != nil {
				return nil, err
			}
		}
	}
	return broken, nil
}

// check runs one go command until it passes on the units not yet broken,
// marking the units it blames as broken.
func (m *Migrator) check(ctx context.Context, opts *Options, st *state, verb, tags string, broken map[string]string) error {
	for {
		dirs := affected(st, broken)
		if len(dirs) == 0 {
			return nil
		}
		m.prog.status("verifying: go %s of %d packages", verb, len(dirs))
		out, ok, err := m.goCmd(ctx, opts, st, verb, tags, dirs, true)
		if err != nil || ok {
			return err
		}
		blamed := blame(out, dirs, st.units, opts.Dir)
		if verb == "vet" && len(blamed) > 0 {
			// Vet findings the original code has too are not ours.
			before, _, err := m.goCmd(ctx, opts, st, verb, tags, slices.Sorted(maps.Keys(blamed)), false)
			if err != nil {
				return err
			}
			for dir := range blame(before, dirs, st.units, opts.Dir) {
				delete(blamed, dir)
			}
			if len(blamed) == 0 {
				return nil
			}
		}
		if len(blamed) == 0 {
			// Nothing to pin the failure on: keep no change at all.
			for _, dir := range dirs {
				blamed[dir] = firstLines(out)
			}
		}
		for dir, msg := range blamed {
			if tags != opts.Tags {
				msg = fmt.Sprintf("with -tags=%s: %s", tags, msg)
			}
			broken[dir] = msg
		}
	}
}

// affected returns the directories with changed files not yet restored.
func affected(st *state, broken map[string]string) []string {
	set := make(map[string]bool)
	for file := range st.current {
		if dir := filepath.Dir(file); broken[dir] == "" {
			set[dir] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// goCmd runs "go verb" on the packages in dirs, with the changed files of
// st as an overlay when withChanges is set. ok reports success; err is set
// only when the command could not run.
func (m *Migrator) goCmd(ctx context.Context, opts *Options, st *state, verb, tags string, dirs []string, withChanges bool) (string, bool, error) {
	args := []string{verb}
	if verb == "build" {
		// Build to nothing: without -o, a single main package would leave its
		// binary in the user's tree (and fail where a file or directory of
		// that name exists, or the directory is read-only). The go command
		// special-cases the null device for any number of packages.
		args = append(args, "-o", os.DevNull)
	}
	if tags != "" {
		args = append(args, "-tags="+tags)
	}
	var names *strings.Replacer // overlay copies back to the files they stand for
	if withChanges {
		overlay, replace, cleanup, err := writeOverlay(st, dirs)
		if err != nil {
			return "", false, err
		}
		defer cleanup()
		args = append(args, "-overlay="+overlay)
		var oldnew []string
		base := absOr(opts.Dir)
		for file, tmp := range replace {
			if rel, err := filepath.Rel(base, file); err == nil {
				file = rel
			}
			oldnew = append(oldnew, tmp, file)
			if rel, err := filepath.Rel(base, tmp); err == nil {
				oldnew = append(oldnew, rel, file)
			}
		}
		names = strings.NewReplacer(oldnew...)
	}
	for _, dir := range dirs {
		args = append(args, st.units[dir].Path)
	}
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = opts.Dir
	cmd.Env = opts.Env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if ctx.Err() != nil {
		return "", false, ctx.Err()
	}
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		return "", false, fmt.Errorf("go %s: %w", verb, err)
	}
	if names != nil {
		return names.Replace(out.String()), err == nil, nil
	}
	return out.String(), err == nil, nil
}

// writeOverlay writes the go command's -overlay file for the changed files
// in dirs, and the copy standing for each file.
func writeOverlay(st *state, dirs []string) (string, map[string]string, func(), error) {
	tmp, err := os.MkdirTemp("", "completelint-migrate-")
	if err != nil {
		return "", nil, nil, err
	}
	cleanup := func() { _ = os.RemoveAll(tmp) }
	replace := make(map[string]string)
	for i, file := range slices.Sorted(maps.Keys(st.current)) {
		if !slices.Contains(dirs, filepath.Dir(file)) {
			continue
		}
		path := filepath.Join(tmp, fmt.Sprintf("%d.go", i))
		if err := os.WriteFile(path, st.current[file], 0o600); err != nil {
			cleanup()
			return "", nil, nil, err
		}
		replace[file] = path
	}
	data, err := json.Marshal(map[string]any{"Replace": replace})
	if err == nil {
		err = os.WriteFile(filepath.Join(tmp, "overlay.json"), data, 0o600)
	}
	if err != nil {
		cleanup()
		return "", nil, nil, err
	}
	return filepath.Join(tmp, "overlay.json"), replace, cleanup, nil
}

// goFileLine matches "path/file.go:12:3: message".
var goFileLine = regexp.MustCompile(`^(?:vet: )?(\S+\.go):\d+(?::\d+)?: `)

// blame maps the go command's output to the directories it complains
// about: "# import/path [variant]" headers and file positions.
func blame(out string, dirs []string, units map[string]unit, base string) map[string]string {
	byPath := make(map[string]string)
	for _, dir := range dirs {
		byPath[units[dir].Path] = dir
	}
	blamed := make(map[string]string)
	current := ""
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		if header, ok := strings.CutPrefix(line, "# "); ok {
			path, _, _ := strings.Cut(strings.Trim(header, "[]"), " ")
			current = byPath[strings.TrimSuffix(path, "_test")]
			continue
		}
		dir := current
		if m := goFileLine.FindStringSubmatch(line); m != nil {
			file := m[1]
			if !filepath.IsAbs(file) {
				file = filepath.Join(absOr(base), file)
			}
			if d := filepath.Dir(file); slices.Contains(dirs, d) {
				dir = d
			}
		}
		if dir != "" && blamed[dir] == "" && strings.TrimSpace(line) != "" {
			blamed[dir] = strings.TrimSpace(line)
		}
	}
	return blamed
}

func absOr(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		return abs
	}
	return dir
}

// firstLines is the start of a long message.
func firstLines(out string) string {
	lines := strings.SplitN(strings.TrimSpace(out), "\n", 4)
	return strings.Join(lines[:min(len(lines), 3)], "\n")
}
