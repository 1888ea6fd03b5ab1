package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/format"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
)

// modulePath is the generated module's path.
const modulePath = "example.com/synth"

// goMod lists the direct requirements; go mod tidy adds the indirect ones.
const goMod = `module ` + modulePath + `

go 1.24

require (
	github.com/anthropics/anthropic-sdk-go v1.84.0
	github.com/aws/aws-sdk-go-v2 v1.47.8
	github.com/aws/aws-sdk-go-v2/service/bedrockruntime v1.63.12
)
`

// Options say what module to generate.
type Options struct {
	Dir             string
	Packages        int
	Seed            uint64
	LegacyEvery     int  // package i holds legacy sites when i%LegacyEvery == 0
	SitesPerPackage int  // 0 or more than there are site kinds: one of each
	LegacyImportPct int  // chance, in percent, to keep a drawn import of a package reaching legacy code
	Tidy            bool // run go mod tidy (needs the module proxy)
}

// DefaultOptions are the command's defaults: one package in ten is legacy.
func DefaultOptions() Options {
	return Options{Packages: 100, Seed: 1, LegacyEvery: 10, SitesPerPackage: 3, LegacyImportPct: 50, Tidy: true}
}

// Manifest records what was generated and what completelint should report.
type Manifest struct {
	Packages       int            `json:"packages"`
	LegacyPackages int            `json:"legacy_packages"`
	ReachingLegacy int            `json:"reaching_legacy"` // packages that hold legacy sites or import one that does
	Sites          map[string]int `json:"sites"`           // call sites by kind
	Diagnostics    map[string]int `json:"diagnostics"`     // expected diagnostics by category
}

func (m *Manifest) siteCount() int {
	n := 0
	for _, c := range m.Sites {
		n += c
	}
	return n
}

// Generate writes the module into opts.Dir, which must be empty or absent.
func Generate(opts Options) (*Manifest, error) {
	if opts.Packages < 1 {
		return nil, fmt.Errorf("need at least one package, got %d", opts.Packages)
	}
	if opts.LegacyEvery < 0 || opts.SitesPerPackage < 0 || opts.LegacyImportPct < 0 || opts.LegacyImportPct > 100 {
		return nil, errors.New("-legacy-every and -sites must not be negative, -legacy-import must be 0..100")
	}
	if err := ensureEmptyDir(opts.Dir); err != nil {
		return nil, err
	}
	m := &Manifest{Packages: opts.Packages, Sites: map[string]int{}, Diagnostics: map[string]int{}}
	if err := os.WriteFile(filepath.Join(opts.Dir, "go.mod"), []byte(goMod), 0o644); err != nil {
		return nil, err
	}
	var earlier []earlierPkg
	for i := range opts.Packages {
		// One stream per package: package i does not depend on N.
		rng := rand.New(rand.NewPCG(opts.Seed, uint64(i)))
		p := newPackage(rng, i, earlier, opts.LegacyImportPct)
		if opts.LegacyEvery > 0 && i%opts.LegacyEvery == 0 {
			p.sites = pickSites(rng, opts.SitesPerPackage)
			p.reachesLegacy = true
			m.LegacyPackages++
			for _, k := range p.sites {
				m.Sites[k.name]++
				for cat, n := range k.expect {
					m.Diagnostics[cat] += n
				}
			}
		}
		if err := writePackage(opts.Dir, p); err != nil {
			return nil, err
		}
		if p.reachesLegacy {
			m.ReachingLegacy++
		}
		earlier = append(earlier, earlierPkg{p.Name, p.reachesLegacy})
	}
	if err := writeManifest(opts.Dir, m); err != nil {
		return nil, err
	}
	if opts.Tidy {
		if err := goCommand(opts.Dir, "mod", "tidy"); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func ensureEmptyDir(dir string) error {
	if dir == "" {
		return errors.New("no output directory")
	}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("output directory %s is not empty", dir)
	}
	return nil
}

// writePackage renders every file of p, gofmt'd, into dir/internal/<name>.
func writePackage(dir string, p *pkg) error {
	pdir := filepath.Join(dir, "internal", p.Name)
	if err := os.MkdirAll(pdir, 0o755); err != nil {
		return err
	}
	files := []struct {
		name, tmpl string
	}{{"types.go", "types"}, {"handler.go", "handler"}}
	for _, k := range p.sites {
		files = append(files, struct{ name, tmpl string }{k.name + ".go", k.name})
	}
	for _, f := range files {
		var buf bytes.Buffer
		if err := templates.ExecuteTemplate(&buf, f.tmpl, p); err != nil {
			return fmt.Errorf("%s/%s: %w", p.Name, f.name, err)
		}
		src, err := format.Source(buf.Bytes())
		if err != nil {
			return fmt.Errorf("%s/%s: generated code does not parse: %w", p.Name, f.name, err)
		}
		if err := os.WriteFile(filepath.Join(pdir, f.name), src, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func writeManifest(dir string, m *Manifest) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "manifest.json"), append(data, '\n'), 0o644)
}

// goCommand runs the go command in dir, outside any workspace of the caller.
func goCommand(dir string, args ...string) error {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go %v in %s: %w\n%s", args, dir, err, out)
	}
	return nil
}
