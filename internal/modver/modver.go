// Package modver tells the version of the module a loaded package comes
// from by where its files are: the module cache spells it in the directory
// (github.com/tmc/langchaingo@v0.1.5/...), as do paths trimmed by
// -trimpath, and a vendored module is listed with its version in
// vendor/modules.txt. Every driver (singlechecker, go vet, golangci-lint)
// keeps those file names in the positions of a package's objects, whether
// it was type-checked from source or read from export data.
package modver

import (
	"bufio"
	"bytes"
	"os"
	"path"
	"strings"
	"sync"

	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
)

// FromFile returns the version of module modPath that the source file
// filename belongs to, and whether it is known. It is unknown for a module
// replaced by a directory, a workspace module, or a file elsewhere.
func FromFile(filename, modPath string) (string, bool) {
	name := strings.ReplaceAll(filename, `\`, "/")
	if v, ok := fromCache(name, modPath); ok {
		return v, true
	}
	return fromVendor(name, modPath)
}

// fromCache reads the version from a module cache path, .../mod/<escaped
// path>@<escaped version>/..., or from a trimmed one, <path>@<version>/....
func fromCache(name, modPath string) (string, bool) {
	escaped, err := module.EscapePath(modPath)
	if err != nil {
		return "", false
	}
	for i := 0; ; {
		j := strings.Index(name[i:], escaped+"@")
		if j < 0 {
			return "", false
		}
		j += i
		i = j + 1
		if j > 0 && name[j-1] != '/' {
			continue
		}
		rest := name[j+len(escaped)+1:]
		ev, _, ok := strings.Cut(rest, "/")
		if !ok {
			continue
		}
		v, err := module.UnescapeVersion(ev)
		if err != nil || !semver.IsValid(v) {
			continue
		}
		return v, true
	}
}

// fromVendor reads the version of a vendored module from the
// vendor/modules.txt next to the vendor directory the file is in.
func fromVendor(name, modPath string) (string, bool) {
	i := strings.LastIndex(name, "/vendor/"+modPath+"/")
	if i < 0 {
		return "", false
	}
	return vendored(path.Join(name[:i], "vendor", "modules.txt"), modPath)
}

// vendorLists caches the versions of each modules.txt read, by file name.
var vendorLists sync.Map // string -> map[string]string

func vendored(list, modPath string) (string, bool) {
	if m, ok := vendorLists.Load(list); ok {
		v, ok := m.(map[string]string)[modPath]
		return v, ok
	}
	versions := map[string]string{}
	if data, err := os.ReadFile(list); err == nil {
		versions = parseModulesTxt(data)
	}
	vendorLists.Store(list, versions)
	v, ok := versions[modPath]
	return v, ok
}

// parseModulesTxt reads the "# path version" lines of a vendor/modules.txt
// ("# path version => replacement" included: the version required is the
// one the module graph names).
func parseModulesTxt(data []byte) map[string]string {
	versions := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line, ok := strings.CutPrefix(sc.Text(), "# ")
		if !ok {
			continue
		}
		f := strings.Fields(line)
		if len(f) >= 2 && semver.IsValid(f[1]) {
			versions[f[0]] = f[1]
		}
	}
	return versions
}

// InRange reports whether version v is at least since (when set) and
// below below (when set).
func InRange(v, since, below string) bool {
	return (since == "" || semver.Compare(v, since) >= 0) && (below == "" || semver.Compare(v, below) < 0)
}
