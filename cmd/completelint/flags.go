package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/completelint/completelint/analyzer"
)

// checkFlagSet mirrors the flags singlechecker.Main defines (x/tools'
// analysisflags and checker, and the analyzer's, on a fresh analyzer), so
// that the command line can be checked before singlechecker parses it with
// flag.ExitOnError, which prints the whole usage after every error: once
// per package under go vet. TestCheckFlagsMirrorSinglechecker compares
// the mirror with what the binary itself reports through -flags.
func checkFlagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("completelint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	analyzer.New(analyzer.Config{}).Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.String("tags", "", "comma-separated `list` of build tags to load the packages with (passed on as GOFLAGS=-tags=list)")
	// analysisflags
	fs.Bool("flags", false, "print analyzer flags in JSON")
	fs.Var(versionFlag{}, "V", "print version and exit (-V=full: the tool id go vet caches by)")
	fs.Bool("json", false, "emit JSON output (exit status 0 with findings)")
	fs.Int("c", -1, "display offending line with this many lines of context")
	fs.Bool("fix", false, "apply all suggested fixes")
	fs.Bool("diff", false, "with -fix, don't update the files, but print a unified diff")
	fs.Bool("source", false, "no effect (deprecated)")
	fs.Bool("v", false, "no effect (deprecated)")
	fs.Bool("all", false, "no effect (deprecated)")
	// checker
	fs.String("debug", "", `debug flags, any subset of "fpstv"`)
	fs.String("cpuprofile", "", "write CPU profile to this file")
	fs.String("memprofile", "", "write memory profile to this file")
	fs.String("trace", "", "write trace log to this file")
	fs.Bool("test", true, "indicates whether test files should be analyzed, too")
	return fs
}

// versionFlag accepts what analysisflags' -V accepts.
type versionFlag struct{}

func (versionFlag) IsBoolFlag() bool { return true }
func (versionFlag) String() string   { return "" }
func (versionFlag) Set(s string) error {
	if s != "full" && s != "true" {
		return fmt.Errorf("want -V or -V=full")
	}
	return nil
}

// checkFlags checks the plain command's flags. It prints the usage for -h,
// and for a bad flag the error and a one-line hint. ok is false when the
// command is done, with the exit code. -tags is passed to the go command
// through GOFLAGS: singlechecker accepts it only as a no-op.
func checkFlags(args []string, stderr io.Writer) (code int, ok bool) {
	switch {
	case len(args) == 1 && args[0] == "-V=full":
		return printToolID(os.Stdout), false
	case len(args) == 1 && (args[0] == "-V" || args[0] == "--V"):
		return versionMain(nil), false
	}
	fs := checkFlagSet()
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		usage(stderr)
		return 0, false
	case err != nil && unitcheckerMode(args):
		// go vet and go fix run the tool once per package, with the same
		// flags: say it once. The go command's work directory is shared by
		// the runs of one command; the first run to claim it reports, the
		// others exit 0 silently. Their empty results are cached under
		// these flags, which always fail the package that reports.
		if firstToReport(args[len(args)-1]) {
			fmt.Fprintf(stderr, "completelint: %v\n", err)
		} else {
			return 0, false
		}
		return 2, false
	case err != nil:
		fmt.Fprintf(stderr, "completelint: %v\nrun 'completelint -h' for usage\n", err)
		return 2, false
	case fs.Lookup("flags").Value.String() == "true":
		return 0, true // go vet asks which flags there are
	case fs.NArg() == 0:
		usage(stderr)
		return 1, false
	}
	if tags := fs.Lookup("tags").Value.String(); tags != "" {
		if err := os.Setenv("GOFLAGS", withTags(os.Getenv("GOFLAGS"), tags)); err != nil {
			fmt.Fprintf(stderr, "completelint: -tags: %v\n", err)
			return 1, false
		}
	}
	return 0, true
}

// unitcheckerMode reports whether the go command runs the tool on one
// package: go vet -vettool and go fix -fixtool pass a lone *.cfg file.
func unitcheckerMode(args []string) bool {
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// goWorkDir matches the configuration file the go command writes for each
// package: $WORK/bNNN/vet.cfg, with $WORK named go-build*.
var goWorkDir = regexp.MustCompile(`^go-build[^/\\]*$`)

// firstToReport reports whether this run is the first of its go command to
// report a flag error. Outside a go command's work directory every run is.
func firstToReport(cfg string) bool {
	work := filepath.Dir(filepath.Dir(cfg))
	if !goWorkDir.MatchString(filepath.Base(work)) {
		return true
	}
	f, err := os.OpenFile(filepath.Join(work, "completelint-flag-error"), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return !errors.Is(err, os.ErrExist)
	}
	_ = f.Close()
	return true
}

// withTags returns goflags with its -tags replaced by tags.
func withTags(goflags, tags string) string {
	var out []string
	for _, f := range strings.Fields(goflags) {
		if !strings.HasPrefix(strings.TrimLeft(f, "-"), "tags=") {
			out = append(out, f)
		}
	}
	// The go command takes a comma-separated list; spaces cannot pass
	// through GOFLAGS.
	return strings.Join(append(out, "-tags="+strings.Join(strings.FieldsFunc(tags, func(r rune) bool { return r == ',' || r == ' ' }), ",")), " ")
}

// parseFlags parses a subcommand's flags: "help" alone prints the usage to
// stdout and -h to stderr (exit 0); a bad flag prints the error and a hint
// (exit 2). ok is false when the command is done, with the exit code.
func parseFlags(fs *flag.FlagSet, args []string, usage func(io.Writer), stderr io.Writer) (code int, ok bool) {
	if len(args) == 1 && args[0] == "help" {
		usage(os.Stdout)
		return 0, false
	}
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		usage(stderr)
		return 0, false
	case err != nil:
		fmt.Fprintf(stderr, "%s: %v\nrun '%s -h' for usage\n", fs.Name(), err, fs.Name())
		return 2, false
	}
	return 0, true
}
