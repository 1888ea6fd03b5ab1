// Command gen writes a synthetic Go module of N packages for completelint's
// scale benchmark (scripts/bench-scale.sh): mostly ordinary code without
// Anthropic imports, and every few packages legacy Text Completions call
// sites in the forms completelint supports (official SDK v1.84.0,
// hand-written HTTP bodies, Bedrock). The module builds against the real
// libraries; go.sum comes from `go mod tidy`, so the module proxy must be
// reachable. Output is deterministic for a given -n and -seed, and package i
// is the same whatever N is, so a smaller module is a prefix of a larger one.
//
//	go run ./scripts/gen -n 1000 -o /tmp/synth
//
// It also writes manifest.json: the call sites generated and the
// diagnostics completelint should report for them, by category.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	opts := DefaultOptions()
	fs.IntVar(&opts.Packages, "n", opts.Packages, "number of packages")
	fs.StringVar(&opts.Dir, "o", "", "output directory (must be empty or absent)")
	fs.Uint64Var(&opts.Seed, "seed", opts.Seed, "seed of the pseudo-random mix")
	fs.IntVar(&opts.LegacyEvery, "legacy-every", opts.LegacyEvery, "every k-th package holds legacy call sites (0: none)")
	fs.IntVar(&opts.SitesPerPackage, "sites", opts.SitesPerPackage, "legacy call sites per legacy package (0: one of each form)")
	fs.IntVar(&opts.LegacyImportPct, "legacy-import", opts.LegacyImportPct, "chance in percent that a package imports an earlier one reaching legacy code when it draws it")
	fs.BoolVar(&opts.Tidy, "tidy", opts.Tidy, "run go mod tidy to resolve requirements and write go.sum")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if opts.Dir == "" || fs.NArg() > 0 {
		fs.Usage()
		return errors.New("usage: gen -n N -o DIR [-seed S] [-legacy-every K] [-sites M]")
	}
	m, err := Generate(opts)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %d packages (%d with %d legacy call sites, %d reaching legacy code) to %s\n",
		m.Packages, m.LegacyPackages, m.siteCount(), m.ReachingLegacy, opts.Dir)
	return nil
}
