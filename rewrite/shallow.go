package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/completelint/completelint/internal/strval"
	"github.com/completelint/completelint/promptcheck"
)

// shallowPrompt re-reads a prompt whose evaluation followed variables into
// other statements (or into statements that added to them) from the
// Prompt field's own expression: constants become text, and every other
// operand (a local variable, a call) stays a hole spelled as written, so the
// rewrite evaluates it once, in order, where the prompt was evaluated. It is
// used only when its turns are those of the followed value, that is, when
// every turn marker is literal text of the field's expression. ok is false
// when the followed value must be used.
func (f *fixer) shallowPrompt(v strval.Value, conv promptcheck.Conversation) (strval.Value, promptcheck.Conversation, bool) {
	if v.Truncated || len(conv.Turns) == 0 || len(v.Defs) == 0 && !hasStmtHole(v) {
		return v, conv, false
	}
	field, ok := f.req.Field("prompt")
	if !ok || field.Value == nil || f.req.Lit == nil || !containsNode(f.req.Lit.Elts, field.Node) {
		return v, conv, false
	}
	sb := &shallowBuilder{f: f, ev: strval.New(f.pass.TypesInfo)}
	if !sb.expr(field.Value) {
		return v, conv, false
	}
	sv := strval.Value{Pieces: sb.pieces}
	st := sv.Template()
	sconv := promptcheck.Repair(st, promptcheck.Parse(st))
	if !sameTurns(conv, sconv) {
		return v, conv, false
	}
	return sv, sconv, true
}

func hasStmtHole(v strval.Value) bool {
	for _, p := range v.Pieces {
		if p.Stmt != nil {
			return true
		}
	}
	return false
}

// sameTurns reports whether two parses have the same turns, spelled alike.
func sameTurns(a, b promptcheck.Conversation) bool {
	if len(a.Turns) != len(b.Turns) {
		return false
	}
	for i := range a.Turns {
		if a.Turns[i].Role != b.Turns[i].Role || a.Turns[i].Kind != b.Turns[i].Kind {
			return false
		}
	}
	return true
}

// A shallowBuilder collects the pieces of an expression without following
// variables.
type shallowBuilder struct {
	f      *fixer
	ev     *strval.Evaluator
	pieces []strval.Piece
}

// expr adds the pieces of e; false when e cannot be read this way.
func (sb *shallowBuilder) expr(e ast.Expr) bool {
	e = ast.Unparen(e)
	info := sb.f.pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		v := sb.ev.Eval(e, sb.f.fn)
		if v.Truncated {
			return false
		}
		for _, p := range v.Pieces {
			if p.Stmt != nil {
				return false
			}
			if p.IsHole() {
				sb.pieces = append(sb.pieces, p)
			} else {
				sb.text(p.Text, p.Pos)
			}
		}
		return true
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if e.Op == token.ADD && isStringExpr(info, e) {
			return sb.expr(e.X) && sb.expr(e.Y)
		}
	case *ast.CallExpr:
		if sb.f.isFmtFunc(e, "Sprintf") {
			return sb.sprintf(e)
		}
	}
	sb.pieces = append(sb.pieces, strval.Piece{Hole: e})
	return true
}

func isStringExpr(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	return t != nil && strval.IsString(t)
}

// sprintf adds the pieces of fmt.Sprintf with a constant format whose verbs
// take their arguments in order, one each.
func (sb *shallowBuilder) sprintf(call *ast.CallExpr) bool {
	if len(call.Args) == 0 || call.Ellipsis.IsValid() {
		return false
	}
	fv := sb.ev.Eval(call.Args[0], sb.f.fn)
	if fv.Truncated || !fv.Template().Known() {
		return false
	}
	var format strings.Builder
	var pos []token.Pos
	for _, p := range fv.Pieces {
		format.WriteString(p.Text)
		pos = append(pos, p.Pos...)
	}
	text := format.String()
	if len(pos) != len(text) {
		return false
	}
	items, verbs, ok := strval.ParseFormat(text)
	args := call.Args[1:]
	if !ok || verbs != len(args) {
		return false
	}
	for _, it := range items {
		if it.Verb == "" {
			sb.text(text[it.From:it.To], pos[it.From:it.To])
			continue
		}
		sb.pieces = append(sb.pieces, strval.Piece{Hole: args[0], Verb: it.Verb})
		args = args[1:]
	}
	return true
}

// text adds literal text, merged with literal text before it.
func (sb *shallowBuilder) text(s string, pos []token.Pos) {
	if s == "" {
		return
	}
	if n := len(sb.pieces); n > 0 && !sb.pieces[n-1].IsHole() {
		last := &sb.pieces[n-1]
		last.Text += s
		last.Pos = append(last.Pos, pos...)
		return
	}
	sb.pieces = append(sb.pieces, strval.Piece{Text: s, Pos: append([]token.Pos(nil), pos...)})
}
