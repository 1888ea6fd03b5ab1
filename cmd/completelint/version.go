package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
)

// moduleVersion is the main module's version: the tag it was installed at
// (go install ...@v1.2.3), the pseudo-version the go command derives from a
// git checkout, or "(devel)" (built with -buildvcs=false, or by go test).
// revision adds the commit of a checkout when the build recorded one.
func moduleVersion(info *debug.BuildInfo) (version, revision string) {
	if info == nil {
		return "(devel)", ""
	}
	version = info.Main.Version
	if version == "" {
		version = "(devel)"
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	if rev := settings["vcs.revision"]; rev != "" {
		revision = settings["vcs"] + " " + rev
		if settings["vcs.modified"] == "true" {
			revision += " (modified)"
		}
	}
	return version, revision
}

func buildInfo() *debug.BuildInfo {
	info, _ := debug.ReadBuildInfo()
	return info
}

// versionLine is what "completelint version" prints.
func versionLine(info *debug.BuildInfo) string {
	version, revision := moduleVersion(info)
	line := "completelint " + version
	if revision != "" {
		line += ", " + revision
	}
	goVersion := runtime.Version()
	if info != nil && info.GoVersion != "" {
		goVersion = info.GoVersion
	}
	return line + ", built with " + goVersion
}

// versionMain implements "completelint version".
func versionMain(args []string) int {
	if len(args) > 0 {
		if len(args) == 1 && (args[0] == "help" || args[0] == "-h" || args[0] == "--help") {
			fmt.Println("usage: completelint version\n\nPrints the module version completelint was built at (\"(devel)\" for a\nbuild from a checkout without version control information), the commit\nwhen recorded, and the Go version.")
			return 0
		}
		fmt.Fprintln(os.Stderr, "usage: completelint version")
		return 2
	}
	fmt.Println(versionLine(buildInfo()))
	return 0
}

// printToolID answers go vet's -V=full the way x/tools' analysisflags
// does: "devel" and a buildID hashed from the executable, so that the go
// command's cache of vet results follows the binary's contents. The
// module version stands where x/tools prints a placeholder.
func printToolID(w io.Writer) int {
	prog, err := os.Executable()
	if err != nil {
		fmt.Fprintf(os.Stderr, "completelint: %v\n", err)
		return 1
	}
	f, err := os.Open(prog)
	if err != nil {
		fmt.Fprintf(os.Stderr, "completelint: %v\n", err)
		return 1
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		fmt.Fprintf(os.Stderr, "completelint: %v\n", err)
		return 1
	}
	version, _ := moduleVersion(buildInfo())
	fmt.Fprintf(w, "%s version devel %s buildID=%02x\n", prog, strings.ReplaceAll(version, " ", "_"), h.Sum(nil))
	return 0
}
