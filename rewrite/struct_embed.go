package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"github.com/completelint/completelint/internal/request"
	"github.com/completelint/completelint/promptcheck"
)

// An embedded is a struct the request type embeds without a JSON name:
// encoding/json sends its exported fields as the request's own. The
// rewrite leaves its declaration, and the values of its fields, as they
// are.
type embedded struct {
	v    *types.Var // the embedded field
	name string     // its type as written
	// unset is set when it is a pointer the request leaves nil: none of
	// its fields is sent. unknown is set when the request gives it a value
	// the rewrite does not follow: its fields may be sent with any value.
	unset, unknown bool
}

// carriedOver are the parameters a field promoted from an embedded struct
// may send: the Messages API takes them under the same name, with the same
// meaning.
var carriedOver = map[string]bool{
	promptcheck.ParamTemperature:   true,
	promptcheck.ParamTopK:          true,
	promptcheck.ParamTopP:          true,
	promptcheck.ParamStopSequences: true,
	promptcheck.ParamMetadata:      true,
}

// embeddedFields returns the fields an embedded field of the request type
// promotes into the body, or why the rewrite cannot leave them as they are.
// A field tagged "-" sends nothing; one with a JSON name, or of a type that
// is not a struct, sends an object of its own; a struct's exported fields
// are flattened, each of them a parameter the Messages API takes unchanged.
func (f *structRewrite) embeddedFields(rt *requestType, field *ast.Field) ([]*reqField, error) {
	st := rt.typ.Underlying().(*types.Struct)
	var v *types.Var
	for i := range st.NumFields() {
		if fv := st.Field(i); fv.Embedded() && fv.Pos() >= field.Pos() && fv.Pos() < field.End() {
			v = fv
		}
	}
	embeds := request.NoFix(request.StructEmbedded, rt.label(), f.src(field.Type))
	if v == nil {
		return nil, embeds
	}
	tag := ""
	if field.Tag != nil {
		tag, _ = strconv.Unquote(field.Tag.Value)
	}
	name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	if name == "-" {
		return nil, nil
	}
	inner, isStruct := derefStruct(v.Type())
	if name != "" || !isStruct {
		return nil, embeds
	}
	_, pointer := types.Unalias(v.Type()).(*types.Pointer)
	e := &embedded{v: v, name: f.src(field.Type)}
	f.embeddedValue(e, pointer)
	var out []*reqField
	for i := range inner.NumFields() {
		fv := inner.Field(i)
		if fv.Embedded() {
			return nil, request.NoFix(request.StructEmbedded, rt.label(), e.name+" (which embeds "+fv.Name()+")")
		}
		if !fv.Exported() {
			continue
		}
		json, omit := jsonName(inner.Tag(i), fv.Name())
		if json == "-" {
			continue
		}
		if !carriedOver[json] {
			return nil, request.NoFix(request.StructEmbeddedField, rt.label(), e.name, fv.Name(), json, "is not a parameter the Messages API takes unchanged")
		}
		rf := &reqField{v: fv, json: json, omitempty: omit, embed: e}
		for _, bf := range f.b.Fields {
			rf.set = rf.set || bf.Param == json
		}
		out = append(out, rf)
	}
	return out, nil
}

// embeddedValue finds what the request gives an embedded struct: nothing
// (its zero value, or a nil pointer), a literal, or a value the rewrite
// does not follow (a variable, a call, an assignment of the whole struct).
func (f *structRewrite) embeddedValue(e *embedded, pointer bool) {
	given := false
	for _, id := range f.defs().Uses(e.v) {
		if !containsPos(f.fn, id.Pos()) {
			continue
		}
		switch p := f.parents[id].(type) {
		case *ast.KeyValueExpr:
			if p.Key != ast.Expr(id) || f.parents[p] != ast.Node(f.b.Lit) {
				continue
			}
			given = true
			value := ast.Unparen(p.Value)
			if u, ok := value.(*ast.UnaryExpr); ok && u.Op == token.AND {
				value = ast.Unparen(u.X)
			}
			switch {
			case f.pass.TypesInfo.Types[value].IsNil():
				e.unset = true
			case !isCompositeLit(value):
				e.unknown = true
			}
		case *ast.SelectorExpr:
			// x.Params.Temperature sets one field; x.Params = y or
			// &x.Params may set them all.
			if outer, ok := f.parents[p].(*ast.SelectorExpr); ok && outer.X == ast.Expr(p) {
				continue
			}
			e.unknown = true
		}
	}
	if !given && pointer {
		e.unset = true
	}
}

func isCompositeLit(e ast.Expr) bool {
	_, ok := e.(*ast.CompositeLit)
	return ok
}

// checkPromoted refuses a promoted field that a field of the same JSON
// name hides, or that hides one: encoding/json sends the shallower one, or
// neither.
func (f *structRewrite) checkPromoted(rt *requestType) error {
	for i, a := range rt.fields {
		for _, b := range rt.fields[i+1:] {
			if a.json != b.json || a.embed == nil && b.embed == nil {
				continue
			}
			p := a
			if p.embed == nil {
				p = b
			}
			return request.NoFix(request.StructEmbeddedField, rt.label(), p.embed.name, p.v.Name(), p.json, "shares its JSON name with another field of the body")
		}
	}
	return nil
}

// promotedUnchanged refuses a promoted field that the Messages request
// would need changed for the target model: a sampling parameter at its
// default, which the rewrite drops, or stop sequences that list
// "\n\nHuman:". The field is declared in a type the rewrite leaves alone.
func (f *structRewrite) promotedUnchanged() error {
	for _, rf := range f.rt.fields {
		if rf.embed != nil && f.target.drop[rf.json] {
			return request.NoFix(request.StructEmbeddedField, f.rt.label(), rf.embed.name, rf.v.Name(), rf.json, "is at its default value, which the rewrite drops for the model")
		}
	}
	for _, field := range f.b.Fields {
		rf := f.rt.field(field.Param)
		if rf == nil || rf.embed == nil || field.Param != promptcheck.ParamStopSequences {
			continue
		}
		if lit, ok := ast.Unparen(field.Value).(*ast.CompositeLit); ok {
			for _, e := range lit.Elts {
				if f.constString(e) == humanStop {
					return request.NoFix(request.StructEmbeddedField, f.rt.label(), rf.embed.name, rf.v.Name(), rf.json, `lists "\n\nHuman:", which the rewrite drops`)
				}
			}
		}
	}
	return nil
}
