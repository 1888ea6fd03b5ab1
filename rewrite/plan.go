package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/completelint/completelint/internal/request"

	"github.com/completelint/completelint/internal/msgapi"
	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// A plan is the conversation of a rewritten request, decided before any
// code is written: the system text and the messages, each as the segments
// of the prompt it is built from. Both rewrites (SDK calls and bodies) spell
// it in their own way; the request it describes is checked against the
// Messages API first (target.go).
type plan struct {
	system   []segment // empty when the request has no system text
	messages []message
}

// A message is one message of the plan.
type message struct {
	role promptcheck.Role
	turn promptcheck.Turn
	segs []segment
	// prefill is set on the final assistant message, which the model
	// continues; its trailing whitespace is trimmed (at run time when it
	// ends in a hole: trimRuntime).
	prefill, trimRuntime bool
	// guard is set when the text is only holes that may be empty at run
	// time: the text is sent through a fallback, never as an empty block.
	guard bool
	// optional is set on a prefill whose text may be blank at run time:
	// the legacy API then had no prefill, so the message is sent only when
	// its trimmed text is not empty.
	optional bool
}

// planConversation decides the messages of the Messages request that
// carries conv. It refuses conversations the Messages API cannot carry
// faithfully: system text that may hold turns, empty turns, a final empty
// Assistant turn after another Assistant turn.
func (f *fixer) planConversation(v strval.Value, conv promptcheck.Conversation) (*plan, error) {
	p := &plan{}
	if sys := f.segments(v, conv.System); !blank(sys) {
		if !hasLiteralText(sys) {
			return nil, request.NoFix(request.SystemOnlyHoles, f.holeNames(sys))
		}
		p.system = sys
	}
	for i, turn := range conv.Turns {
		m := message{role: turn.Role, turn: turn, segs: f.segments(v, turn.Body)}
		if i == len(conv.Turns)-1 {
			m.segs = trimRight(m.segs)
			if len(m.segs) == 0 {
				if i > 0 && conv.Turns[i-1].Role == promptcheck.Assistant {
					return nil, request.NoFix(request.TwoFinalAssistantTurns, f.turnPosition(v, turn))
				}
				continue
			}
			m.prefill = turn.Role == promptcheck.Assistant
		}
		if blank(m.segs) {
			return nil, request.NoFix(request.EmptyTurn, turn.Role, i+1, f.turnPosition(v, turn))
		}
		mayBeEmpty := request.NoFix(request.PrefillMayBeEmpty, f.holeNames(m.segs))
		if last := m.segs[len(m.segs)-1].hole; m.prefill && last != nil && !endsInNonSpace(last.Verb) {
			m.trimRuntime = true
			m.optional = blank(literalSegments(m.segs)) && !f.nonBlankHoles(m.segs)
		}
		if onlyHoles(m.segs) && !f.nonBlankHoles(m.segs) {
			if m.prefill {
				m.optional, m.trimRuntime = true, true
			} else {
				m.guard = true
			}
		}
		if m.optional && i > 0 && conv.Turns[i-1].Role == promptcheck.Assistant {
			return nil, mayBeEmpty // empty, it would leave two final Assistant turns
		}
		p.messages = append(p.messages, m)
	}
	return p, nil
}

// hasLiteralText reports whether segs hold literal text other than
// whitespace, which makes the text they build non-blank.
func hasLiteralText(segs []segment) bool {
	for _, s := range segs {
		if s.hole == nil && strings.TrimSpace(s.text) != "" {
			return true
		}
	}
	return false
}

// onlyHoles reports whether segs are holes with no literal text at all, so
// that the text they build is empty when the holes are.
func onlyHoles(segs []segment) bool {
	for _, s := range segs {
		if s.hole == nil && s.text != "" {
			return false
		}
	}
	return true
}

// holeNames spells the holes of segs for a message.
func (f *fixer) holeNames(segs []segment) string {
	var names []string
	for _, s := range segs {
		if s.hole != nil {
			names = append(names, f.src(s.hole.Hole))
		}
	}
	return strings.Join(names, " + ")
}

// nonBlankHoles reports whether every hole of segs is known to format to
// non-whitespace text: a number, a boolean, a quoted string, or a string the
// function has checked is not empty before the request is sent.
func (f *fixer) nonBlankHoles(segs []segment) bool {
	for _, s := range segs {
		if s.hole != nil && !f.nonBlankHole(s.hole) {
			return false
		}
	}
	return true
}

func (f *fixer) nonBlankHole(p *strval.Piece) bool {
	if p.Verb != "" && !strings.ContainsAny(p.Verb[len(p.Verb)-1:], "sv") {
		return true // %d, %q, %x, %t, ...: never blank
	}
	if slices.Contains(f.nonBlank, p.Hole) {
		return true
	}
	t := f.pass.TypesInfo.TypeOf(p.Hole)
	if t == nil {
		return false
	}
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&(types.IsNumeric|types.IsBoolean) != 0 {
		return true
	}
	return f.checkedNotEmpty(p.Hole)
}

// checkedNotEmpty reports whether e is a local variable that the function
// checks is not empty before the call, with nothing assigned to it since:
// `if q == "" { return ... }` (or len(q) == 0, strings.TrimSpace(q) == "")
// whose body leaves the function, the loop or the program.
func (f *fixer) checkedNotEmpty(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || f.fn == nil {
		return false
	}
	v, ok := f.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	at := f.sendNode().Pos()
	found := false
	ast.Inspect(f.fn, func(n ast.Node) bool {
		ifs, ok := n.(*ast.IfStmt)
		if found || !ok {
			return !found
		}
		if ifs.End() <= at && ifs.Init == nil && f.emptyTest(ifs.Cond, v) && leaves(ifs.Body) && !f.mayChange(v, ifs.End()) {
			found = true
		}
		return true
	})
	return found
}

// sendNode is the call that sends the request, or the literal of a body
// sent elsewhere.
func (f *fixer) sendNode() ast.Node {
	if f.req.Call != nil {
		return f.req.Call
	}
	return f.req.Lit
}

// emptyTest reports whether cond tests that v is empty.
func (f *fixer) emptyTest(cond ast.Expr, v *types.Var) bool {
	bin, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || bin.Op != token.EQL {
		return false
	}
	x, y := ast.Unparen(bin.X), ast.Unparen(bin.Y)
	if f.isZeroConst(x) {
		x, y = y, x
	}
	if !f.isZeroConst(y) {
		return false
	}
	if call, ok := x.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if f.isBuiltin(call.Fun, "len") || f.isFunc(call, "strings", "TrimSpace") {
			x = ast.Unparen(call.Args[0])
		}
	}
	id, ok := x.(*ast.Ident)
	return ok && f.pass.TypesInfo.Uses[id] == v
}

// isZeroConst reports whether e is the constant "" or 0.
func (f *editor) isZeroConst(e ast.Expr) bool {
	tv, ok := f.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && (tv.Value.ExactString() == `""` || tv.Value.ExactString() == "0")
}

// isFunc reports whether call calls the function name of package path.
func (f *editor) isFunc(call *ast.CallExpr, path, name string) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := f.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == path && fn.Name() == name
}

// leaves reports whether a block ends by leaving: return, break, continue,
// goto, or a call of panic, os.Exit or log.Fatal*.
func leaves(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		call, ok := s.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.Ident:
			return fun.Name == "panic"
		case *ast.SelectorExpr:
			return strings.HasPrefix(fun.Sel.Name, "Fatal") || fun.Sel.Name == "Exit" || fun.Sel.Name == "Panic"
		}
	}
	return false
}

// text describes the text a message or the system text carries, as far as
// it is known, for the Messages API check.
func (f *fixer) text(segs []segment, guarded, trimmed bool) msgapi.Text {
	var t msgapi.Text
	var lit strings.Builder
	for _, s := range segs {
		if s.hole == nil {
			lit.WriteString(s.text)
			continue
		}
		t.Holes = true
	}
	t.Literal = lit.String()
	t.HolesNonBlank = guarded || f.nonBlankHoles(segs)
	if n := len(segs); n > 0 && segs[n-1].hole != nil {
		t.EndsInHole = true
		t.HoleEndsInNonSpace = trimmed || endsInNonSpace(segs[n-1].hole.Verb)
	}
	return t
}

// request describes the messages of p for the Messages API check.
func (f *fixer) request(p *plan) msgapi.Request {
	var r msgapi.Request
	if len(p.system) > 0 {
		t := f.text(p.system, false, false)
		r.System = &t
	}
	for _, m := range p.messages {
		role := msgapi.User
		if m.role == promptcheck.Assistant {
			role = msgapi.Assistant
		}
		r.Messages = append(r.Messages, msgapi.Message{Role: role, Text: f.text(m.segs, m.guard || m.optional, m.trimRuntime)})
	}
	return r
}
