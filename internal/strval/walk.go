package strval

import (
	"go/ast"
	"go/token"
	"go/types"
)

// An activeKey marks a constant or a variable use being evaluated, to stop
// cycles.
type activeKey struct {
	obj types.Object
	pos token.Pos
}

// A binding gives a variable's value for reads inside the statement that
// changes it (p = p + "x", p += p). self is set when that value is a
// parameter's own, on entry: each read is then a hole of itself.
type binding struct {
	v      *types.Var
	lo, hi token.Pos
	pieces []Piece
	self   bool
}

// variable appends the value of local variable v at its use id. It follows
// the declaration and the statements that change v before id on the
// straight-line path from the function body to id; see walker.
func (ev *Evaluator) variable(a *acc, v *types.Var, id *ast.Ident) {
	for i := len(ev.binds) - 1; i >= 0; i-- {
		if b := ev.binds[i]; b.v == v && b.lo <= id.Pos() && id.Pos() < b.hi {
			if b.self {
				a.addEntry(id, "")
			} else {
				a.addPieces(b.pieces)
			}
			return
		}
	}
	if ev.global(a, v) {
		return
	}
	key := activeKey{v, id.Pos()}
	fn, ok := ev.declFunc[v]
	if !ok {
		fn = ev.funcOf(v.Pos())
		if fn != nil {
			ev.declFunc[v] = fn
		}
	}
	if fn == nil || ev.active[key] || ev.depth >= maxDepth {
		a.addHole(id, "", nil)
		return
	}
	fi := ev.funcInfo(fn)
	vi := fi.vars[v]
	if vi == nil || vi.def == nil && !vi.param {
		a.addHole(id, "", nil) // a result, or a parameter of another kind
		return
	}
	ev.active[key] = true
	ev.depth++
	defer func() { ev.depth--; delete(ev.active, key) }()

	w := &walker{ev: ev, v: v, vi: vi, use: id.Pos(), st: &acc{}, self: vi.param, defined: vi.param}
	switch {
	case vi.final && vi.param:
		a.addEntry(id, "") // never changed
		return
	case vi.final:
		if vi.def.op == opNone {
			a.addHole(id, "", nil) // e.g. a range variable: its own value
			return
		}
		w.direct(vi.def.stmt, vi.def, false)
	case fi.hasGoto || innermostFunc(fn, id.Pos()) != fn:
		// Jumps, or a use in a closure that may run at any time.
		a.addHole(id, "", nil)
		return
	default:
		w.stmts(fi.body.List)
		if w.self {
			a.addEntry(id, "") // not changed on the way to id
			return
		}
		if !w.defined {
			a.addHole(id, "", nil)
			return
		}
	}
	a.addAcc(w.st)
}

// A walker computes a variable's value at a use by following the
// statements before the use on the path from the function body down to it.
// A statement on that path that changes the variable in a simple way
// (declaration, =, +=, builder writes) is applied precisely. Any other
// statement that changes it (a loop or branch containing such changes, a
// call given the builder's address) becomes a hole with Stmt set: appended
// when the statement only appends (so `p := "a"; for ... { p += x }; p +=
// "b"` is "a", hole, "b", the loop's own literals included in the hole),
// replacing the value otherwise. When the variable's address escapes, the
// value from there on is one hole. A loop enclosing the use contributes its
// changes from earlier iterations the same way.
type walker struct {
	ev       *Evaluator
	v        *types.Var
	vi       *varInfo
	use      token.Pos
	st       *acc
	defined  bool
	poisoned bool
	// self is set while the value is a parameter's own (st is empty).
	self bool
}

// declaredIn reports whether the variable is declared inside n; a
// parameter is declared before the body.
func (w *walker) declaredIn(n ast.Node) bool {
	return w.vi.def != nil && contains(n, w.vi.def.id.Pos())
}

// ownValue makes the parameter's own value, read at id, the start of st
// before something is appended to it.
func (w *walker) ownValue(id *ast.Ident) {
	if w.self {
		w.st.addEntry(id, "")
		w.self = false
	}
}

func contains(n ast.Node, p token.Pos) bool {
	return n != nil && n.Pos() <= p && p < n.End()
}

func (w *walker) stmts(list []ast.Stmt) {
	for _, s := range list {
		if w.poisoned {
			return
		}
		if contains(s, w.use) {
			w.into(s)
			return
		}
		w.apply(s)
	}
}

// into follows the part of s that runs before the use inside it.
func (w *walker) into(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.BlockStmt:
		w.stmts(s.List)
	case *ast.LabeledStmt:
		w.into(s.Stmt)
	case *ast.IfStmt:
		if w.prefix(s.Init) || w.expr(s.Cond, s) {
			return
		}
		if contains(s.Body, w.use) {
			w.stmts(s.Body.List)
		} else if s.Else != nil {
			w.into(s.Else)
		}
	case *ast.ForStmt:
		if w.prefix(s.Init) {
			return
		}
		if !w.declaredIn(s.Body) {
			from := s.Pos()
			if s.Init != nil {
				from = s.Init.End()
			}
			w.effect(s, w.vi.in(from, s.End()))
		}
		if contains(s.Body, w.use) {
			w.stmts(s.Body.List)
		}
	case *ast.RangeStmt:
		if w.expr(s.X, s) {
			return
		}
		if !w.declaredIn(s.Body) {
			var occs []occ
			for _, o := range w.vi.in(s.Pos(), s.End()) {
				if !contains(s.X, o.id.Pos()) {
					occs = append(occs, o)
				}
			}
			w.effect(s, occs)
		}
		if contains(s.Body, w.use) {
			w.stmts(s.Body.List)
		}
	case *ast.SwitchStmt:
		if w.prefix(s.Init) || w.expr(s.Tag, s) {
			return
		}
		w.clauses(s, s.Body)
	case *ast.TypeSwitchStmt:
		if w.prefix(s.Init) || w.prefix(s.Assign) {
			return
		}
		w.clauses(s, s.Body)
	case *ast.SelectStmt:
		w.clauses(s, s.Body)
	}
	// Otherwise the use is inside a simple statement: nothing of it runs
	// before the use.
}

// prefix applies s, which runs before what follows it, or goes into it
// when it holds the use; it reports whether it held the use.
func (w *walker) prefix(s ast.Stmt) bool {
	if s == nil {
		return false
	}
	if contains(s, w.use) {
		w.into(s)
		return true
	}
	w.apply(s)
	return false
}

// expr applies the changes inside an expression of statement s that is
// evaluated before the rest of s; it reports whether it held the use.
func (w *walker) expr(e ast.Expr, s ast.Stmt) bool {
	if e == nil {
		return false
	}
	if contains(e, w.use) {
		return true
	}
	w.effect(s, w.vi.in(e.Pos(), e.End()))
	return false
}

// clauses follows the case clause of a switch or select that holds the use.
// Earlier clauses run before it only through fallthrough.
func (w *walker) clauses(s ast.Stmt, body *ast.BlockStmt) {
	for i, c := range body.List {
		if !contains(c, w.use) {
			continue
		}
		switch c := c.(type) {
		case *ast.CaseClause:
			if i > 0 && fallsThrough(body.List[i-1]) {
				w.effect(s, w.vi.in(body.List[0].Pos(), c.Pos()))
			}
			for _, e := range c.List {
				if w.expr(e, s) {
					return
				}
			}
			w.stmts(c.Body)
		case *ast.CommClause:
			if w.prefix(c.Comm) {
				return
			}
			w.stmts(c.Body)
		}
		return
	}
}

func fallsThrough(c ast.Stmt) bool {
	cc, ok := c.(*ast.CaseClause)
	if !ok || len(cc.Body) == 0 {
		return false
	}
	b, ok := cc.Body[len(cc.Body)-1].(*ast.BranchStmt)
	return ok && b.Tok == token.FALLTHROUGH
}

// apply applies statement s, which does not hold the use.
func (w *walker) apply(s ast.Stmt) {
	switch t := s.(type) {
	case *ast.IfStmt:
		if t.Init != nil {
			w.apply(t.Init)
			w.effect(s, w.vi.in(t.Init.End(), s.End()))
			return
		}
	case *ast.SwitchStmt:
		if t.Init != nil {
			w.apply(t.Init)
			w.effect(s, w.vi.in(t.Init.End(), s.End()))
			return
		}
	case *ast.LabeledStmt:
		w.apply(t.Stmt)
		return
	}
	w.effect(s, w.vi.in(s.Pos(), s.End()))
}

// effect applies the occurrences occs, all inside statement s.
func (w *walker) effect(s ast.Stmt, occs []occ) {
	if w.poisoned {
		return
	}
	var first *occ
	kind, n, reads := occRead, 0, false
	for i := range occs {
		o := &occs[i]
		if o.def {
			w.defined = true
		}
		if o.kind == occRead {
			reads = true
			continue
		}
		if first == nil {
			first = o
		}
		n++
		kind = max(kind, o.kind)
	}
	if first == nil {
		return
	}
	if n == 1 && first.stmt == s && first.op != opNone && kind != occEscape {
		w.direct(s, first, reads)
		return
	}
	switch kind {
	case occAppend:
		w.ownValue(first.id)
		w.st.addHole(first.id, "", s)
	case occSet:
		w.st, w.self = &acc{defs: w.st.defs}, false
		w.st.addHole(first.id, "", s)
	case occEscape:
		w.st, w.self = &acc{defs: w.st.defs}, false
		w.st.addHole(first.id, "", s)
		w.poisoned = true
	}
	w.st.defs = append(w.st.defs, s)
}

// direct applies the precise effect of occurrence o in its statement s.
// Reads of the variable inside s see the value before s.
func (w *walker) direct(s ast.Stmt, o *occ, reads bool) {
	ev := w.ev
	w.defined = w.defined || o.def
	if reads {
		snapshot := append([]Piece(nil), w.st.finish()...)
		ev.binds = append(ev.binds, binding{v: w.v, lo: s.Pos(), hi: s.End(), pieces: snapshot, self: w.self})
		defer func() { ev.binds = ev.binds[:len(ev.binds)-1] }()
	}
	old := w.st.defs
	w.st.defs = nil
	switch o.op {
	case opSet, opZero, opInit:
		w.self = false
	default:
		w.ownValue(o.id)
	}
	switch o.op {
	case opSet:
		w.st = &acc{}
		ev.expr(w.st, o.arg)
	case opZero:
		w.st = &acc{}
	case opInit:
		w.st = &acc{}
		if !ev.builderInit(w.st, o.arg) {
			w.st.addHole(o.id, "", s)
		}
	case opAdd:
		ev.expr(w.st, o.arg)
	case opByte, opRune:
		if r, ok := ev.runeConst(o.arg); ok {
			w.st.addRune(r, o.op == opByte, runePos(o.arg))
		} else {
			w.st.addHole(o.arg, "%c", nil)
		}
	case opBytes:
		ev.writeBytes(w.st, o.arg)
	case opFprintf:
		if len(o.call.Args) < 2 || !ev.sprintf(w.st, o.call.Args[1], o.call.Args[2:]) {
			w.st.addHole(o.id, "", s)
		}
	case opFprint:
		if !ev.sprint(w.st, o.call.Args[1:]) {
			w.st.addHole(o.id, "", s)
		}
	case opFprintln:
		if !ev.sprintln(w.st, o.call.Args[1:], o.call.Rparen) {
			w.st.addHole(o.id, "", s)
		}
	}
	// w.st.defs now holds what evaluating the operands added.
	w.st.defs = append(append(old, s), w.st.defs...)
}
