package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/completelint/completelint/analyzer"
	"github.com/completelint/completelint/internal/lsp"
)

const lspUsage = `usage: completelint lsp [flags]

Serves the Language Server Protocol on standard input and output: diagnostics
for open Go files, and completelint's suggested fixes as quick fixes.

Exit status: 0 after the client's shutdown and exit, when the client closes
standard input, or on SIGINT or SIGTERM; 1 when the client sends exit without
shutdown; 2 on bad flags.

Flags:
`

// lspMain implements "completelint lsp".
func lspMain(args []string) int {
	// An editor may close our output before we stop writing to it: the
	// write must fail, not kill the process with SIGPIPE (exit status 141).
	signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE)
	// Interrupted or terminated, the server still stops its go commands
	// and removes their temporary files.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return runLSP(ctx, args, os.Stdin, os.Stdout, os.Stderr)
}

func runLSP(ctx context.Context, args []string, stdin io.ReadCloser, stdout io.WriteCloser, stderr io.Writer) int {
	fs := flag.NewFlagSet("completelint lsp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	a := analyzer.New(analyzer.Config{})
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.Usage = func() {
		fmt.Fprint(stderr, lspUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	server := lsp.New(a, lsp.Options{HelpURL: analyzer.URL, Version: sarifTool().Version})
	return server.Serve(ctx, lsp.NewStream(stdin, stdout))
}
