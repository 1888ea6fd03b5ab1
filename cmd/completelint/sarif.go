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
(uriBaseId %%SRCROOT%%).

Exit status: 0 when the log was written, with or without results; 1 when the
packages could not be loaded or analysed; 2 on bad flags.

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
	srcroot := fs.String("srcroot", "", "`dir` that artifact URIs are relative to (default: the main module's root)")
	a := analyzer.New(analyzer.Config{})
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.Usage = func() {
		fmt.Fprint(stderr, sarifUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}

	result, err := sarif.Analyze(a, dir, fs.Args(), *tests)
	if err != nil {
		fmt.Fprintf(stderr, "completelint sarif: %v\n", err)
		return 1
	}
	root := result.Root
	if *srcroot != "" {
		root = *srcroot
	}
	if root, err = absDir(root); err != nil {
		fmt.Fprintf(stderr, "completelint sarif: %v\n", err)
		return 1
	}
	report, err := sarif.Build(sarif.Input{
		Tool:     sarifTool(),
		Rules:    ruledoc.SARIFRules(),
		Root:     root,
		Findings: result.Findings,
		ReadFile: os.ReadFile,
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
	return 0
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
