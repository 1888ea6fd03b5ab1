// Package fixfmt formats a file after suggested fixes were applied to it,
// byte for byte the way the -fix flag of x/tools drivers (singlechecker,
// hence `completelint -fix`) does: imports sorted, imports the fix left
// unused removed, then gofmt's printer. Quick fixes offered by the language
// server thus produce the same file as the command line. Confine then keeps
// the formatting of a file that was not gofmt-clean to the declarations a
// fix touched, for migrate and the language server.
package fixfmt

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"maps"
	"strconv"

	"golang.org/x/tools/go/ast/astutil"
)

// Source formats src, a Go file of pkg (the package as type-checked before
// the fix) with fixes applied. It mirrors FormatSourceRemoveImports of
// golang.org/x/tools/internal/analysis/driverutil (v0.52.0), which is not
// importable. An error means src does not parse; -fix then keeps the
// unformatted text.
func Source(pkg *types.Package, src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "fixed.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	ast.SortImports(fset, file)
	removeUnneededImports(fset, pkg, file)

	// printerNormalizeNumbers is go/printer's private mode bit that gofmt
	// sets to canonicalise number literal prefixes and exponents.
	const printerNormalizeNumbers = 1 << 30
	cfg := &printer.Config{
		Mode:     printer.UseSpaces | printer.TabIndent | printerNormalizeNumbers,
		Tabwidth: 8,
	}
	var buf bytes.Buffer
	if err := cfg.Fprint(&buf, fset, file); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// removeUnneededImports removes the imports whose name is not a free name
// of the rest of the file. pkg supplies the default names of non-renaming
// imports of existing dependencies; an import it does not know is kept.
func removeUnneededImports(fset *token.FileSet, pkg *types.Package, file *ast.File) {
	packageNames := make(map[string]string)
	var visit func(pkg *types.Package)
	visit = func(pkg *types.Package) {
		if packageNames[pkg.Path()] == "" {
			packageNames[pkg.Path()] = pkg.Name()
			for _, imp := range pkg.Imports() {
				visit(imp)
			}
		}
	}
	if pkg != nil {
		for _, imp := range pkg.Imports() {
			visit(imp)
		}
	}

	free := make(map[string]bool)
	for _, decl := range file.Decls {
		if decl, ok := decl.(*ast.GenDecl); ok && decl.Tok == token.IMPORT {
			continue
		}
		const includeComplitIdents = false
		maps.Copy(free, freeNames(decl, includeComplitIdents))
	}

	var deletions []func()
	for _, spec := range file.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			continue
		}
		explicit := ""
		if spec.Name != nil {
			explicit = spec.Name.Name
		}
		name := explicit
		if name == "" {
			name = packageNames[path]
		}
		switch name {
		case "", ".", "_":
			continue // a new import, a dot import, a blank import: kept
		}
		if !free[name] {
			deletions = append(deletions, func() { astutil.DeleteNamedImport(fset, file, explicit, path) })
		}
	}
	for _, del := range deletions {
		del()
	}
}
