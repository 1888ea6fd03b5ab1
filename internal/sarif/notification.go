package sarif

import (
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/completelint/completelint/internal/findings"
)

// A Note is a toolExecutionNotification: something about the run rather
// than about the code, such as a package that was not analysed.
type Note struct {
	Level   string // "error": a package was not analysed; "warning": analysed despite a problem
	Message string
	// Where the problem is, when known: a file and its 1-based line and
	// byte column (0: none).
	File         string
	Line, Column int
}

// Notes says what the broken packages meant for the run: a package the
// patterns matched that has errors was not analysed (an error); a
// dependency with errors did not stop the analysis of the packages that
// import it (a warning).
func Notes(broken []findings.Broken) []Note {
	var out []Note
	for _, b := range broken {
		n := Note{Level: "warning", Message: b.String()}
		if b.Root {
			n.Level = "error"
		}
		if m := errorPos.FindStringSubmatch(b.Error); m != nil && filepath.IsAbs(m[1]) {
			n.File = m[1]
			n.Line, _ = strconv.Atoi(m[2])
			n.Column, _ = strconv.Atoi(m[3])
		}
		out = append(out, n)
	}
	return out
}

// errorPos matches the position of a go/packages error: "file.go:line[:col]: ".
var errorPos = regexp.MustCompile(`^(.+\.go):(\d+)(?::(\d+))?: `)

// invocation records the notes of the run; its execution is successful
// when no note is an error (SARIF 3.20.14).
func (b *builder) invocation(notes []Note) *sarif.Invocation {
	ok := true
	inv := sarif.NewInvocation()
	for _, n := range notes {
		ok = ok && n.Level != "error"
		sn := sarif.NewNotification().WithLevel(n.Level).WithTextMessage(n.Message)
		if n.File != "" && n.Line > 0 {
			region := sarif.NewRegion().WithStartLine(n.Line)
			if idx, err := b.index(n.File); err == nil && n.Line <= len(idx.lineStarts) && n.Column > 0 {
				_, col := idx.position(idx.lineStarts[n.Line-1] + n.Column - 1)
				region.WithStartColumn(col)
			}
			sn.AddLocation(sarif.NewLocationWithPhysicalLocation(
				sarif.NewPhysicalLocation().WithArtifactLocation(b.artifact(n.File)).WithRegion(region)))
		}
		inv.AddTToolExecutionNotification(sn)
	}
	return inv.WithExecutionSuccess(ok)
}
