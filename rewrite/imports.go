package rewrite

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
)

// dropUnusedImports deletes the imports of the file that the fix's edits
// leave unused: every use is inside text the fix replaces or deletes, and
// no new text names the package. x/tools drivers would drop them when they
// format the file; other drivers (golangci-lint) only format it, and Go
// rejects an unused import.
func (f *editor) dropUnusedImports() {
	for _, spec := range f.file.Imports {
		pkg, _ := f.importObject(spec)
		if pkg == nil || f.stillUsed(pkg) {
			continue
		}
		f.deleteImport(spec)
	}
}

// importObject returns the package name spec declares in the file, or nil
// for a blank or dot import.
func (f *editor) importObject(spec *ast.ImportSpec) (*types.PkgName, bool) {
	var obj types.Object
	if spec.Name != nil {
		if spec.Name.Name == "_" || spec.Name.Name == "." {
			return nil, false
		}
		obj = f.pass.TypesInfo.Defs[spec.Name]
	} else {
		obj = f.pass.TypesInfo.Implicits[spec]
	}
	pkg, ok := obj.(*types.PkgName)
	return pkg, ok
}

// stillUsed reports whether the file uses pkg after the fix's edits.
func (f *editor) stillUsed(pkg *types.PkgName) bool {
	for _, e := range f.edits {
		if bytes.Contains(e.NewText, []byte(pkg.Name()+".")) {
			return true
		}
	}
	used := false
	ast.Inspect(f.file, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || used || f.pass.TypesInfo.Uses[id] != pkg {
			return !used
		}
		used = !f.edited(id.Pos())
		return !used
	})
	return used
}

// edited reports whether an edit of the fix replaces or deletes pos.
func (f *editor) edited(pos token.Pos) bool {
	for _, e := range f.edits {
		if e.Pos <= pos && pos < e.End {
			return true
		}
	}
	return false
}

// deleteImport deletes an import spec with its line, or the whole import
// declaration when it is the only spec. An import the fix adds at that
// place takes its place instead, so that the edits do not overlap.
func (f *editor) deleteImport(spec *ast.ImportSpec) {
	for _, d := range f.file.Decls {
		gen, ok := d.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			continue
		}
		for _, s := range gen.Specs {
			if s != ast.Spec(spec) {
				continue
			}
			var n ast.Node = spec
			if len(gen.Specs) == 1 {
				n = gen
			}
			start, stop := f.lineRange(n.Pos(), n.End())
			if added := f.takeInsertions(start, stop); added != "" {
				f.replace(n, added)
				return
			}
			f.delete(start, stop)
			return
		}
	}
}

// lineRange extends pos..end to whole lines: from the start of pos's line
// to the start of the line after end's.
func (f *editor) lineRange(pos, end token.Pos) (token.Pos, token.Pos) {
	tf := f.pass.Fset.File(pos)
	stop := end
	if next := tf.Line(end) + 1; next <= tf.LineCount() {
		stop = tf.LineStart(next)
	}
	return tf.LineStart(tf.Line(pos)), stop
}

// takeInsertions removes the fix's insertions at start..stop (stop
// excluded) and returns their text, trimmed.
func (f *editor) takeInsertions(start, stop token.Pos) string {
	var text []byte
	kept := f.edits[:0]
	for _, e := range f.edits {
		if e.Pos == e.End && start <= e.Pos && e.Pos < stop {
			text = append(text, bytes.TrimSpace(e.NewText)...)
			continue
		}
		kept = append(kept, e)
	}
	f.edits = kept
	return string(text)
}
