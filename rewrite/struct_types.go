package rewrite

import (
	"go/ast"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/astutil"

	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/promptcheck"
)

// A typeDecl is a struct type declared in the file of the rewrite, at
// package level or in a function.
type typeDecl struct {
	obj  *types.TypeName
	spec *ast.TypeSpec
	// decl is the declaration around spec: an *ast.GenDecl, or the
	// *ast.DeclStmt of a type declared in a function.
	decl  ast.Node
	st    *ast.StructType
	local bool
	// typ is the type: obj's, or for an anonymous struct (obj nil) the
	// struct its expression st spells.
	typ types.Type
	// anon is the one variable of an anonymous struct type (var out
	// struct{...}); its uses are all the type's (anonUsesStay).
	anon *types.Var
}

// label names the type in reasons.
func (d typeDecl) label() string {
	if d.obj == nil {
		return "struct{...}"
	}
	return d.obj.Name()
}

// A requestType is the struct type of a hand-written body.
type requestType struct {
	typeDecl
	fields []*reqField
	// version is the field that sends anthropic_version, if any.
	version *reqField
}

// A reqField is one marshalled field of the request type.
type reqField struct {
	v         *types.Var
	node      *ast.Field
	json      string
	omitempty bool
	set       bool // the request sets it
	// The edits of its tag, made together: a new JSON name, omitempty.
	rename    string
	omitEmpty bool
	// embed is the embedded struct the field is promoted from, if any: the
	// rewrite leaves the field as it is.
	embed *embedded
}

// declOf finds the declaration of a struct type of the package in the
// file of the rewrite.
func (f *fixer) declOf(obj *types.TypeName) (typeDecl, error) {
	d := typeDecl{obj: obj, typ: obj.Type()}
	if obj.Pkg() != f.pass.Pkg {
		return d, request.NoFix(request.StructTypeOtherPackage, obj.Pkg().Path()+"."+obj.Name())
	}
	if file := fileOf(f.pass, obj.Pos()); file != f.file {
		return d, request.NoFix(request.StructDeclElsewhere, obj.Name(), f.place(obj.Pos()))
	}
	path, _ := astutil.PathEnclosingInterval(f.file, obj.Pos(), obj.Pos())
	for i, n := range path {
		spec, ok := n.(*ast.TypeSpec)
		if !ok || spec.Name.Pos() != obj.Pos() {
			continue
		}
		d.spec = spec
		if i+1 < len(path) {
			d.decl = path[i+1]
		}
		if i+2 < len(path) {
			if ds, ok := path[i+2].(*ast.DeclStmt); ok {
				d.decl, d.local = ds, true
			}
		}
		break
	}
	if d.spec == nil || d.decl == nil {
		return d, request.NoFix(request.StructDeclElsewhere, obj.Name(), f.place(obj.Pos()))
	}
	st, ok := d.spec.Type.(*ast.StructType)
	if !ok || d.spec.Assign.IsValid() || d.spec.TypeParams != nil {
		return d, request.NoFix(request.StructTypeNotPlain, obj.Name())
	}
	d.st = st
	if obj.Exported() && !d.local && f.pass.Pkg.Name() != "main" {
		return d, request.NoFix(request.StructExported, obj.Name(), f.pass.Pkg.Path())
	}
	return d, nil
}

// requestType reads the declaration of the body's type.
func (f *structRewrite) requestType() (*requestType, error) {
	var t types.Type
	if f.b.Lit != nil {
		t = f.pass.TypesInfo.TypeOf(f.b.Lit)
	} else if v := f.pass.TypesInfo.Defs[f.b.Zero.Names[0]]; v != nil {
		t = v.Type()
	}
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	var d typeDecl
	var err error
	if named, ok := types.Unalias(t).(*types.Named); ok {
		d, err = f.declOf(named.Obj())
	} else {
		d, err = f.anonRequestDecl(t)
	}
	if err != nil {
		return nil, err
	}
	rt := &requestType{typeDecl: d}
	for _, field := range d.st.Fields.List {
		if len(field.Names) == 0 {
			promoted, err := f.embeddedFields(rt, field)
			if err != nil {
				return nil, err
			}
			rt.fields = append(rt.fields, promoted...)
			continue
		}
		tag := ""
		if field.Tag != nil {
			tag, _ = strconv.Unquote(field.Tag.Value)
		}
		for _, name := range field.Names {
			v, _ := f.pass.TypesInfo.Defs[name].(*types.Var)
			if v == nil || !v.Exported() {
				continue
			}
			json, omit := jsonName(tag, v.Name())
			if json == "-" {
				continue
			}
			rf := &reqField{v: v, node: field, json: json, omitempty: omit}
			rf.set = len(f.valuesOf(v)) > 0
			if len(field.Names) > 1 && changes(json) {
				return nil, request.NoFix(request.StructFieldShared, v.Name(), f.place(field.Pos()))
			}
			if json == "anthropic_version" {
				rt.version = rf
			}
			rt.fields = append(rt.fields, rf)
		}
	}
	return rt, f.checkPromoted(rt)
}

// changes reports whether the rewrite rewrites the declaration of the
// field that sends json.
func changes(json string) bool {
	switch json {
	case promptcheck.ParamPrompt, promptcheck.ParamMaxTokensToSample, promptcheck.KeyMaxTokensCamel,
		promptcheck.ParamStopSequences, promptcheck.ParamTemperature, promptcheck.ParamTopP, promptcheck.ParamTopK:
		return true
	}
	return false
}

// jsonName returns the JSON name encoding/json gives a field with tag, and
// whether it has omitempty.
func jsonName(tag, goName string) (string, bool) {
	value := reflect.StructTag(tag).Get("json")
	name, opts, _ := strings.Cut(value, ",")
	if name == "" {
		name = goName
	}
	omit := false
	for _, o := range strings.Split(opts, ",") {
		omit = omit || o == "omitempty" || o == "omitzero"
	}
	return name, omit
}

// field returns the request type's field that sends json.
func (rt *requestType) field(json string) *reqField {
	for _, rf := range rt.fields {
		if rf.json == json {
			return rf
		}
	}
	return nil
}

// checkRequestUses makes sure the request type changes only under this
// request: no other literal builds it, the prompt field is set only here,
// and every use of a field the rewrite renames is in this file.
func (f *structRewrite) checkRequestUses() error {
	for _, file := range f.pass.Files {
		var err error
		ast.Inspect(file, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok || err != nil || lit == f.b.Lit || f.rt.obj == nil {
				return err == nil && f.rt.obj != nil
			}
			if t := f.pass.TypesInfo.TypeOf(lit); t != nil && types.Identical(t, f.rt.typ) {
				err = request.NoFix(request.StructBuiltElsewhere, f.rt.label(), f.place(lit.Pos()))
			}
			return err == nil
		})
		if err != nil {
			return err
		}
	}
	prompt := f.rt.field(promptcheck.ParamPrompt)
	if prompt == nil {
		return request.NoFix(request.BodyNoPrompt)
	}
	for _, id := range f.defs().Uses(prompt.v) {
		if !containsPos(f.promptAt, id.Pos()) {
			return request.NoFix(request.StructFieldUsed, prompt.v.Name(), f.place(id.Pos()))
		}
	}
	for _, rf := range f.rt.fields {
		if f.renamed(rf) == "" {
			continue
		}
		for _, id := range f.defs().Uses(rf.v) {
			if fileOf(f.pass, id.Pos()) != f.file {
				return request.NoFix(request.StructFieldElsewhere, rf.v.Name(), f.place(id.Pos()))
			}
		}
	}
	return nil
}

// renamed returns the new Go name of a field the rewrite renames: the
// legacy MaxTokensToSample, now MaxTokens.
func (f *structRewrite) renamed(rf *reqField) string {
	if rf.v.Name() == "MaxTokensToSample" {
		return "MaxTokens"
	}
	return ""
}

// checkKeys judges every field the body sends: the legacy ones change, the
// shared ones stay, and any other refuses the rewrite (the Messages API
// rejects unknown keys). The Go names the rewrite adds must be free.
func (f *structRewrite) checkKeys() error {
	sent := func(rf *reqField) bool { return rf.set || !rf.omitempty }
	for _, rf := range f.rt.fields {
		to, carries := promptcheck.MessagesParam(rf.json)
		switch {
		case rf.json == promptcheck.ParamPrompt:
		case rf.json == promptcheck.ParamMaxTokensToSample || rf.json == promptcheck.KeyMaxTokensCamel:
			rf.rename = to
			if other := f.rt.field(to); other != nil {
				return request.NoFix(request.BodyKeyNoCounterpart, other.json)
			}
		case rf.json == "anthropic_version":
			if !f.b.Bedrock && sent(rf) {
				return request.NoFix(request.BodyKeyNoCounterpart, rf.json)
			}
		case rf.json == promptcheck.ParamStream:
			if f.b.Bedrock && sent(rf) {
				return request.NoFix(request.BodyKeyNoCounterpart, rf.json)
			}
		case carries && f.b.Bedrock && (rf.json == promptcheck.ParamModel || rf.json == promptcheck.ParamMetadata):
			if sent(rf) {
				return request.NoFix(request.BodyKeyNoCounterpart, rf.json)
			}
		case carries && to == rf.json:
		default:
			if sent(rf) {
				return request.NoFix(request.BodyKeyNoCounterpart, rf.json)
			}
		}
	}
	names := []string{"Messages"}
	if len(f.plan.system) > 0 {
		names = append(names, "System")
	}
	if f.b.Bedrock && f.rt.version == nil {
		names = append(names, versionField)
	}
	for _, rf := range f.rt.fields {
		if to := f.renamed(rf); to != "" {
			names = append(names, to)
		}
	}
	for _, name := range names {
		if obj, _, _ := types.LookupFieldOrMethod(f.rt.typ, true, f.pass.Pkg, name); obj != nil {
			return request.NoFix(request.StructNameTaken, f.rt.label()+"."+name)
		}
	}
	return nil
}

// rewriteFields rewrites the parameters set in the literal and after it:
// the model, the token limit, the stop sequences, the parameters the target
// drops, and the Bedrock version.
func (f *structRewrite) rewriteFields() error {
	if err := f.promotedUnchanged(); err != nil {
		return err
	}
	modelDone := false
	for _, field := range f.b.Fields {
		rf := f.rt.field(field.Param)
		switch {
		case rf != nil && rf.embed != nil:
		case field.Param == promptcheck.ParamPrompt:
		case f.target.drop[field.Param]:
			f.dropField(field, rf)
		case field.Param == promptcheck.ParamStopSequences:
			f.dropHumanStop(ast.Unparen(field.Value), func() { f.dropField(field, rf) })
		case field.Param == promptcheck.ParamModel && !modelDone && !f.b.Bedrock:
			f.writeModel(f.target)
			modelDone = true
		case field.Param == promptcheck.ParamMaxTokensToSample:
			f.capMaxTokens(f.target, field.Value)
		case field.Param == "anthropic_version" && f.constString(field.Value) != bedrockVersion:
			f.replace(ast.Unparen(field.Value), strconv.Quote(bedrockVersion))
		}
	}
	return nil
}

// dropField deletes a parameter from the literal, or the assignment that
// sets it. A field without omitempty then gets it: its zero value would be
// sent otherwise.
func (f *structRewrite) dropField(field request.Field, rf *reqField) {
	switch n := field.Node.(type) {
	case ast.Expr: // a key-value, or the value of an unkeyed literal
		if lit, ok := f.parents[n].(*ast.CompositeLit); ok {
			f.deleteKey(lit, n)
			if f.dropped == nil {
				f.dropped = map[ast.Expr]bool{}
			}
			f.dropped[n] = true
		}
	case *ast.AssignStmt:
		f.deleteStmt(n)
	}
	if rf != nil && !rf.omitempty {
		rf.omitEmpty = true
	}
}

// rewriteDecl rewrites the request type: the prompt field becomes the
// messages (and the system text, and the Bedrock version), the token limit
// is renamed with its uses, tags gain what the rewrite needs; and declares
// the message type when it is new.
func (f *structRewrite) rewriteDecl() error {
	prompt := f.rt.field(promptcheck.ParamPrompt)
	var fields []string
	if len(f.plan.system) > 0 {
		fields = append(fields, "System string `json:\"system,omitempty\"`")
	}
	fields = append(fields, "Messages []"+f.msgType+" `json:\"messages\"`")
	if f.b.Bedrock && f.rt.version == nil {
		fields = append(fields, versionField+" string `json:\"anthropic_version\"`")
	}
	f.replace(prompt.node, strings.Join(fields, "\n"))
	for _, rf := range f.rt.fields {
		if to := f.renamed(rf); to != "" {
			for _, name := range rf.node.Names {
				f.replace(name, to)
			}
			for _, id := range f.defs().Uses(rf.v) {
				f.replace(id, to)
			}
		}
		if rf.rename != "" || rf.omitEmpty {
			if err := f.retag(rf); err != nil {
				return err
			}
		}
	}
	if f.newMsgType {
		decl := "type " + f.msgType + " struct {\nRole string `json:\"role\"`\nContent string `json:\"content\"`\n}"
		if f.rt.local {
			// A type declared in a function is in scope after its declaration.
			f.insert(f.rt.decl.Pos(), decl+"\n")
		} else {
			f.insert(f.rt.decl.End(), "\n\n"+decl)
		}
	}
	return nil
}

// retag rewrites the JSON part of a field's tag: its new name, omitempty.
func (f *structRewrite) retag(rf *reqField) error {
	lit := rf.node.Tag
	if lit == nil {
		return request.NoFix(request.StructFieldShared, rf.v.Name(), f.place(rf.node.Pos()))
	}
	tag, err := strconv.Unquote(lit.Value)
	if err != nil {
		return request.NoFix(request.StructFieldShared, rf.v.Name(), f.place(rf.node.Pos()))
	}
	old := reflect.StructTag(tag).Get("json")
	name, opts, _ := strings.Cut(old, ",")
	if rf.rename != "" {
		name = rf.rename
	}
	value := name
	if opts != "" {
		value += "," + opts
	}
	if rf.omitEmpty {
		value += ",omitempty"
	}
	var text string
	if old == "" {
		text = strings.TrimSpace(tag + ` json:"` + value + `"`)
	} else {
		text = strings.Replace(tag, `json:"`+old+`"`, `json:"`+value+`"`, 1)
	}
	if strings.HasPrefix(lit.Value, "`") && !strings.Contains(text, "`") {
		f.replace(lit, "`"+text+"`")
	} else {
		f.replace(lit, strconv.Quote(text))
	}
	return nil
}

// valuesOf returns the values the request gives field v: in its literal,
// or by assignments in the function that builds it.
func (f *structRewrite) valuesOf(v *types.Var) []ast.Expr {
	out := f.unkeyedValue(v)
	for _, id := range f.defs().Uses(v) {
		switch p := f.parents[id].(type) {
		case *ast.KeyValueExpr:
			if p.Key == id && f.parents[p] == ast.Node(f.b.Lit) {
				out = append(out, p.Value)
			}
		case *ast.SelectorExpr:
			as, ok := f.parents[p].(*ast.AssignStmt)
			if !ok || !containsPos(f.fn, as.Pos()) || len(as.Lhs) != len(as.Rhs) {
				continue
			}
			for i, lhs := range as.Lhs {
				if lhs == ast.Expr(p) {
					out = append(out, as.Rhs[i])
				}
			}
		}
	}
	return out
}
