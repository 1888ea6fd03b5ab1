package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/internal/sdk"
)

// A responses rewrite moves what a legacy request's answer is read through
// to the Messages response: the struct types of the file it is decoded into
// (their completion field becomes the content blocks, or for a stream the
// delta of each event) with every read of them, and the reads of
// "completion" and "stop_reason" from a decoded map. A stop reason keeps its
// legacy meaning where it is read: comparisons are turned around, and a
// value that leaves is spelled the legacy way ("end_turn" was
// "stop_sequence").
type responses struct {
	*fixer
	stream bool
	// chunks is set for the chunks of a Bedrock stream
	// (InvokeModelWithResponseStream), each decoded on its own: every
	// legacy chunk carried a "completion" string and a "stop_reason" (null
	// but on the last), where the Messages stream's events carry the text
	// in a content_block_delta's delta and the stop reason in the
	// message_delta's.
	chunks bool
	// funcs are the functions that build, send or read the request; the
	// rewrite adds those that use the response types.
	funcs []ast.Node
	types []*responseType
	// reads counts the rewritten reads of the answer.
	reads int
}

// A responseType is a struct type the answer is decoded into.
type responseType struct {
	typeDecl
	completion, stop         *types.Var
	completionNode, stopNode *ast.Field
	// stopSeq is the field tagged "stop" (the stop sequence hit), when it
	// is read: it becomes "stop_sequence", read through legacyStop().
	stopSeq     *types.Var
	stopSeqNode *ast.Field
	// The helpers the reads call: text(), legacyStopReason() and
	// legacyStop() methods.
	needText, needStop, needStopSeq bool
}

// Response fields that mean the same in both APIs. Any other field of a
// response type that is read refuses the rewrite.
var sameResponseFields = map[string]bool{"model": true, "id": true, "error": true, "usage": true}

// newResponses returns the rewrite of the responses of a request whose
// functions are funcs so far. The reads are all over the file: the fixer's
// parents become the file's.
func newResponses(f *fixer, funcs []ast.Node, stream bool) *responses {
	if _, wide := f.parents[f.fn]; !wide {
		f.parents = parentMap(f.file)
	}
	return &responses{fixer: f, stream: stream, funcs: funcs}
}

// addFunc adds the outermost function of the file around pos, keeping the
// functions disjoint.
func (r *responses) addFunc(pos token.Pos) {
	if !containsPos(r.file, pos) {
		return
	}
	for _, fn := range r.funcs {
		if containsPos(fn, pos) {
			return
		}
	}
	for _, d := range r.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || !containsPos(fd, pos) {
			continue
		}
		r.funcs = slices.DeleteFunc(r.funcs, func(fn ast.Node) bool { return containsPos(fd, fn.Pos()) })
		r.funcs = append(r.funcs, fd)
	}
}

func (r *responses) inFuncs(pos token.Pos) bool {
	for _, fn := range r.funcs {
		if containsPos(fn, pos) {
			return true
		}
	}
	return false
}

// rewrite finds the response types the functions use, checks every use of
// them, and rewrites the declarations and the reads.
func (r *responses) rewrite() error {
	if err := r.findTypes(); err != nil {
		return err
	}
	if err := r.walkFuncs(); err != nil {
		return err
	}
	for _, rt := range r.types {
		if err := r.rewriteType(rt); err != nil {
			return err
		}
	}
	return nil
}

// findTypes picks the struct types of the file with a completion field that
// the functions use, and adds the functions that use them, until no more
// are found.
func (r *responses) findTypes() error {
	candidates := append(r.completionTypes(), r.anonCompletionTypes()...)
	chosen := map[types.Type]bool{}
	for changed := true; changed; {
		changed = false
		for _, c := range candidates {
			if chosen[c.typ] || !r.usedInFuncs(c) {
				continue
			}
			if c.obj != nil {
				d, err := r.declOf(c.obj)
				if err != nil {
					return err
				}
				c.typeDecl = d
			} else if err := r.anonUsesStay(c.anon); err != nil {
				return err
			}
			chosen[c.typ], changed = true, true
			r.types = append(r.types, c)
			for _, id := range r.typeUses(c) {
				if fileOf(r.pass, id.Pos()) != r.file {
					return request.NoFix(request.StructUsedElsewhere, c.label(), r.place(id.Pos()))
				}
				r.addFunc(id.Pos())
			}
		}
	}
	return nil
}

// completionTypes returns the struct types declared in the file that have a
// string field tagged "completion".
func (r *responses) completionTypes() []*responseType {
	var out []*responseType
	ast.Inspect(r.file, func(n ast.Node) bool {
		spec, ok := n.(*ast.TypeSpec)
		if !ok {
			return true
		}
		obj, ok := r.pass.TypesInfo.Defs[spec.Name].(*types.TypeName)
		if !ok {
			return true
		}
		st, ok := obj.Type().Underlying().(*types.Struct)
		if !ok {
			return true
		}
		if rt := newResponseType(typeDecl{obj: obj, typ: obj.Type()}, st); rt != nil {
			out = append(out, rt)
		}
		return true
	})
	return out
}

// newResponseType returns the response type d of struct st when st has a
// string field tagged "completion", and nil otherwise.
func newResponseType(d typeDecl, st *types.Struct) *responseType {
	rt := &responseType{typeDecl: d}
	for i := range st.NumFields() {
		fv := st.Field(i)
		name, _ := jsonName(st.Tag(i), fv.Name())
		switch name {
		case completionKey:
			rt.completion = fv
		case "stop_reason":
			rt.stop = fv
		}
	}
	if rt.completion == nil || !isString(rt.completion.Type()) {
		return nil
	}
	return rt
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// typeUses are the uses of a response type's name and of its completion and
// stop reason fields.
func (r *responses) typeUses(rt *responseType) []*ast.Ident {
	var uses []*ast.Ident
	if rt.obj != nil {
		uses = append(uses, r.defs().Uses(rt.obj)...)
	} else {
		uses = append(uses, r.defs().Uses(rt.anon)...)
	}
	uses = append(uses, r.defs().Uses(rt.completion)...)
	if rt.stop != nil {
		uses = append(uses, r.defs().Uses(rt.stop)...)
	}
	return uses
}

func (r *responses) usedInFuncs(rt *responseType) bool {
	for _, id := range r.typeUses(rt) {
		if r.inFuncs(id.Pos()) {
			return true
		}
	}
	return false
}

// walkFuncs rewrites the reads of a decoded map's "completion" and
// "stop_reason", and the stream's event name "completion" (eventName), and
// refuses the reads of the answer it cannot follow: the completion field of
// a type declared elsewhere, "completion" used as anything else.
func (r *responses) walkFuncs() error {
	chosen := map[*types.Var]bool{}
	for _, rt := range r.types {
		chosen[rt.completion] = true
	}
	var err error
	for _, fn := range r.funcs {
		ast.Inspect(fn, func(n ast.Node) bool {
			if err != nil {
				return false
			}
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, lhs := range n.Lhs {
					if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok && (r.isConstString(ix.Index, completionKey) || r.isConstString(ix.Index, "stop_reason") || r.isConstString(ix.Index, legacyStopKey)) {
						err = request.NoFix(request.ResponseCompletionAssigned, r.place(ix.Pos()))
					}
				}
			case *ast.IndexExpr:
				switch {
				case !sdk.IsJSONObject(r.pass.TypesInfo.TypeOf(n.X)):
				case r.isConstString(n.Index, completionKey):
					err = r.mapCompletion(n)
					return false
				case r.isConstString(n.Index, "stop_reason"):
					err = r.stopReason(n, r.src(n), "any")
					return false
				case r.isConstString(n.Index, legacyStopKey):
					err = r.mapStop(n)
					return false
				}
			case *ast.SelectorExpr:
				if s, ok := r.pass.TypesInfo.Selections[n]; ok && s.Kind() == types.FieldVal {
					if v, ok := s.Obj().(*types.Var); ok && !chosen[v] {
						if name, ok := completionField(r.pass.TypesInfo, n); ok {
							err = request.NoFix(request.ResponseStructField, name, completionKey, r.place(n.Sel.Pos()))
						}
					}
				}
			case *ast.Field:
				return false // struct tags name "completion"
			case *ast.BasicLit:
				if s := r.constString(n); s == completionKey && r.stream && !r.chunks {
					err = r.eventName(n, chosen)
				} else if legacyEventName(s) {
					err = request.NoFix(request.ResponseCompletionUsed, r.place(n.Pos()))
				}
			case *ast.Ident:
				// A constant spelled elsewhere that names the legacy event.
				if c, ok := r.pass.TypesInfo.Uses[n].(*types.Const); ok && legacyEventName(r.constString(n)) && !containsPos(fn, c.Pos()) {
					err = request.NoFix(request.ResponseCompletionUsed, r.place(n.Pos()))
				}
			}
			return err == nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// legacyEventName reports whether s names the legacy stream's completion
// event, or is its event: line.
func legacyEventName(s string) bool {
	return s == completionKey || strings.Contains(s, "event: completion") || strings.Contains(s, "event:completion")
}

// isConstString reports whether e is the string constant s.
func (f *editor) isConstString(e ast.Expr, s string) bool {
	return f.constString(e) == s && s != ""
}

// mapCompletion rewrites resp["completion"] of a decoded map to the text of
// the first text block.
func (r *responses) mapCompletion(ix *ast.IndexExpr) error {
	if r.stream && !r.chunks {
		return request.NoFix(request.StreamedTextUsed, r.place(ix.Pos()))
	}
	if !pure(ix.X) {
		return request.NoFix(request.ResponseCompletionUnfollowed, r.place(ix.Pos()), r.src(ix.X))
	}
	if r.chunks {
		r.replace(ix, deltaText(r.src(ix.X)))
	} else {
		r.replace(ix, firstText(r.src(ix.X)))
	}
	r.reads++
	return nil
}

// rewriteType rewrites a response type and every use of its fields.
func (r *responses) rewriteType(rt *responseType) error {
	if err := r.checkFields(rt); err != nil {
		return err
	}
	for _, id := range r.defs().Uses(rt.completion) {
		if err := r.completionRead(rt, id); err != nil {
			return err
		}
	}
	if rt.stop != nil {
		for _, id := range r.defs().Uses(rt.stop) {
			sel, ok := r.parents[id].(*ast.SelectorExpr)
			if !ok || sel.Sel != id || r.isWrite(sel) {
				return request.NoFix(request.ResultFieldWritten, rt.stop.Name(), r.place(id.Pos()))
			}
			base := r.src(sel)
			if r.stream {
				if !pure(sel.X) {
					return request.NoFix(request.ResultStopReasonUsed, r.place(id.Pos()))
				}
				base = r.src(sel.X) + ".Delta." + rt.stop.Name()
			}
			kind := "string"
			if _, ptr := rt.stop.Type().Underlying().(*types.Pointer); ptr {
				kind = "pointer"
			}
			if err := r.stopReasonOf(rt, sel, base, kind); err != nil {
				return err
			}
		}
	}
	if rt.stopSeq != nil {
		if err := r.rewriteStopSeq(rt); err != nil {
			return err
		}
	}
	return r.rewriteResponseDecl(rt)
}

// checkFields finds the declaration of the completion and stop reason
// fields, and refuses reads of fields the Messages response does not have.
func (r *responses) checkFields(rt *responseType) error {
	for _, field := range rt.st.Fields.List {
		for _, name := range field.Names {
			switch r.pass.TypesInfo.Defs[name] {
			case rt.completion:
				rt.completionNode = field
			case rt.stop:
				rt.stopNode = field
			}
		}
	}
	if rt.completionNode == nil || len(rt.completionNode.Names) != 1 || rt.stop != nil && (rt.stopNode == nil || len(rt.stopNode.Names) != 1) {
		return request.NoFix(request.StructFieldShared, rt.completion.Name(), r.place(rt.completion.Pos()))
	}
	st := rt.typ.Underlying().(*types.Struct)
	for i := range st.NumFields() {
		fv := st.Field(i)
		json, _ := jsonName(st.Tag(i), fv.Name())
		if fv == rt.completion || fv == rt.stop || sameResponseFields[json] {
			continue
		}
		uses := r.defs().Uses(fv)
		if len(uses) == 0 {
			continue
		}
		if json == legacyStopKey {
			if err := r.checkStopSeq(rt, fv, uses[0]); err != nil {
				return err
			}
			continue
		}
		return request.NoFix(request.ResponseFieldNoCounterpart, fv.Name(), json, r.place(uses[0].Pos()))
	}
	names := []string{"Content"}
	if r.stream {
		names = []string{"Delta"}
	}
	for _, name := range names {
		if obj, _, _ := types.LookupFieldOrMethod(rt.typ, true, r.pass.Pkg, name); obj != nil {
			return request.NoFix(request.StructNameTaken, rt.label()+"."+name)
		}
	}
	return nil
}

// completionRead rewrites one read of the completion field: the text of the
// content blocks, or the text of a stream event's delta.
func (r *responses) completionRead(rt *responseType, id *ast.Ident) error {
	sel, ok := r.parents[id].(*ast.SelectorExpr)
	if !ok || sel.Sel != id {
		return request.NoFix(request.StructResponseBuilt, rt.label(), r.place(id.Pos()))
	}
	if r.isWrite(sel) {
		return request.NoFix(request.ResultFieldWritten, rt.completion.Name(), r.place(sel.Pos()))
	}
	r.reads++
	switch {
	case r.stream:
		r.replace(sel.Sel, "Delta.Text")
	case !rt.local:
		rt.needText = true
		r.replace(sel, r.src(sel.X)+".text()")
	case pure(sel.X):
		r.replace(sel, "func() (text string) {\nfor _, block := range "+r.src(sel.X)+".Content {\nif block.Type == \"text\" {\ntext += block.Text\n}\n}\nreturn text\n}()")
	default:
		return request.NoFix(request.ResponseCompletionUnfollowed, r.place(sel.Pos()), r.src(sel.X))
	}
	return nil
}

// stopReasonOf rewrites one read of a response type's stop reason.
func (r *responses) stopReasonOf(rt *responseType, sel *ast.SelectorExpr, base, kind string) error {
	legacy := ""
	switch {
	case kind != "string":
	case !rt.local:
		legacy = r.src(sel.X) + ".legacyStopReason()"
	case pure(sel.X):
		legacy = legacyStopFunc(r.src(rt.stopNode.Type)) + "(" + base + ")"
	}
	used, err := r.stopUse(sel, base, legacy, kind)
	if used && !rt.local {
		rt.needStop = true
	}
	return err
}

// stopReason rewrites a read of a decoded map's "stop_reason".
func (r *responses) stopReason(ix *ast.IndexExpr, base, kind string) error {
	if r.stream && !r.chunks {
		return request.NoFix(request.ResultStopReasonUsed, r.place(ix.Pos()))
	}
	if r.chunks {
		if !pure(ix.X) {
			return request.NoFix(request.ResultStopReasonUsed, r.place(ix.Pos()))
		}
		base = deltaStopReason(r.src(ix.X))
	}
	legacy := ""
	if pure(ix.X) {
		legacy = legacyStopFunc("any") + "(" + base + ")"
	}
	_, err := r.stopUse(ix, base, legacy, kind)
	return err
}

// legacyStopFunc is a function literal that spells a Messages stop reason
// of type t the legacy way.
func legacyStopFunc(t string) string {
	return "func(reason " + t + ") " + t + " {\nif reason == \"end_turn\" {\nreturn \"stop_sequence\"\n}\nreturn reason\n}"
}

// stopUse rewrites the use of a stop reason e, read from base in the
// Messages response: a comparison with "stop_sequence" becomes one with
// "max_tokens" turned around (the legacy reason covered every other stop),
// a switch case for it also lists "end_turn", comparisons with
// "max_tokens", "" or nil stay, and any other use gets legacy, the legacy
// spelling (refused when there is none). used reports whether legacy was
// written.
func (r *responses) stopUse(e ast.Expr, base, legacy, kind string) (used bool, err error) {
	replaceBase := func() {
		if base != r.src(e) {
			r.replace(e, base)
		}
	}
	switch p := r.parents[e].(type) {
	case *ast.BinaryExpr:
		if p.Op != token.EQL && p.Op != token.NEQ {
			break
		}
		other := p.Y
		if other == e {
			other = p.X
		}
		if r.pass.TypesInfo.Types[other].IsNil() {
			replaceBase()
			return false, nil
		}
		if kind == "pointer" {
			break
		}
		tv := r.pass.TypesInfo.Types[other]
		if tv.Value == nil {
			break
		}
		switch r.constString(other) {
		case "max_tokens", "":
			if r.constString(other) == "" && !isEmptyString(tv) {
				break
			}
			replaceBase()
			return false, nil
		case "stop_sequence":
			op := "!="
			if p.Op == token.NEQ {
				op = "=="
			}
			if r.stream {
				// Only the event that ends the message has a stop reason:
				// the others' stays empty, as it was.
				join := " && "
				if p.Op == token.NEQ {
					join = " || "
				}
				r.replace(p, "("+base+" "+op+` ""`+join+base+" "+op+` "max_tokens")`)
				return false, nil
			}
			r.replace(p, base+" "+op+` "max_tokens"`)
			return false, nil
		default:
			return false, request.NoFix(request.ResultStopReasonCompared, r.src(other), r.place(e.Pos()))
		}
	case *ast.SwitchStmt:
		if p.Tag != e || kind == "pointer" {
			break
		}
		for _, stmt := range p.Body.List {
			clause, ok := stmt.(*ast.CaseClause)
			if !ok {
				return false, request.NoFix(request.ResultStopReasonUsed, r.place(e.Pos()))
			}
			for _, c := range clause.List {
				switch r.constString(c) {
				case "stop_sequence":
					r.replace(c, `"end_turn", `+r.src(c))
				case "max_tokens":
				default:
					return false, request.NoFix(request.ResultStopReasonCompared, r.src(c), r.place(c.Pos()))
				}
			}
		}
		replaceBase()
		return false, nil
	}
	if legacy == "" {
		return false, request.NoFix(request.ResultStopReasonUsed, r.place(e.Pos()))
	}
	r.replace(e, legacy)
	return true, nil
}

func isEmptyString(tv types.TypeAndValue) bool {
	return tv.Value != nil && tv.Value.ExactString() == `""`
}

// rewriteResponseDecl replaces the completion field by the content blocks
// (or a stream event's delta) and declares the helpers the reads call.
func (r *responses) rewriteResponseDecl(rt *responseType) error {
	text := "Content []struct {\nType string `json:\"type\"`\nText string `json:\"text\"`\n} `json:\"content\"`"
	if r.stream {
		delta := "Type string `json:\"type\"`\nText string `json:\"text\"`\n"
		if rt.stop != nil {
			delta += rt.stop.Name() + " " + r.src(rt.stopNode.Type) + " `json:\"stop_reason\"`\n"
		}
		text = "Delta struct {\n" + delta + "} `json:\"delta\"`"
	}
	r.replace(rt.completionNode, text)
	var methods []string
	if rt.needText || rt.needStop || rt.needStopSeq {
		for _, name := range []string{"text", "legacyStopReason", "legacyStop"} {
			if obj, _, _ := types.LookupFieldOrMethod(rt.typ, true, r.pass.Pkg, name); obj != nil {
				return request.NoFix(request.StructNameTaken, rt.label()+"."+name)
			}
		}
	}
	recv := "(r " + rt.label() + ")"
	if rt.needText {
		methods = append(methods, "// text returns the text of the response's text blocks.\nfunc "+recv+" text() string {\nvar text string\nfor _, block := range r.Content {\nif block.Type == \"text\" {\ntext += block.Text\n}\n}\nreturn text\n}")
	}
	if rt.needStop {
		field := "r." + rt.stop.Name()
		if r.stream {
			field = "r.Delta." + rt.stop.Name()
		}
		t := r.src(rt.stopNode.Type)
		methods = append(methods, "// legacyStopReason spells the stop reason as the Text Completions API did:\n// a turn that ended by itself stopped at \"\\n\\nHuman:\", a stop sequence.\nfunc "+recv+" legacyStopReason() "+t+" {\nif "+field+" == \"end_turn\" {\nreturn \"stop_sequence\"\n}\nreturn "+field+"\n}")
	}
	if rt.needStopSeq {
		methods = append(methods, "// legacyStop returns the stop sequence as the Text Completions API did:\n// a turn that ended by itself stopped at \"\\n\\nHuman:\".\nfunc "+recv+" legacyStop() "+r.src(rt.stopSeqNode.Type)+" {\n"+r.legacyStopBody(rt, "r")+"}")
	}
	if len(methods) > 0 {
		r.insert(rt.decl.End(), "\n\n"+strings.Join(methods, "\n\n"))
	}
	return nil
}

// legacyStopKey is the legacy response field that holds the stop sequence
// hit; the Messages response's is stop_sequence.
const legacyStopKey = "stop"

// checkStopSeq accepts a read field tagged "stop" of a response that is not
// a stream's: its Messages counterpart is "stop_sequence", except that a
// turn that ended by itself ended on the implied "\n\nHuman:", which the
// legacy field named and stop_sequence does not, so the reads need the stop
// reason too. Both fields are strings or pointers to strings, and the tag
// a raw string that the rewrite can respell.
func (r *responses) checkStopSeq(rt *responseType, fv *types.Var, use *ast.Ident) error {
	why := ""
	switch {
	case r.stream:
		why = "a stream carries the stop sequence in its message_delta event, which the rewrite does not move it to"
	case rt.stop == nil:
		why = "its legacy value for a turn that ended by itself (\"\\n\\nHuman:\") needs the stop reason, and the type has no stop_reason field"
	case stringOrPointer(fv.Type()) == "" || stringOrPointer(rt.stop.Type()) == "":
		why = "it or the stop reason is not a string or a pointer to one"
	}
	if why == "" {
		for _, field := range rt.st.Fields.List {
			for _, name := range field.Names {
				if r.pass.TypesInfo.Defs[name] == fv {
					rt.stopSeqNode = field
				}
			}
		}
		switch {
		case rt.stopSeqNode == nil || len(rt.stopSeqNode.Names) != 1:
			return request.NoFix(request.StructFieldShared, fv.Name(), r.place(fv.Pos()))
		case rt.stopSeqNode.Tag == nil || !strings.HasPrefix(rt.stopSeqNode.Tag.Value, "`"):
			why = "its tag is not a raw string"
		}
	}
	if why != "" {
		return request.NoFix(request.ResponseStopField, fv.Name(), r.place(use.Pos()), why)
	}
	rt.stopSeq = fv
	return nil
}

// stringOrPointer returns "string" or "pointer" for a string type or a
// pointer to one, and "" otherwise.
func stringOrPointer(t types.Type) string {
	if ptr, ok := t.Underlying().(*types.Pointer); ok {
		if isString(ptr.Elem()) {
			return "pointer"
		}
		return ""
	}
	if isString(t) {
		return "string"
	}
	return ""
}

// rewriteStopSeq retags the stop field "stop_sequence" and rewrites its
// reads to the legacy value: legacyStop() of a type of the package, the
// same inline for a type declared in a function.
func (r *responses) rewriteStopSeq(rt *responseType) error {
	for _, id := range r.defs().Uses(rt.stopSeq) {
		if fileOf(r.pass, id.Pos()) != r.file {
			return request.NoFix(request.StructFieldElsewhere, rt.stopSeq.Name(), r.place(id.Pos()))
		}
		sel, ok := r.parents[id].(*ast.SelectorExpr)
		if !ok || sel.Sel != id || r.isWrite(sel) {
			return request.NoFix(request.ResultFieldWritten, rt.stopSeq.Name(), r.place(id.Pos()))
		}
		switch {
		case !rt.local:
			rt.needStopSeq = true
			r.replace(sel, r.src(sel.X)+".legacyStop()")
		case pure(sel.X):
			r.replace(sel, "func() "+r.src(rt.stopSeqNode.Type)+" {\n"+r.legacyStopBody(rt, r.src(sel.X))+"}()")
		default:
			return request.NoFix(request.ResponseCompletionUnfollowed, r.place(sel.Pos()), r.src(sel.X))
		}
	}
	tag := rt.stopSeqNode.Tag
	i := strings.Index(tag.Value, `json:"`+legacyStopKey)
	if i < 0 {
		return request.NoFix(request.ResponseStopField, rt.stopSeq.Name(), r.place(tag.Pos()), "its tag is not spelled json:\"stop\"")
	}
	at := tag.Pos() + token.Pos(i+len(`json:"`+legacyStopKey))
	r.insert(at, "_sequence")
	return nil
}

// legacyStopBody is the body of a function that returns the legacy stop
// field of the Messages response x: "\n\nHuman:" for a turn that ended by
// itself, the stop sequence otherwise.
func (r *responses) legacyStopBody(rt *responseType, x string) string {
	reason := x + "." + rt.stop.Name()
	cond := reason + ` == "end_turn"`
	if stringOrPointer(rt.stop.Type()) == "pointer" {
		cond = reason + " != nil && *" + reason + ` == "end_turn"`
	}
	human := `"\n\nHuman:"`
	if stringOrPointer(rt.stopSeq.Type()) == "pointer" {
		elem := r.src(rt.stopSeqNode.Type.(*ast.StarExpr).X)
		return "if " + cond + " {\nhuman := " + elem + "(" + human + ")\nreturn &human\n}\nreturn " + x + "." + rt.stopSeq.Name() + "\n"
	}
	return "if " + cond + " {\nreturn " + human + "\n}\nreturn " + x + "." + rt.stopSeq.Name() + "\n"
}

// mapStop rewrites resp["stop"] of a decoded map to the legacy value of
// the stop sequence: "\n\nHuman:" for a turn that ended by itself, the
// Messages response's stop_sequence otherwise.
func (r *responses) mapStop(ix *ast.IndexExpr) error {
	if r.stream {
		return request.NoFix(request.ResponseStopField, r.src(ix), r.place(ix.Pos()), "a stream carries the stop sequence in its message_delta event, which the rewrite does not move it to")
	}
	if !pure(ix.X) {
		return request.NoFix(request.ResponseCompletionUnfollowed, r.place(ix.Pos()), r.src(ix.X))
	}
	m := r.src(ix.X)
	r.replace(ix, "func() any {\nif "+m+`["stop_reason"] == "end_turn" {`+"\nreturn \"\\n\\nHuman:\"\n}\nreturn "+m+`["stop_sequence"]`+"\n}()")
	return nil
}
