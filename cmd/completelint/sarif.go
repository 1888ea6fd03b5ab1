package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"golang.org/x/mod/semver"

	"github.com/completelint/completelint/analyzer"
	"github.com/completelint/completelint/internal/ruledoc"
	"github.com/completelint/completelint/internal/sarif"
)

const sarifUsage = `usage: completelint sarif [flags] packages

Runs completelint on the packages and writes a SARIF 2.1.0 log, e.g. for
GitHub code scanning. Artifact URIs are relative to the main module's root
(uriBaseId %SRCROOT%), or to -srcroot, which must be an existing directory.

A package with errors of its own is not analysed, and a package whose
dependencies have errors is analysed with what type checking made of them:
the log's invocation says which, as toolExecutionNotifications (level
"error" and "warning"), and each is also printed on standard error.

Exit status: 0 when the log was written, with or without results; 1 when the
packages could not be loaded or analysed, or some of them could not (the
log is still written, for the others); 2 on bad flags.

Flags:
`

// sarifMain implements "completelint sarif".
func sarifMain(args []string) int {
	return runSarif(args, "", os.Stdout, os.Stderr)
}

// runSarif is sarifMain with the working directory and streams as
// parameters, for tests.
func runSarif(args []string, dir string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("completelint sarif", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the log to `file` instead of standard output")
	tests := fs.Bool("test", true, "also analyse test files")
	srcroot := fs.String("srcroot", "", "existing `dir` that artifact URIs are relative to (default: the main module's root)")
	tags := fs.String("tags", "", "comma-separated `list` of build tags to load the packages with")
	a := analyzer.New(analyzer.Config{})
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	usage := func(w io.Writer) {
		fmt.Fprint(w, sarifUsage)
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args, usage, stderr); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintf(stderr, "completelint sarif: no packages given (e.g. ./...)\nrun 'completelint sarif -h' for usage\n")
		return 2
	}
	var root string
	if *srcroot != "" {
		var err error
		if root, err = existingDir(dir, *srcroot); err != nil {
			fmt.Fprintf(stderr, "completelint sarif: -srcroot: %v\n", err)
			return 2
		}
	}

	result, err := sarif.Analyze(a, dir, fs.Args(), *tests, *tags)
	if err != nil {
		fmt.Fprintf(stderr, "completelint sarif: %v\n", err)
		return 1
	}
	if root == "" {
		if root, err = absDir(result.Root); err != nil {
			fmt.Fprintf(stderr, "completelint sarif: %v\n", err)
			return 1
		}
	}
	report, err := sarif.Build(sarif.Input{
		Tool:     sarifTool(),
		Rules:    ruledoc.SARIFRules(),
		Root:     root,
		Findings: result.Findings,
		ReadFile: os.ReadFile,
		Notes:    result.Notes,

		UncategorizedRule: ruledoc.SuppressionRuleID,
	})
	if err != nil {
		fmt.Fprintf(stderr, "completelint sarif: %v\n", err)
		return 1
	}
	var buf bytes.Buffer
	if err := report.PrettyWrite(&buf); err != nil {
		fmt.Fprintf(stderr, "completelint sarif: %v\n", err)
		return 1
	}
	if *out == "" {
		_, err = stdout.Write(buf.Bytes())
	} else {
		err = os.WriteFile(*out, buf.Bytes(), 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "completelint sarif: %v\n", err)
		return 1
	}
	for _, n := range result.Notes {
		fmt.Fprintf(stderr, "completelint sarif: %s\n", n.Message)
	}
	if result.Skipped > 0 {
		return 1
	}
	return 0
}

// existingDir is path, relative to dir ("" for the working directory),
// made absolute; it must be a directory.
func existingDir(dir, path string) (string, error) {
	if !filepath.IsAbs(path) && dir != "" {
		path = filepath.Join(dir, path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	info, err := os.Stat(abs)
	if err != nil {
		return "", err
	}
	if !info.IsDir() {
		return "", fmt.Errorf("%s is not a directory", abs)
	}
	return abs, nil
}

func absDir(dir string) (string, error) {
	if dir == "" {
		return os.Getwd()
	}
	return filepath.Abs(dir)
}

// sarifTool describes this binary. SARIF consumers compare numeric versions,
// so the module version loses its "v"; a build outside a tagged module
// ("(devel)") is 0.0.0-devel.
func sarifTool() sarif.Tool {
	version := "0.0.0-devel"
	if info, ok := debug.ReadBuildInfo(); ok && semver.IsValid(info.Main.Version) {
		version = strings.TrimPrefix(info.Main.Version, "v")
	}
	return sarif.Tool{Name: "completelint", Version: version, SemanticVersion: version, InformationURI: analyzer.URL}
}
