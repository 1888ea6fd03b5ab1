package analyzer

import (
	_ "embed"
	"go/parser"
	"go/token"
	"strings"
)

//go:embed doc.go
var docGo string

// doc is the "# Analyzer completelint" section of doc.go, so that the package
// comment stays the single source of Analyzer.Doc and -help.
var doc = extractDoc(docGo, "completelint")

func extractDoc(src, name string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.PackageClauseOnly|parser.ParseComments)
	if err != nil || f.Doc == nil {
		panic("analyzer: doc.go has no package comment")
	}
	text := f.Doc.Text()
	_, section, ok := strings.Cut(text, "# Analyzer "+name+"\n")
	if !ok {
		panic("analyzer: doc.go has no section # Analyzer " + name)
	}
	section = strings.TrimSpace(section)
	return strings.TrimPrefix(section, name+": ")
}
