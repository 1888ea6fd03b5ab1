// Package sarifcheck validates SARIF logs in tests with Microsoft's SARIF
// multitool, installed with npm into a cache directory outside the repository
// ($COMPLETELINT_SARIF_CACHE, default <user cache dir>/completelint-sarif).
package sarifcheck

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
)

// MultitoolVersion is the pinned @microsoft/sarif-multitool-linux version.
const MultitoolVersion = "5.7.0"

const pkg = "@microsoft/sarif-multitool-linux"

// Multitool returns the path of the multitool binary, installing it on first
// use. The test is skipped when npm is absent and fails when the install does.
func Multitool(t testing.TB) string {
	t.Helper()
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm not found: install Node.js to validate SARIF with Microsoft's sarif-multitool")
	}
	dir := cacheDir(t)
	unlock := lock(t, filepath.Join(dir, ".lock"))
	defer unlock()

	bin := filepath.Join(dir, "node_modules", pkg, "Sarif.Multitool")
	if _, err := os.Stat(bin); err != nil {
		cmd := exec.Command(npm, "install", "--prefix", dir, "--no-audit", "--no-fund", pkg+"@"+MultitoolVersion)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("npm install %s: %v\n%s", pkg, err, out)
		}
	}
	// npm may not run the package's postinstall chmod.
	if err := os.Chmod(bin, 0o755); err != nil {
		t.Fatalf("sarif-multitool: %v", err)
	}
	return bin
}

// Validate runs "sarif-multitool validate" on path and fails the test on
// any error it reports. It returns the warnings (rule id and text).
func Validate(t testing.TB, path string) []string {
	t.Helper()
	bin := Multitool(t)
	cmd := exec.Command(bin, "validate", path)
	out, err := cmd.CombinedOutput()
	errs, warnings := findings(string(out))
	if err != nil || len(errs) > 0 || !strings.Contains(string(out), "Analysis completed successfully") {
		t.Fatalf("sarif-multitool validate %s: %v\n%s", path, err, out)
	}
	return warnings
}

var findingRE = regexp.MustCompile(`: (error|warning) (SARIF\d+|JSON\d+)?:? ?(.*)$`)

func findings(out string) (errs, warnings []string) {
	for line := range strings.SplitSeq(out, "\n") {
		m := findingRE.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			continue
		}
		if m[1] == "error" {
			errs = append(errs, m[2]+" "+m[3])
		} else {
			warnings = append(warnings, m[2]+" "+m[3])
		}
	}
	return errs, warnings
}

func cacheDir(t testing.TB) string {
	dir := os.Getenv("COMPLETELINT_SARIF_CACHE")
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			base = os.TempDir()
		}
		dir = filepath.Join(base, "completelint-sarif")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("sarif cache: %v", err)
	}
	return dir
}

// lock serialises installs between test binaries running in parallel.
func lock(t testing.TB, path string) func() {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		t.Fatalf("sarif cache lock: %v", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		t.Fatalf("sarif cache lock: %v", err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}
}
