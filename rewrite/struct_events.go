package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/completelint/completelint/internal/request"
)

// The names of the Messages stream's events that a legacy "completion"
// event becomes: the text arrives in content_block_delta events, the stop
// reason in the message_delta event. Both decode into the rewritten event
// type (its Delta has the text and the stop reason).
const (
	textDeltaEvent    = "content_block_delta"
	messageDeltaEvent = "message_delta"
)

// eventName rewrites the legacy event name "completion" where a stream's
// events are told apart by it (the name on the event: line, or the type
// the data carries, which the Messages stream spells the same way): a case
// of a switch on the name, or a comparison with it in an if or a case.
//
// The legacy stream sent completion events only (and ping and error, which
// the Messages stream sends too), the last one with the stop reason. The
// branch for them takes content_block_delta events, and the message_delta
// event as well when the stop reason is read: it comes right after the last
// text, so a loop that stops at the stop reason stops at the same point. A
// branch that runs for the events not named would see the Messages events
// the legacy stream did not send: that refuses the rewrite.
func (r *responses) eventName(lit *ast.BasicLit, chosen map[*types.Var]bool) error {
	used := request.NoFix(request.ResponseCompletionUsed, r.place(lit.Pos()))
	names := r.completionEvents()
	switch p := r.parents[lit].(type) {
	case *ast.CaseClause:
		sw := r.switchOf(p)
		if sw == nil || sw.Tag == nil || !isString(r.pass.TypesInfo.TypeOf(sw.Tag)) || r.readsCompletion(sw.Tag, chosen) {
			return used
		}
		if err := r.eventCases(sw, lit); err != nil {
			return err
		}
		quoted := make([]string, len(names))
		for i, n := range names {
			quoted[i] = strconv.Quote(n)
		}
		r.replace(lit, strings.Join(quoted, ", "))
		return nil
	case *ast.BinaryExpr:
		if p.Op != token.EQL && p.Op != token.NEQ {
			return used
		}
		other := p.X
		if other == ast.Expr(lit) {
			other = p.Y
		}
		if !pure(other) || !isString(r.pass.TypesInfo.TypeOf(other)) || r.readsCompletion(other, chosen) {
			return used
		}
		if err := r.eventTest(p, other, lit); err != nil {
			return err
		}
		join := " || "
		if p.Op == token.NEQ {
			join = " && "
		}
		var tests []string
		for _, n := range names {
			tests = append(tests, r.src(other)+" "+p.Op.String()+" "+strconv.Quote(n))
		}
		text := strings.Join(tests, join)
		if len(tests) > 1 {
			switch r.parents[p].(type) {
			case *ast.IfStmt, *ast.CaseClause, *ast.ParenExpr:
			default:
				text = "(" + text + ")"
			}
		}
		r.replace(p, text)
		return nil
	}
	return used
}

// completionEvents are the Messages events a legacy completion event
// becomes: content_block_delta, and message_delta when a response type's
// stop reason is read.
func (r *responses) completionEvents() []string {
	for _, rt := range r.types {
		if rt.stop != nil && len(r.defs().Uses(rt.stop)) > 0 {
			return []string{textDeltaEvent, messageDeltaEvent}
		}
	}
	return []string{textDeltaEvent}
}

// switchOf returns the switch statement of a case clause.
func (r *responses) switchOf(c *ast.CaseClause) *ast.SwitchStmt {
	body, ok := r.parents[c].(*ast.BlockStmt)
	if !ok {
		return nil
	}
	sw, _ := r.parents[body].(*ast.SwitchStmt)
	return sw
}

// readsCompletion reports whether e reads the completion field of a
// response type: its text is no event name.
func (r *responses) readsCompletion(e ast.Expr, chosen map[*types.Var]bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if s, ok := r.pass.TypesInfo.Selections[sel]; ok {
				if v, ok := s.Obj().(*types.Var); ok && chosen[v] {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// eventCases checks a switch on the event name: its cases name constant
// events, none of them one the rewrite adds, and its default, if any, does
// nothing.
func (r *responses) eventCases(sw *ast.SwitchStmt, lit *ast.BasicLit) error {
	for _, stmt := range sw.Body.List {
		clause, ok := stmt.(*ast.CaseClause)
		if !ok {
			return request.NoFix(request.ResponseCompletionUsed, r.place(lit.Pos()))
		}
		if clause.List == nil && len(clause.Body) > 0 {
			return request.NoFix(request.StreamEventCatchAll, r.place(sw.Pos()), "default case", r.place(clause.Pos()))
		}
		for _, e := range clause.List {
			tv := r.pass.TypesInfo.Types[e]
			if tv.Value == nil {
				return request.NoFix(request.ResponseCompletionUsed, r.place(lit.Pos()))
			}
			if s := r.constString(e); s == textDeltaEvent || s == messageDeltaEvent {
				return request.NoFix(request.ResponseCompletionUsed, r.place(lit.Pos()))
			}
		}
	}
	return nil
}

// eventTest checks a comparison of the event name x with "completion": the
// condition of an if (alone, or joined to others by && for ==, by || for
// !=) or of a case of a switch without a tag. An == test may be followed by
// else-ifs that compare x with other names, but by no plain else or
// default that does something: the Messages stream's other events would
// reach it. The branch of a != test runs for every other event: it may
// only continue the loop.
func (r *responses) eventTest(cmp *ast.BinaryExpr, x ast.Expr, lit *ast.BasicLit) error {
	used := request.NoFix(request.ResponseCompletionUsed, r.place(lit.Pos()))
	join := token.LAND
	if cmp.Op == token.NEQ {
		join = token.LOR
	}
	var ctx ast.Node = cmp
	for {
		switch p := r.parents[ctx].(type) {
		case *ast.ParenExpr:
			ctx = p
			continue
		case *ast.BinaryExpr:
			if p.Op == join {
				ctx = p
				continue
			}
		}
		break
	}
	switch p := r.parents[ctx].(type) {
	case *ast.IfStmt:
		if p.Cond != ctx {
			return used
		}
		if cmp.Op == token.NEQ {
			if len(p.Body.List) != 1 {
				return request.NoFix(request.StreamEventCatchAll, r.place(cmp.Pos()), "branch", r.place(p.Body.Pos()))
			}
			if br, ok := p.Body.List[0].(*ast.BranchStmt); !ok || br.Tok != token.CONTINUE {
				return request.NoFix(request.StreamEventCatchAll, r.place(cmp.Pos()), "branch", r.place(p.Body.Pos()))
			}
			return nil
		}
		for e := p.Else; e != nil; {
			switch s := e.(type) {
			case *ast.BlockStmt:
				if len(s.List) > 0 {
					return request.NoFix(request.StreamEventCatchAll, r.place(cmp.Pos()), "else branch", r.place(s.Pos()))
				}
				e = nil
			case *ast.IfStmt:
				if !r.namesEvent(s.Cond, x) {
					return request.NoFix(request.StreamEventCatchAll, r.place(cmp.Pos()), "else branch", r.place(s.Pos()))
				}
				e = s.Else
			default:
				e = nil
			}
		}
		return nil
	case *ast.CaseClause:
		sw := r.switchOf(p)
		if cmp.Op == token.NEQ || sw == nil || sw.Tag != nil {
			return used
		}
		for _, stmt := range sw.Body.List {
			if clause, ok := stmt.(*ast.CaseClause); ok && clause.List == nil && len(clause.Body) > 0 {
				return request.NoFix(request.StreamEventCatchAll, r.place(cmp.Pos()), "default case", r.place(clause.Pos()))
			}
		}
		return nil
	}
	return used
}

// namesEvent reports whether cond is x == a constant, as an else-if of an
// event test spells another event.
func (r *responses) namesEvent(cond, x ast.Expr) bool {
	be, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || be.Op != token.EQL {
		return false
	}
	a, b := be.X, be.Y
	if r.pass.TypesInfo.Types[a].Value != nil {
		a, b = b, a
	}
	return r.src(a) == r.src(x) && r.pass.TypesInfo.Types[b].Value != nil
}
