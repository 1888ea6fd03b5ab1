// Package findings runs an analyzer on loaded packages and returns its
// diagnostics as byte offsets, independent of the token.FileSet they came
// from: the form that SARIF output and the language server both consume.
package findings

import (
	"cmp"
	"errors"
	"fmt"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A Finding is one diagnostic.
type Finding struct {
	Category   string
	Message    string
	File       string // absolute path
	Start, End int    // byte offsets; End == Start for a point
	Fixes      []Fix
	// Related are the finding's other places: the parts of one legacy
	// request (its URL, the call that sends it, the calls of a wrapper
	// that sends it) reported as one finding.
	Related []Related
}

// A Related is another place of a finding, with what it is.
type Related struct {
	File       string // absolute path
	Start, End int    // byte offsets; End == Start for a point
	Message    string
}

// Fix is one suggested fix.
type Fix struct {
	Message string
	Edits   []Edit
}

// Edit replaces the bytes [Start, End) of File with NewText.
type Edit struct {
	File       string
	Start, End int
	NewText    string
}

// Result is the outcome of Run.
type Result struct {
	Packages []*packages.Package // the root packages loaded
	Findings []Finding           // in the order the analyzer reported them
	// Broken are the packages with errors of their own that matter: root
	// packages, which are not analysed, and the dependencies of the
	// analysed ones, each once.
	Broken []Broken
}

// Run loads patterns with cfg and runs a on the root packages whose own
// files have no errors, also when a dependency has some: the analyzer then
// sees what the type checker made of it. The other root packages are not
// analysed; they and the broken dependencies are in Result.Broken. Load
// errors, patterns that name no files and analyzer errors are errors. The load mode is completed as a
// needs (every dependency from source when it uses facts). A file that
// belongs to a package and its test variant is reported once.
func Run(a *analysis.Analyzer, cfg *packages.Config, patterns ...string) (*Result, error) {
	c := *cfg
	c.Mode |= packages.LoadSyntax | packages.NeedModule
	if usesFacts(a) {
		c.Mode |= packages.LoadAllSyntax
	}
	pkgs, err := packages.Load(&c, patterns...)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	if err := unloadable(pkgs); err != nil {
		return nil, err
	}
	despite := RunsDespiteErrors(a)
	healthy := slices.DeleteFunc(slices.Clone(pkgs), func(p *packages.Package) bool {
		return len(p.Errors) > 0 || p.IllTyped && !despite
	})
	res := &Result{Packages: pkgs, Broken: brokenPackages(pkgs, healthy)}
	if len(healthy) == 0 {
		return res, nil
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, healthy, nil)
	if err != nil {
		return nil, err
	}
	conv := newConverter(readFunc(cfg))
	for _, act := range graph.Roots {
		if act.Err != nil {
			return nil, fmt.Errorf("%s: %w", act.Package.PkgPath, act.Err)
		}
		for _, d := range act.Diagnostics {
			if f, ok := conv.convert(act.Package.Fset, d); ok {
				res.Findings = append(res.Findings, f)
			}
		}
	}
	res.Findings = Dedup(res.Findings)
	return res, nil
}

// readFunc reads files as the load saw them: cfg's overlay, else the disk.
func readFunc(cfg *packages.Config) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		if data, ok := cfg.Overlay[name]; ok {
			return data, nil
		}
		return os.ReadFile(name)
	}
}

// key identifies a finding reported for a file shared by a package and its
// test variant.
func (f Finding) key() string {
	return fmt.Sprintf("%s:%d:%d:%s:%s", f.File, f.Start, f.End, f.Category, f.Message)
}

// Dedup returns fs without the repeats that analysing a package and its test
// variant produce, keeping the first of each with the related places of
// all: the test variant may add places in its test files.
func Dedup(fs []Finding) []Finding {
	seen := make(map[string]int)
	var out []Finding
	for _, f := range fs {
		i, ok := seen[f.key()]
		if !ok {
			seen[f.key()] = len(out)
			out = append(out, f)
			continue
		}
		merged := slices.Clone(out[i].Related)
		for _, r := range f.Related {
			if !slices.Contains(merged, r) {
				merged = append(merged, r)
			}
		}
		slices.SortStableFunc(merged, func(a, b Related) int {
			return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
		out[i].Related = merged
	}
	return out
}

// Convert turns a diagnostic into byte offsets; ok is false for a
// diagnostic without a position. A position in cmd/cgo's translation of a
// file is one in the file itself, read from the disk.
func Convert(fset *token.FileSet, d analysis.Diagnostic) (Finding, bool) {
	return newConverter(os.ReadFile).convert(fset, d)
}

// A converter turns diagnostics into findings. Positions in a file that
// //line directives map to another Go file (cmd/cgo's translation of the
// user's file, which the analyzer sees for a file with import "C") are
// given in that file, at the line and column the directives say.
type converter struct {
	read  func(string) ([]byte, error)
	lines map[string][]int // the offset of each line of a mapped-to file; nil if unreadable
}

func newConverter(read func(string) ([]byte, error)) *converter {
	return &converter{read: read, lines: make(map[string][]int)}
}

func (c *converter) convert(fset *token.FileSet, d analysis.Diagnostic) (Finding, bool) {
	file, start, end, _, ok := c.offsets(fset, d.Pos, d.End)
	if !ok {
		return Finding{}, false
	}
	f := Finding{Category: d.Category, Message: d.Message, File: file, Start: start, End: end}
fixes:
	for _, sf := range d.SuggestedFixes {
		fix := Fix{Message: sf.Message}
		for _, e := range sf.TextEdits {
			// An edit of a translation would not apply to the file it
			// maps to: a fix is offered whole or not at all.
			file, start, end, mapped, ok := c.offsets(fset, e.Pos, e.End)
			if !ok || mapped {
				continue fixes
			}
			fix.Edits = append(fix.Edits, Edit{File: file, Start: start, End: end, NewText: string(e.NewText)})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	for _, r := range d.Related {
		if file, start, end, _, ok := c.offsets(fset, r.Pos, r.End); ok {
			f.Related = append(f.Related, Related{File: file, Start: start, End: end, Message: r.Message})
		}
	}
	return f, true
}

// offsets returns the file and byte offsets of [pos, end); an invalid end
// means a point. mapped is set when a //line directive maps pos to
// another Go file.
func (c *converter) offsets(fset *token.FileSet, pos, end token.Pos) (file string, start, stop int, mapped, ok bool) {
	tf := fset.File(pos)
	if tf == nil {
		return "", 0, 0, false, false
	}
	if !end.IsValid() || int(end) < tf.Base() || int(end) > tf.Base()+tf.Size() {
		end = pos
	}
	if at := tf.PositionFor(pos, true); at.Filename != tf.Name() && strings.HasSuffix(at.Filename, ".go") {
		if lines := c.fileLines(at.Filename); lines != nil {
			to := tf.PositionFor(end, true)
			start = offsetOf(lines, at)
			stop = start
			if to.Filename == at.Filename {
				stop = max(start, offsetOf(lines, to))
			}
			return at.Filename, start, stop, true, true
		}
	}
	return tf.Name(), tf.Offset(pos), tf.Offset(end), false, true
}

// fileLines returns the offsets of the lines of a file, nil when it cannot
// be read.
func (c *converter) fileLines(name string) []int {
	if lines, ok := c.lines[name]; ok {
		return lines
	}
	var lines []int
	if data, err := c.read(name); err == nil {
		lines = append(lines, 0)
		for i, b := range data {
			if b == '\n' {
				lines = append(lines, i+1)
			}
		}
		lines = append(lines, len(data)+1) // the end, for the last line's length
	}
	c.lines[name] = lines
	return lines
}

// offsetOf is the byte offset of a line and column (from 1) in a file with
// the line offsets lines, kept within the line.
func offsetOf(lines []int, p token.Position) int {
	line := min(max(p.Line, 1), len(lines)-1)
	start, next := lines[line-1], lines[line]
	return min(start+max(p.Column-1, 0), next-1)
}

// A Broken package has errors of its own.
type Broken struct {
	ID      string // the package ID: its import path, and its test variant
	PkgPath string
	Module  string // "path@version" of a dependency outside the main module, else ""
	Error   string // the first error, on one line ("file:line:col: message")
	More    int    // how many other errors it has
	// Root is set for a package the patterns matched: it was not analysed.
	Root bool
	// Users are the analysed root packages that import this one, directly
	// or not, by import path: they were analysed despite its errors.
	Users []string
}

// String says on one line what the package's errors meant for the analysis.
func (b Broken) String() string {
	if b.Root {
		return fmt.Sprintf("%s not analysed: %s", b.ID, b.first())
	}
	users := strings.Join(b.Users, ", ")
	if len(b.Users) > 3 {
		users = fmt.Sprintf("%d packages that import it", len(b.Users))
	}
	return fmt.Sprintf("dependency %s; analysed %s despite it", b.Cause(), users)
}

// Cause names a dependency, its module and its first error.
func (b Broken) Cause() string {
	name := b.PkgPath
	if b.Module != "" {
		name += " (" + b.Module + ")"
	}
	return name + " has errors: " + b.first()
}

func (b Broken) first() string {
	if b.More > 0 {
		return fmt.Sprintf("%s (and %d more %s)", b.Error, b.More, plural(b.More, "error", "errors"))
	}
	return b.Error
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// brokenPackages returns the root packages with errors, then the
// dependencies with errors of the healthy roots, by import path.
func brokenPackages(roots, healthy []*packages.Package) []Broken {
	reach := make(map[*packages.Package][]*packages.Package) // packages with errors p imports, directly or not
	var errorsBelow func(p *packages.Package) []*packages.Package
	errorsBelow = func(p *packages.Package) []*packages.Package {
		if got, ok := reach[p]; ok {
			return got
		}
		reach[p] = nil // the import graph is acyclic; this guards bad metadata
		var out []*packages.Package
		for _, imp := range p.Imports {
			if len(imp.Errors) > 0 {
				out = append(out, imp)
			}
			out = append(out, errorsBelow(imp)...)
		}
		slices.SortFunc(out, func(a, b *packages.Package) int { return strings.Compare(a.ID, b.ID) })
		out = slices.Compact(out)
		reach[p] = out
		return out
	}
	users := make(map[*packages.Package][]string)
	for _, r := range healthy {
		for _, dep := range errorsBelow(r) {
			if !slices.Contains(users[dep], r.PkgPath) {
				users[dep] = append(users[dep], r.PkgPath)
			}
		}
	}
	var out []Broken
	seen := make(map[string]bool) // a package and its test variant often share their errors
	for _, r := range roots {
		if slices.Contains(healthy, r) {
			continue
		}
		b := newBroken(r)
		b.Root, b.Users = true, users[r]
		if b.Error == "" {
			// An analyzer that does not run despite errors: the
			// package is not analysed for its dependencies' errors.
			if below := errorsBelow(r); len(below) > 0 {
				dep := newBroken(below[0])
				b.Error, b.More = fmt.Sprintf("dependency %s has errors: %s", dep.PkgPath, dep.Error), dep.More
			}
		}
		if key := r.PkgPath + "\x00" + b.Error; !seen[key] {
			seen[key] = true
			out = append(out, b)
		}
		delete(users, r)
	}
	deps := slices.SortedFunc(maps.Keys(users), func(a, b *packages.Package) int { return strings.Compare(a.ID, b.ID) })
	for _, dep := range deps {
		b := newBroken(dep)
		b.Users = users[dep]
		out = append(out, b)
	}
	return out
}

func newBroken(p *packages.Package) Broken {
	b := Broken{ID: p.ID, PkgPath: p.PkgPath}
	if m := p.Module; m != nil && !m.Main {
		b.Module = m.Path
		if m.Version != "" {
			b.Module += "@" + m.Version
		}
	}
	errs := errorLines(p.Errors)
	if len(errs) > 0 {
		b.Error, b.More = errs[0], len(errs)-1
	}
	return b
}

// goError matches "file.go:line[:col]: message".
var goError = regexp.MustCompile(`^(.*\.go):(\d+(?::\d+)?): (.*)$`)

// errorLines returns the errors of a package one per line, those with a
// position from the type checker or parser first. The go command's
// messages ("# path" and its compiler's lines, relative to the package)
// often repeat them: a line whose file name, position and message match an
// earlier one is left out.
func errorLines(errs []packages.Error) []string {
	var out []string
	seen := make(map[string]bool)
	add := func(line string) {
		key := line
		if m := goError.FindStringSubmatch(line); m != nil {
			key = filepath.Base(m[1]) + ":" + m[2] + ": " + m[3]
		}
		if line != "" && !seen[key] {
			seen[key] = true
			out = append(out, line)
		}
	}
	for _, list := range []bool{false, true} {
		for _, e := range errs {
			if (e.Kind == packages.ListError) != list {
				continue
			}
			msg, _, _ := strings.Cut(e.Msg, "\n")
			if !list {
				if e.Pos != "" && e.Pos != "-" {
					msg = e.Pos + ": " + msg
				}
				add(msg)
				continue
			}
			for _, line := range strings.Split(e.Msg, "\n") {
				// Headers and continuation lines are not errors of their own.
				if !strings.HasPrefix(line, "# ") && !strings.HasPrefix(line, "\t") && !strings.HasPrefix(line, " ") {
					add(line)
				}
			}
		}
	}
	return out
}

// unloadable returns the errors of the root packages without any file: a
// pattern that names no package (a directory that does not exist, build
// constraints that exclude every file) is an error of the command line, not
// a broken package.
func unloadable(roots []*packages.Package) error {
	var errs []error
	for _, p := range roots {
		if len(p.Errors) > 0 && len(p.GoFiles)+len(p.CompiledGoFiles) == 0 {
			for _, line := range errorLines(p.Errors) {
				errs = append(errs, errors.New(line))
			}
		}
	}
	return errors.Join(errs...)
}

// RunsDespiteErrors reports whether a and the analyzers it requires run on
// packages whose dependencies have errors.
func RunsDespiteErrors(a *analysis.Analyzer) bool {
	if !a.RunDespiteErrors {
		return false
	}
	for _, r := range a.Requires {
		if !RunsDespiteErrors(r) {
			return false
		}
	}
	return true
}

// usesFacts reports whether a or an analyzer it requires uses facts, which
// need every dependency loaded from source.
func usesFacts(a *analysis.Analyzer) bool {
	if len(a.FactTypes) > 0 {
		return true
	}
	for _, r := range a.Requires {
		if usesFacts(r) {
			return true
		}
	}
	return false
}

// MainModuleDir returns the directory of the main module of pkgs, or
// fallback outside one.
func MainModuleDir(pkgs []*packages.Package, fallback string) string {
	for _, p := range pkgs {
		if p.Module != nil && p.Module.Main && p.Module.Dir != "" {
			return p.Module.Dir
		}
	}
	return fallback
}
