package migrate

import (
	"bytes"
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/imports"

	"github.com/completelint/completelint/analyzer"
	"github.com/completelint/completelint/internal/findings"
	"github.com/completelint/completelint/internal/fixfmt"
)

// Options configure a migration.
type Options struct {
	Dir      string   // where patterns are resolved; "" is the working directory
	Patterns []string // default ./...
	// Tags are the build tags of the analysis and of the verification.
	Tags string
	// VerifyTags are further tag lists the affected packages must also
	// build and vet with: files only they select are not analysed.
	VerifyTags []string
	DryRun     bool // print the diff to Diff and write nothing
	Force      bool // migrate a dirty git work tree
	MaxRounds  int  // rounds of analysis and fixing; 0 means 5
	Env        []string
	Diff       io.Writer // the dry-run diff; nil discards it
	Progress   io.Writer // progress lines; nil is quiet
	// Report, when set, names the report files (see ReportPaths). They
	// are checked before anything else, written whenever the run gets to
	// the writing step (even when it stops there), and never count as
	// uncommitted changes.
	Report string
	// AfterWrite, when set, is called after each file written. Tests use
	// it to act while a run writes; it is not a command-line option.
	AfterWrite func(ctx context.Context)
}

// A Migrator runs migrations with one analyzer, whose flags the caller may
// bind to a command line before calling Run.
type Migrator struct {
	Analyzer *analysis.Analyzer
	log      siteLog
	prog     progress
}

// New returns a Migrator with the completelint analyzer.
func New() *Migrator {
	m := &Migrator{}
	m.Analyzer = analyzer.New(analyzer.Config{})
	return m
}

// Result is the outcome of Run.
type Result struct {
	Report *Report
	// Changed are the files migrated (or, in a dry run, that would be),
	// sorted; Written counts those written before the run stopped.
	Changed     []string
	Written     int
	Interrupted bool
	// Stopped is why the writing stopped early, other than an interrupt:
	// a file that could not be written. The report says which files were
	// written.
	Stopped error
	// Owners lists the written files whose owner or group could not be
	// kept.
	Owners []string
	// ReportErr is set when the report could not be written.
	ReportErr error
	// Notes say, one line each, which packages were not analysed, and
	// which dependencies have errors.
	Notes []string
}

func notes(broken []findings.Broken) []string {
	var out []string
	for _, b := range broken {
		out = append(out, b.String())
	}
	return out
}

// Run migrates the packages of opts. The context's cancellation (SIGINT)
// stops the analysis, or the writing after the file being written: each
// file is either original or fully migrated. An error means nothing was
// written; once writing has begun, Run returns a Result that says how far
// it got.
func (m *Migrator) Run(ctx context.Context, opts Options) (*Result, error) {
	if len(opts.Patterns) == 0 {
		opts.Patterns = []string{"./..."}
	}
	if opts.MaxRounds <= 0 {
		opts.MaxRounds = 5
	}
	m.prog = progress{w: opts.Progress}
	defer m.prog.done()
	var report *reportFiles
	if opts.Report != "" {
		var err error
		if report, err = prepareReport(opts.Report); err != nil {
			return nil, err
		}
		defer report.discard()
	}
	if !opts.Force && !opts.DryRun {
		var own []string
		if report != nil {
			own = report.paths()
		}
		if err := checkClean(ctx, opts.Dir, own); err != nil {
			return nil, interrupted(ctx, err)
		}
	}
	st := &state{original: make(map[string][]byte), current: make(map[string][]byte), track: &tracker{}}
	if err := m.fixUntilStable(ctx, &opts, st); err != nil {
		return nil, interrupted(ctx, err)
	}
	broken, err := m.verify(ctx, &opts, st)
	if err != nil {
		return nil, interrupted(ctx, err)
	}
	for dir, msg := range broken {
		for file := range st.current {
			if filepath.Dir(file) == dir {
				delete(st.current, file)
			}
		}
		st.track.restored(dir, msg)
	}
	res := &Result{Changed: slices.Sorted(maps.Keys(st.current))}
	if opts.DryRun {
		if err := writeDiffs(opts.Diff, st.root, res.Changed, st.original, st.current); err != nil {
			return nil, err
		}
	} else {
		m.writeAll(ctx, &opts, st, res)
	}
	res.Report = buildReport(st, broken, opts.DryRun, res)
	res.Notes = notes(st.broken)
	if report != nil {
		res.ReportErr = report.commit(res.Report)
	}
	return res, nil
}

// writeAll checks every file, then writes them, and records in res how far
// it got. The files not written keep their original contents; their sites
// say why.
func (m *Migrator) writeAll(ctx context.Context, opts *Options, st *state, res *Result) {
	var err error
	if err = ctx.Err(); err == nil {
		if err = preflight(res.Changed); err == nil {
			res.Written, res.Owners, err = m.write(ctx, opts, st, res.Changed)
		}
	}
	if err == nil {
		return
	}
	reason := "not written: " + err.Error()
	if ctx.Err() != nil {
		res.Interrupted, reason = true, reasonInterrupted
	} else {
		res.Stopped = err
	}
	for _, file := range res.Changed[res.Written:] {
		st.track.unwritten(file, reason)
	}
}

// interrupted turns the error of a cancelled step (go list killed, a
// package load that reports "context canceled" in its own words) into
// the context's error.
func interrupted(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

// state is the migration in memory: the original and current contents of
// every changed file, and what became of each call site.
type state struct {
	original map[string][]byte
	current  map[string][]byte // changed files only: the overlay
	track    *tracker
	units    map[string]unit
	root     string
	broken   []findings.Broken // packages with errors, as the first round found them
	// unverifiable are the directories of packages whose dependencies have
	// errors: their rewrite could not be built, so they keep their code,
	// with the reason.
	unverifiable map[string]string
}

// unverifiable maps the directory of every analysed package that imports
// a package with errors to why it is not rewritten.
func unverifiable(r *round) map[string]string {
	out := make(map[string]string)
	for _, b := range r.broken {
		for _, path := range b.Users {
			if dir := r.pkgDirs[path]; dir != "" && out[dir] == "" {
				out[dir] = fmt.Sprintf("its dependency %s, so the rewrite cannot be verified by a build", b.Cause())
			}
		}
	}
	return out
}

// fixUntilStable analyses and applies fixes until a round changes nothing.
func (m *Migrator) fixUntilStable(ctx context.Context, opts *Options, st *state) error {
	var changed []string // by the previous round
	for i := range opts.MaxRounds {
		r, err := m.analyse(ctx, opts, st.current)
		if err != nil {
			if i == 0 || ctx.Err() != nil {
				return err
			}
			// The fixes of an earlier round broke a package: verification
			// finds it and restores it.
			return nil
		}
		if i == 0 {
			st.units, st.root, st.broken = r.units, r.root, r.broken
			st.unverifiable = unverifiable(r)
		}
		st.track.observe(r.sites, i == 0, changed, st.declaring(changed))
		if i == 0 {
			for dir, why := range st.unverifiable {
				st.track.unverifiable(dir, why)
			}
		}
		r.fixes = slices.DeleteFunc(r.fixes, func(f Fix) bool {
			return slices.ContainsFunc(f.Edits, func(e Edit) bool { return st.unverifiable[filepath.Dir(e.File)] != "" })
		})
		edits, skipped := mergeFixes(r.fixes)
		failed := make(map[string]error)
		changed = nil
		for _, file := range slices.Sorted(maps.Keys(edits)) {
			ok, err := st.apply(file, edits[file])
			if err != nil {
				failed[file] = err
			} else if ok {
				changed = append(changed, file)
			}
		}
		st.track.applied(r, skipped, failed)
		m.prog.status("round %d: %d files fixed", i+1, len(changed))
		if len(changed) == 0 {
			return nil
		}
	}
	return nil
}

// declaring returns a function that finds the files, among files, that
// declare a function or method of a name ("ask", "T.Ask", "pkg.Ask").
func (st *state) declaring(files []string) func(name string) []string {
	return func(name string) []string {
		name = name[strings.LastIndex(name, ".")+1:]
		var out []string
		for _, file := range files {
			f, err := parser.ParseFile(token.NewFileSet(), file, st.original[file], parser.SkipObjectResolution)
			if err != nil {
				continue
			}
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == name {
					out = append(out, file)
					break
				}
			}
		}
		return out
	}
}

// apply edits file and formats it, removing imports the edits left unused;
// a file that was not gofmt-clean is formatted only where the edits went.
func (st *state) apply(file string, edits []Edit) (bool, error) {
	src, ok := st.current[file]
	if !ok {
		if err := checkWritable(file); err != nil {
			return false, err
		}
		var err error
		if src, err = os.ReadFile(file); err != nil {
			return false, err
		}
	}
	out, ok := applyEdits(src, edits)
	if !ok {
		return false, fmt.Errorf("%s: edits out of range", file)
	}
	formatted, err := imports.Process(file, out, nil)
	if err != nil {
		return false, fmt.Errorf("the fixed file does not parse: %w", err)
	}
	out = fixfmt.Confine(src, out, formatted, spans(edits))
	if bytes.Equal(out, src) {
		return false, nil
	}
	if _, seen := st.original[file]; !seen {
		st.original[file] = src
	}
	st.current[file] = out
	return true, nil
}
