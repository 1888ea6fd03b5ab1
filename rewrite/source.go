package rewrite

import (
	"bytes"
	"go/ast"
	"go/printer"
	"go/token"
	"strconv"
	"strings"

	"github.com/completelint/completelint/internal/request"
)

// src prints an expression as Go source.
func (f *editor) src(e ast.Node) string {
	var buf bytes.Buffer
	if err := printer.Fprint(&buf, f.pass.Fset, e); err != nil {
		return "?"
	}
	return buf.String()
}

// importName returns the name under which the file imports path: "" for a
// dot import. ok is false when the file does not import it usably.
func (f *editor) importName(path string) (name string, ok bool) {
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

func (f *editor) importedPackageName(path string) string {
	for _, pkg := range f.pass.Pkg.Imports() {
		if pkg.Path() == path {
			return pkg.Name()
		}
	}
	return ""
}

// ensureImport makes package path available to code generated at pos: under
// the file's name for it, or through a new import when the package's own
// name is free there. Generated text spells the name with importMarker until
// it is known.
func (f *editor) ensureImport(path string, pos token.Pos) error {
	if name, ok := f.importName(path); ok {
		f.renameImport(path, name)
		return nil
	}
	name := path[strings.LastIndex(path, "/")+1:]
	if scope := f.pass.Pkg.Scope().Innermost(pos); scope != nil {
		if _, obj := scope.LookupParent(name, pos); obj != nil {
			return request.NoFix(request.ImportNameTaken, name, path)
		}
	}
	f.insertImport(path)
	return nil
}

// canImport reports whether the file imports package path under its own
// name or another, or could: no declaration in the file or package takes
// its name.
func (f *editor) canImport(path string) bool {
	name := path[strings.LastIndex(path, "/")+1:]
	if _, ok := f.importName(path); ok {
		return true
	}
	if f.pass.Pkg.Scope().Lookup(name) != nil {
		return false
	}
	for id, obj := range f.pass.TypesInfo.Defs {
		if obj != nil && id.Name == name && f.file.FileStart <= id.Pos() && id.Pos() < f.file.FileEnd {
			return false
		}
	}
	return true
}

// importMarker stands for the name of package path in generated text until
// the name is known.
func importMarker(path string) string { return "\x00" + path + "\x00" }

// sprintfMarker is the marker of fmt.
var sprintfMarker = importMarker("fmt")

// renameImport spells the marker of path in the edits as name ("" for a dot
// import).
func (f *editor) renameImport(path, name string) {
	repl := name + "."
	if name == "" {
		repl = ""
	}
	for i := range f.edits {
		f.edits[i].NewText = bytes.ReplaceAll(f.edits[i].NewText, []byte(importMarker(path)+"."), []byte(repl))
	}
}

// insertImport adds an import of path to the file's import block, in the
// group goimports would put it in (standard library or not), or a new
// import declaration after the package clause.
func (f *editor) insertImport(path string) {
	f.renameImport(path, path[strings.LastIndex(path, "/")+1:])
	quoted := strconv.Quote(path)
	for _, decl := range f.file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			continue
		}
		if !gen.Lparen.IsValid() {
			f.insert(gen.Pos(), "import "+quoted+"\n")
			return
		}
		std := f.isStd(path)
		var last ast.Spec
		for _, spec := range gen.Specs {
			if f.isStd(importPath(spec)) == std {
				last = spec
			}
		}
		switch {
		case last != nil:
			f.insert(last.End(), "\n\t"+quoted)
		case std:
			f.insert(gen.Lparen+1, "\n\t"+quoted+"\n")
		default:
			f.insert(gen.Rparen, "\n\t"+quoted+"\n")
		}
		return
	}
	f.insert(f.file.Name.End(), "\n\nimport "+quoted)
}

// isStd reports whether an import path is of the standard library: no dot
// in its first element, as goimports judges, and not in the module being
// analysed (a module path without a dot, such as "app", is not std).
func (f *editor) isStd(path string) bool {
	if m := f.pass.Module; m != nil && m.Path != "" && (path == m.Path || strings.HasPrefix(path, m.Path+"/")) {
		return false
	}
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

func importPath(spec ast.Spec) string {
	is, ok := spec.(*ast.ImportSpec)
	if !ok {
		return ""
	}
	p, _ := strconv.Unquote(is.Path.Value)
	return p
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

func (f *editor) inRaw(pos token.Pos) bool { return inSpans(f.raw, pos) }
