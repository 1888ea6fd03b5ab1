package rewrite

import (
	"bytes"
	"go/ast"
	"go/printer"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
)

// src prints an expression as Go source.
func (f *fixer) src(e ast.Node) string {
	var buf bytes.Buffer
	if err := printer.Fprint(&buf, f.pass.Fset, e); err != nil {
		return "?"
	}
	return buf.String()
}

func shortName(filename string) string { return filepath.Base(filename) }

// importName returns the name under which the file imports path: "" for a
// dot import. ok is false when the file does not import it usably.
func (f *fixer) importName(path string) (name string, ok bool) {
	for _, spec := range f.file.Imports {
		if p, err := strconv.Unquote(spec.Path.Value); err != nil || p != path {
			continue
		}
		if spec.Name == nil {
			if pkg := f.importedPackageName(path); pkg != "" {
				return pkg, true
			}
			return path[strings.LastIndex(path, "/")+1:], true
		}
		switch spec.Name.Name {
		case "_":
			continue
		case ".":
			return "", true
		}
		return spec.Name.Name, true
	}
	return "", false
}

func (f *fixer) importedPackageName(path string) string {
	for _, pkg := range f.pass.Pkg.Imports() {
		if pkg.Path() == path {
			return pkg.Name()
		}
	}
	return ""
}

// ensureFmt makes fmt.Sprintf available: the file's name for fmt, or a new
// import when the name fmt is free at the call.
func (f *fixer) ensureFmt() error {
	if name, ok := f.importName("fmt"); ok {
		f.renameSprintf(name)
		return nil
	}
	if scope := f.pass.Pkg.Scope().Innermost(f.req.Call.Pos()); scope != nil {
		if _, obj := scope.LookupParent("fmt", f.req.Call.Pos()); obj != nil {
			return noFix("the name fmt is taken in this file, needed for fmt.Sprintf")
		}
	}
	f.insertImport("fmt")
	return nil
}

// sprintfMarker stands for the fmt package name in generated text until the
// name is known.
const sprintfMarker = "\x00fmt\x00"

func (f *fixer) renameSprintf(name string) {
	repl := name + "."
	if name == "" {
		repl = ""
	}
	for i := range f.edits {
		f.edits[i].NewText = bytes.ReplaceAll(f.edits[i].NewText, []byte(sprintfMarker+"."), []byte(repl))
	}
}

// insertImport adds an import of path to the file's import block, or a new
// import declaration after the package clause.
func (f *fixer) insertImport(path string) {
	f.renameSprintf(path[strings.LastIndex(path, "/")+1:])
	for _, decl := range f.file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			continue
		}
		if gen.Lparen.IsValid() {
			f.insert(gen.Lparen+1, "\n\t"+strconv.Quote(path))
			return
		}
		f.insert(gen.Pos(), "import "+strconv.Quote(path)+"\n")
		return
	}
	f.insert(f.file.Name.End(), "\n\nimport "+strconv.Quote(path))
}

// rawLiterals returns the extents of the file's raw string literals.
func rawLiterals(file *ast.File) []span {
	var spans []span
	ast.Inspect(file, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && strings.HasPrefix(lit.Value, "`") {
			spans = append(spans, span{lit.Pos(), lit.End()})
		}
		return true
	})
	return spans
}

func (f *fixer) inRaw(pos token.Pos) bool { return inSpans(f.raw, pos) }
