package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/completelint/completelint/internal/migrate"
)

const migrateUsage = `usage: completelint migrate [flags] [packages]

Rewrites every legacy Text Completions call in the packages (default ./...)
to the Messages API: applies the fixes until nothing changes, formats the
changed files, and verifies that the affected packages still build and vet
(a package that does not is restored), writing nothing into the tree. Files
are replaced atomically, keeping their mode, owner and group; read-only
files are left alone. On SIGINT or SIGTERM the file being written is
finished and the run stops; a file that cannot be written stops it too. The
summary line and the report say which files were written.

A package with errors of its own is not analysed, and one that imports a
package with errors is analysed but not rewritten (no build could verify
it): both are named on standard error and in the report, and the other
packages are migrated.

A git work tree with uncommitted changes (untracked files included, the
-report files excepted) is refused unless -force.

Exit status: 0 when every call site was rewritten or is suppressed; 4 when
some need manual work or a package was not analysed (see -report); 1 on
errors or an interrupted or stopped run; 2 on bad flags.

Flags:
`

// writeGateEnv names a file that a run waits for after each file it writes,
// until the file exists or the run is interrupted, so that tests can act
// between two writes. Test use only.
const writeGateEnv = "COMPLETELINT_MIGRATE_TEST_WRITE_GATE"

// migrateMain implements "completelint migrate".
func migrateMain(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return runMigrate(ctx, args, os.Stdout, os.Stderr)
}

func runMigrate(ctx context.Context, args []string, stdout io.Writer, stderr *os.File) int {
	m := migrate.New()
	fs := flag.NewFlagSet("completelint migrate", flag.ContinueOnError)
	var opts migrate.Options
	fs.BoolVar(&opts.DryRun, "dry-run", false, "print the changes as a unified diff and write nothing")
	fs.BoolVar(&opts.Force, "force", false, "migrate even when the git work tree has uncommitted changes")
	fs.StringVar(&opts.Tags, "tags", "", "comma-separated build tags for the analysis and the verification")
	fs.Func("verify-tags", "comma-separated build tags the changed packages must also build and vet with (repeatable; files only these select are not analysed)", func(s string) error {
		opts.VerifyTags = append(opts.VerifyTags, s)
		return nil
	})
	fs.StringVar(&opts.Report, "report", "", "write the migration report to `path`.md and path.json (checked before anything is written)")
	m.Analyzer.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	usage := func(w io.Writer) {
		fmt.Fprint(w, migrateUsage)
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args, usage, stderr); !ok {
		return code
	}
	opts.Patterns = fs.Args()
	opts.Diff = stdout
	if isTerminal(stderr) {
		opts.Progress = stderr
	}
	if gate := os.Getenv(writeGateEnv); gate != "" {
		opts.AfterWrite = func(ctx context.Context) { waitForFile(ctx, gate) }
	}

	res, err := m.Run(ctx, opts)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			err = errors.New("interrupted; nothing was written")
		}
		fmt.Fprintf(stderr, "completelint migrate: %v\n", err)
		return 1
	}
	summarize(stderr, res)
	switch {
	case res.Interrupted, res.Stopped != nil, res.ReportErr != nil:
		return 1
	case res.Report.NeedsManualWork():
		return migrate.ExitManual
	}
	return 0
}

// summarize prints the one-line summary, then what needs a look.
func summarize(w io.Writer, res *migrate.Result) {
	fmt.Fprintf(w, "completelint migrate: %s\n", res.Report.Summary())
	for _, p := range res.Report.Restored {
		fmt.Fprintf(w, "completelint migrate: restored %s: %s\n", p.Dir, strings.ReplaceAll(p.Error, "\n", "; "))
	}
	for _, n := range res.Notes {
		fmt.Fprintf(w, "completelint migrate: %s\n", n)
	}
	for _, o := range res.Owners {
		fmt.Fprintf(w, "completelint migrate: owner not kept: %s\n", o)
	}
	if res.ReportErr != nil {
		fmt.Fprintf(w, "completelint migrate: %v\n", res.ReportErr)
	}
}

// waitForFile polls for path until it exists or ctx is done.
func waitForFile(ctx context.Context, path string) {
	for ctx.Err() == nil {
		if _, err := os.Stat(path); err == nil {
			return
		}
		select {
		case <-ctx.Done():
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
