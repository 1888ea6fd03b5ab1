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
(a package that does not is restored). Files are replaced atomically; on
SIGINT or SIGTERM the file being written is finished and the run stops.

A git work tree with uncommitted changes is refused unless -force.

Exit status: 0 when every call site was rewritten or is suppressed; 4 when
some need manual work (see -report); 1 on errors or an interrupted run;
2 on bad flags.

Flags:
`

// writeDelayEnv slows each file write, so that tests can signal a run while
// it writes. Test use only.
const writeDelayEnv = "COMPLETELINT_MIGRATE_TEST_WRITE_DELAY"

// migrateMain implements "completelint migrate".
func migrateMain(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return runMigrate(ctx, args, os.Stdout, os.Stderr)
}

func runMigrate(ctx context.Context, args []string, stdout io.Writer, stderr *os.File) int {
	m := migrate.New()
	fs := flag.NewFlagSet("completelint migrate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts migrate.Options
	fs.BoolVar(&opts.DryRun, "dry-run", false, "print the changes as a unified diff and write nothing")
	fs.BoolVar(&opts.Force, "force", false, "migrate even when the git work tree has uncommitted changes")
	fs.StringVar(&opts.Tags, "tags", "", "comma-separated build tags for the analysis and the verification")
	fs.Func("verify-tags", "comma-separated build tags the changed packages must also build and vet with (repeatable; files only these select are not analysed)", func(s string) error {
		opts.VerifyTags = append(opts.VerifyTags, s)
		return nil
	})
	report := fs.String("report", "", "write the migration report to `path`.md and path.json")
	m.Analyzer.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.Usage = func() {
		fmt.Fprint(stderr, migrateUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	opts.Patterns = fs.Args()
	opts.Diff = stdout
	if isTerminal(stderr) {
		opts.Progress = stderr
	}
	if d, err := time.ParseDuration(os.Getenv(writeDelayEnv)); err == nil {
		opts.WriteDelay = d
	}

	res, err := m.Run(ctx, opts)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			err = errors.New("interrupted; nothing was written")
		}
		fmt.Fprintf(stderr, "completelint migrate: %v\n", err)
		return 1
	}
	if *report != "" {
		if err := writeReport(*report, res.Report); err != nil {
			fmt.Fprintf(stderr, "completelint migrate: %v\n", err)
			return 1
		}
	}
	summarize(stderr, opts.DryRun, res)
	switch {
	case res.Interrupted:
		return 1
	case res.Report.NeedsManualWork():
		return migrate.ExitManual
	}
	return 0
}

// summarize prints one line per outcome.
func summarize(w io.Writer, dryRun bool, res *migrate.Result) {
	t := res.Report.Totals
	verb := "migrated"
	if dryRun {
		verb = "would migrate"
	}
	fmt.Fprintf(w, "completelint migrate: %s %d files; %d call sites: %d rewritten, %d need manual work, %d suppressed\n",
		verb, len(res.Changed), t.Sites, t.ByStatus[migrate.Rewritten], t.ByStatus[migrate.Manual], t.ByStatus[migrate.Suppressed])
	for _, p := range res.Report.Restored {
		fmt.Fprintf(w, "completelint migrate: restored %s: %s\n", p.Dir, strings.ReplaceAll(p.Error, "\n", "; "))
	}
	if res.Interrupted {
		fmt.Fprintf(w, "completelint migrate: interrupted after writing %d of %d files; the others are unchanged\n", res.Written, len(res.Changed))
	}
}

// writeReport writes path.md and path.json.
func writeReport(path string, rep *migrate.Report) error {
	path = strings.TrimSuffix(strings.TrimSuffix(path, ".md"), ".json")
	for ext, write := range map[string]func(io.Writer) error{".md": rep.WriteMarkdown, ".json": rep.WriteJSON} {
		f, err := os.Create(path + ext)
		if err != nil {
			return err
		}
		err = write(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
