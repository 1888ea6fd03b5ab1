package strval

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
)

// allFiles returns the package's files, from info.Scopes and
// info.FileVersions, sorted by position.
func (ev *Evaluator) allFiles() []*ast.File {
	if ev.filesDone {
		return ev.files
	}
	ev.filesDone = true
	seen := map[*ast.File]bool{}
	for n := range ev.info.Scopes {
		if f, ok := n.(*ast.File); ok && !seen[f] {
			seen[f] = true
			ev.files = append(ev.files, f)
		}
	}
	for f := range ev.info.FileVersions {
		if !seen[f] {
			seen[f] = true
			ev.files = append(ev.files, f)
		}
	}
	slices.SortFunc(ev.files, func(a, b *ast.File) int { return int(a.FileStart - b.FileStart) })
	return ev.files
}

// rootAt returns a syntax tree that contains pos: the current function, or
// the package file.
func (ev *Evaluator) rootAt(pos token.Pos) ast.Node {
	if ev.fn != nil && contains(ev.fn, pos) {
		return ev.fn
	}
	files := ev.allFiles()
	i := sort.Search(len(files), func(i int) bool { return files[i].FileEnd >= pos })
	if i < len(files) && files[i].FileStart <= pos {
		return files[i]
	}
	return nil
}

// pathTo returns the nodes from root down to the innermost one containing
// pos.
func pathTo(root ast.Node, pos token.Pos) []ast.Node {
	var path []ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil || !contains(n, pos) {
			return false
		}
		path = append(path, n)
		return true
	})
	return path
}

// innermostFunc returns the innermost function in root that contains pos.
func innermostFunc(root ast.Node, pos token.Pos) ast.Node {
	var fn ast.Node
	for _, n := range pathTo(root, pos) {
		switch n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			fn = n
		}
	}
	return fn
}

// funcOf returns the function whose body declares the local at pos, or nil.
func (ev *Evaluator) funcOf(pos token.Pos) ast.Node {
	if root := ev.rootAt(pos); root != nil {
		return innermostFunc(root, pos)
	}
	return nil
}

// valueSpec returns the declaration of a constant or variable and the index
// of its name, when it is declared in the syntax at hand.
func (ev *Evaluator) valueSpec(c types.Object) (*ast.ValueSpec, int) {
	root := ev.rootAt(c.Pos())
	if root == nil {
		return nil, 0
	}
	path := pathTo(root, c.Pos())
	for i := len(path) - 1; i >= 0; i-- {
		spec, ok := path[i].(*ast.ValueSpec)
		if !ok {
			continue
		}
		for j, n := range spec.Names {
			if n.Pos() == c.Pos() {
				return spec, j
			}
		}
		break
	}
	return nil, 0
}

// sortStmts sorts statements by position and removes duplicates.
func sortStmts(list []ast.Stmt) []ast.Stmt {
	if len(list) == 0 {
		return nil
	}
	slices.SortStableFunc(list, func(a, b ast.Stmt) int { return int(a.Pos() - b.Pos()) })
	return slices.CompactFunc(list, func(a, b ast.Stmt) bool { return a == b })
}

// changedGlobals returns the package-level variables that some statement of
// the package assigns or takes the address of.
func (ev *Evaluator) changedGlobals() map[types.Object]bool {
	if ev.changed != nil {
		return ev.changed
	}
	ev.changed = map[types.Object]bool{}
	mark := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if obj := ev.info.ObjectOf(id); obj != nil && obj.Pkg() != nil && obj.Parent() == obj.Pkg().Scope() {
				ev.changed[obj] = true
			}
		}
	}
	for _, f := range ev.allFiles() {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					mark(l)
				}
			case *ast.RangeStmt:
				mark(n.Key)
				mark(n.Value)
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					mark(n.X)
				}
			}
			return true
		})
	}
	return ev.changed
}

// global appends the value of an unexported package-level string variable
// that nothing in the package changes after its initialisation, and
// reports whether it did.
func (ev *Evaluator) global(a *acc, v *types.Var) bool {
	if v.Pkg() == nil || v.Parent() != v.Pkg().Scope() || v.Exported() || !IsString(v.Type()) || ev.changedGlobals()[v] {
		return false
	}
	key := activeKey{v, token.NoPos}
	if ev.active[key] || ev.depth >= maxDepth {
		return false
	}
	spec, i := ev.valueSpec(v)
	if spec == nil || len(spec.Values) != len(spec.Names) {
		return false
	}
	ev.active[key] = true
	ev.depth++
	ev.expr(a, spec.Values[i])
	ev.depth--
	delete(ev.active, key)
	return true
}
