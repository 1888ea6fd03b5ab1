package strval

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/types/typeutil"
)

// An occKind says how an occurrence of a variable affects its value.
type occKind uint8

const (
	occRead   occKind = iota // no effect
	occAppend                // appends known or unknown text
	occSet                   // replaces the value (declarations included)
	occEscape                // aliases the variable: effects from here on are unknown
)

// An op is the precise effect of an occurrence in its own statement.
type op uint8

const (
	opNone     op = iota // effect not known precisely
	opSet                // value becomes arg
	opZero               // value becomes empty
	opInit               // builder value becomes what arg holds
	opAdd                // arg appended: s += arg, b.WriteString(arg)
	opByte               // b.WriteByte(arg)
	opRune               // b.WriteRune(arg)
	opBytes              // b.Write(arg)
	opFprintf            // call is fmt.Fprintf(b, format, args...)
	opFprint             // call is fmt.Fprint(b, args...)
	opFprintln           // call is fmt.Fprintln(b, args...)
)

// An occ is one occurrence of a tracked variable.
type occ struct {
	id   *ast.Ident
	kind occKind
	op   op
	arg  ast.Expr
	call *ast.CallExpr
	stmt ast.Stmt // innermost statement containing id
	def  bool     // id declares the variable
}

// A varInfo holds the occurrences of a local variable in its function.
type varInfo struct {
	occs    []occ // in source order
	def     *occ
	builder bool
	final   bool // only read after its declaration
	// param is set for a parameter of the function: its value on entry is
	// its own, a hole that the statements of the body may build on
	// (p = "x" + p).
	param bool
}

// in returns the occurrences within [lo, hi).
func (vi *varInfo) in(lo, hi token.Pos) []occ {
	i := sort.Search(len(vi.occs), func(i int) bool { return vi.occs[i].id.Pos() >= lo })
	j := sort.Search(len(vi.occs), func(i int) bool { return vi.occs[i].id.Pos() >= hi })
	return vi.occs[i:j]
}

// A funcInfo holds the tracked variables declared in one function body.
type funcInfo struct {
	body    *ast.BlockStmt
	vars    map[*types.Var]*varInfo
	hasGoto bool
}

// funcInfo collects the occurrences of the string and builder variables of
// fn (a *ast.FuncDecl or *ast.FuncLit) in one pass.
func (ev *Evaluator) funcInfo(fn ast.Node) *funcInfo {
	if fi, ok := ev.funcs[fn]; ok {
		return fi
	}
	fi := &funcInfo{vars: map[*types.Var]*varInfo{}}
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		fi.body = fn.Body
	case *ast.FuncLit:
		fi.body = fn.Body
	}
	ev.funcs[fn] = fi
	if fi.body == nil {
		return fi
	}
	var params *ast.FieldList
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		params = fn.Type.Params
	case *ast.FuncLit:
		params = fn.Type.Params
	}
	isParam := func(v *types.Var) bool {
		return params != nil && params.Pos().IsValid() && params.Pos() <= v.Pos() && v.Pos() < params.End()
	}
	var stack []ast.Node
	ast.Inspect(fi.body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.BranchStmt:
			if n.Tok == token.GOTO {
				fi.hasGoto = true
			}
		case *ast.Ident:
			v, ok := ev.info.ObjectOf(n).(*types.Var)
			if !ok || v.IsField() || !fi.body.Pos().IsValid() {
				return true
			}
			param := isParam(v)
			if !param && (v.Pos() < fi.body.Pos() || v.Pos() >= fi.body.End()) {
				return true
			}
			vi := fi.vars[v]
			if vi == nil {
				builder := isBuilder(v.Type())
				if !builder && !IsString(v.Type()) || param && builder {
					return true
				}
				vi = &varInfo{builder: builder, param: param}
				fi.vars[v] = vi
			}
			o := ev.classify(stack, vi.builder)
			o.def = n.Pos() == v.Pos()
			vi.occs = append(vi.occs, o)
		}
		return true
	})
	for _, vi := range fi.vars {
		vi.final = true
		for i := range vi.occs {
			o := &vi.occs[i]
			if o.def {
				vi.def = o
			} else if o.kind != occRead {
				vi.final = false
			}
		}
	}
	return fi
}

// isBuilder reports whether t is strings.Builder, bytes.Buffer or a pointer
// to one of them.
func isBuilder(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	switch n.Obj().Pkg().Path() + "." + n.Obj().Name() {
	case "strings.Builder", "bytes.Buffer":
		return true
	}
	return false
}

// classify describes the identifier on top of stack.
func (ev *Evaluator) classify(stack []ast.Node, builder bool) occ {
	id := stack[len(stack)-1].(*ast.Ident)
	o := occ{id: id}
	for i := len(stack) - 1; i >= 0; i-- {
		if s, ok := stack[i].(ast.Stmt); ok {
			o.stmt = s
			break
		}
	}
	if builder {
		ev.classifyBuilder(&o, stack)
	} else {
		classifyString(&o, stack)
	}
	if o.kind != occRead && deferred(stack) {
		o.kind, o.op = occEscape, opNone
	}
	return o
}

// deferred reports whether the top of stack runs at an unknown time: in a
// closure, a go or a defer statement.
func deferred(stack []ast.Node) bool {
	for _, n := range stack {
		switch n.(type) {
		case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt:
			return true
		}
	}
	return false
}

// parentOf returns the node above stack[i], skipping parentheses, and the
// child of that node on the stack.
func parentOf(stack []ast.Node, i int) (parent, child ast.Node, at int) {
	child = stack[i]
	for i--; i >= 0; i-- {
		if _, ok := stack[i].(*ast.ParenExpr); !ok {
			return stack[i], child, i
		}
		child = stack[i]
	}
	return nil, child, -1
}

// assignment classifies the identifier as the target of an assignment or
// declaration; ok is false when it is not one.
func assignment(o *occ, parent, child ast.Node, setOp op) bool {
	switch p := parent.(type) {
	case *ast.AssignStmt:
		i := indexOf(p.Lhs, child)
		if i < 0 {
			return false
		}
		o.kind = occSet
		switch {
		case p.Tok == token.ADD_ASSIGN && len(p.Lhs) == 1 && len(p.Rhs) == 1 && setOp == opSet:
			o.kind, o.op, o.arg = occAppend, opAdd, p.Rhs[0]
		case (p.Tok == token.ASSIGN || p.Tok == token.DEFINE) && len(p.Lhs) == len(p.Rhs):
			o.op, o.arg = setOp, p.Rhs[i]
		}
		return true
	case *ast.ValueSpec:
		i := -1
		for j, n := range p.Names {
			if n == child {
				i = j
			}
		}
		if i < 0 {
			return false
		}
		o.kind = occSet
		switch len(p.Values) {
		case 0:
			o.op = opZero
		case len(p.Names):
			o.op, o.arg = setOp, p.Values[i]
		}
		return true
	case *ast.RangeStmt:
		if child == p.Key || child == p.Value {
			o.kind = occSet
			return true
		}
	}
	return false
}

func indexOf(list []ast.Expr, n ast.Node) int {
	for i, x := range list {
		if x == n {
			return i
		}
	}
	return -1
}

func classifyString(o *occ, stack []ast.Node) {
	parent, child, _ := parentOf(stack, len(stack)-1)
	if assignment(o, parent, child, opSet) {
		return
	}
	if u, ok := parent.(*ast.UnaryExpr); ok && u.Op == token.AND {
		o.kind = occEscape
	}
}

// classifyBuilder classifies an occurrence of a strings.Builder or
// bytes.Buffer variable (or a pointer to one).
func (ev *Evaluator) classifyBuilder(o *occ, stack []ast.Node) {
	parent, child, at := parentOf(stack, len(stack)-1)
	if assignment(o, parent, child, opInit) {
		return
	}
	if sel, ok := parent.(*ast.SelectorExpr); ok && sel.X == child {
		ev.builderMethod(o, stack, sel, at)
		return
	}
	_, isPtr := ev.info.TypeOf(o.id).(*types.Pointer)
	ptr := child
	if u, ok := parent.(*ast.UnaryExpr); ok && u.Op == token.AND {
		ptr = u
		parent, _, _ = parentOf(stack[:at+1], at)
	} else if !isPtr {
		return // a copy of the value does not change it
	}
	call, ok := parent.(*ast.CallExpr)
	if !ok || indexOf(call.Args, ptr) < 0 {
		o.kind = occEscape
		return
	}
	o.kind, o.call = occAppend, call
	fn, _ := typeutil.Callee(ev.info, call).(*types.Func)
	if fn != nil && fn.Pkg() != nil && call.Args[0] == ptr && !call.Ellipsis.IsValid() {
		switch pkgFunc(fn) {
		case "fmt.Fprintf":
			o.op = opFprintf
			return
		case "fmt.Fprint":
			o.op = opFprint
			return
		case "fmt.Fprintln":
			o.op = opFprintln
			return
		case "io.WriteString":
			if len(call.Args) == 2 {
				o.op, o.arg = opAdd, call.Args[1]
			}
			return
		}
	}
	if !harmlessResults(ev.info.TypeOf(call)) {
		o.kind = occEscape // the callee may keep the pointer (json.NewEncoder(&b))
	}
}

// builderMethod classifies b.M(...).
func (ev *Evaluator) builderMethod(o *occ, stack []ast.Node, sel *ast.SelectorExpr, at int) {
	parent, child, _ := parentOf(stack[:at+1], at)
	call, ok := parent.(*ast.CallExpr)
	if !ok || call.Fun != child {
		o.kind = occEscape // a method value
		return
	}
	one := len(call.Args) == 1
	switch sel.Sel.Name {
	case "String", "Len", "Cap", "Grow", "Bytes", "Available", "AvailableBuffer":
	case "WriteString":
		o.kind, o.op = occAppend, opAdd
	case "WriteByte":
		o.kind, o.op = occAppend, opByte
	case "WriteRune":
		o.kind, o.op = occAppend, opRune
	case "Write":
		o.kind, o.op = occAppend, opBytes
	case "ReadFrom":
		o.kind = occAppend
	case "Reset":
		o.kind, o.op = occSet, opZero
	default:
		o.kind = occSet // Truncate, Read, Next, WriteTo: the value changes
	}
	if o.op != opNone && o.op != opZero {
		if !one {
			o.op = opNone
			return
		}
		o.arg = call.Args[0]
	}
	o.call = call
}

// harmlessResults reports whether a call's result type cannot hold a
// pointer: nothing, basic types and error.
func harmlessResults(t types.Type) bool {
	if t == nil {
		return false
	}
	if tup, ok := t.(*types.Tuple); ok {
		for v := range tup.Variables() {
			if !harmlessResults(v.Type()) {
				return false
			}
		}
		return true
	}
	if _, ok := t.Underlying().(*types.Basic); ok {
		return true
	}
	return types.Identical(t, types.Universe.Lookup("error").Type())
}
