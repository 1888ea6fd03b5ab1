package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/completelint/completelint/internal/request"
)

// stopHelperName is the name of the function a rewrite adds to map a
// Messages API stop reason back to the legacy one, where code reads a stop
// reason other than by comparing it with a legacy constant.
const stopHelperName = "legacyStopReason"

// The legacy API reported two stop reasons: "max_tokens" for an answer cut
// at max_tokens_to_sample or at the model's maximum, "stop_sequence" for
// any other stop. The Messages API splits the second into end_turn,
// stop_sequence, refusal, pause_turn, ...: code written against the legacy
// values handles exactly those two, so every stop other than a cut one
// maps to "stop_sequence" (as the rewrite of `!= "stop_sequence"` into
// `== "max_tokens"` already does), and the empty stop reason of a stream
// event that does not end the message stays empty, as it was.
const stopHelperBody = `switch reason {
case "":
return ""
case "max_tokens", "model_context_window_exceeded":
return "max_tokens"
}
return "stop_sequence"
}
`

// mapStopReason wraps the Messages stop reason e, read where the legacy
// code read the legacy one at sel, in the helper. e is the text of the
// stop reason expression, of type have.
func (f *sdkRewrite) mapStopReason(sel ast.Expr, e string, have types.Type) error {
	name, err := f.stopHelper(sel.Pos())
	if err != nil {
		return err
	}
	if want := f.messageStopType(); want != nil && have != nil && !types.Identical(want, have) {
		e = f.typeString(want) + "(" + e + ")"
	}
	f.replace(sel, name+"("+e+")")
	return nil
}

// messageStopType is the type of Message.StopReason in the imported SDK.
func (f *sdkRewrite) messageStopType() types.Type {
	return fieldType(structOf(f.shape.pkg, "Message"), "StopReason")
}

// legacyStopField is CompletionNewParams' result type's StopReason field.
func (f *sdkRewrite) legacyStopField() *types.Var {
	s := structOf(f.shape.pkg, "Completion")
	if s == nil {
		return nil
	}
	for i := range s.NumFields() {
		if s.Field(i).Name() == "StopReason" {
			return s.Field(i)
		}
	}
	return nil
}

// stopHelper returns the name of the stop reason helper for code at pos,
// adding its declaration at the end of the file unless the package has it.
//
// The helper is declared once per file that needs it, never across files:
// a fix edits only its own file, and drivers apply any subset of fixes.
// Every fix of one file inserts the same declaration at the same place,
// which drivers coalesce. Files are told apart by a number: of the files
// that read the legacy StopReason field (and so may get the helper), the
// first (non-test files first, by name) declares legacyStopReason, the
// second legacyStopReason2, and so on. The numbering counts non-test files
// before test files so that a package and its test variant agree. A helper
// a fix already added to the package is reused.
func (f *sdkRewrite) stopHelper(pos token.Pos) (string, error) {
	if f.stopHelperUsed != "" {
		return f.stopHelperUsed, nil
	}
	want := f.messageStopType()
	legacy := f.legacyStopField()
	if want == nil || legacy == nil {
		return "", request.NoFix(request.SdkShape, "SDK's Message or Completion has no StopReason")
	}
	name := f.existingStopHelper(want, legacy.Type())
	insert := name == ""
	if insert {
		name = stopHelperName
		if n := f.fileNumber(legacy); n > 1 {
			name += strconv.Itoa(n)
		}
		if obj := f.pass.Pkg.Scope().Lookup(name); obj != nil {
			return "", request.NoFix(request.HelperNameTaken, name, f.place(obj.Pos()))
		}
	}
	if scope := f.pass.Pkg.Scope().Innermost(pos); scope != nil {
		if _, obj := scope.LookupParent(name, pos); obj != nil && obj.Parent() != f.pass.Pkg.Scope() {
			return "", request.NoFix(request.HelperNameTaken, name, f.place(obj.Pos()))
		}
	}
	if insert {
		f.insert(f.file.End(), "\n\n// "+name+" maps a Messages API stop reason to the legacy Text Completions one:\n"+
			"// \"max_tokens\" for an answer cut short, \"stop_sequence\" for any other stop.\n"+
			"func "+name+"(reason "+f.typeString(want)+") "+f.typeString(legacy.Type())+" {\n"+stopHelperBody)
	}
	f.stopHelperUsed = name
	return name, nil
}

// existingStopHelper returns the name of a stop reason helper the package
// already declares, usable from this file: in a file that is not a test, or
// in this one.
func (f *sdkRewrite) existingStopHelper(param, result types.Type) string {
	scope := f.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		if !strings.HasPrefix(name, stopHelperName) {
			continue
		}
		fn, ok := scope.Lookup(name).(*types.Func)
		if !ok {
			continue
		}
		sig := fn.Signature()
		if sig.Params().Len() != 1 || sig.Results().Len() != 1 || !types.Identical(sig.Params().At(0).Type(), param) ||
			!types.Identical(sig.Results().At(0).Type(), result) {
			continue
		}
		if file := fileOf(f.pass, fn.Pos()); file == f.file || !isTestFile(f.pass, file) {
			return name
		}
	}
	return ""
}

// fileNumber returns the 1-based number of the rewrite's file among the
// files of the package whose rewrite may need the helper: those that read
// field other than by comparing a result (a pointer) with a legacy
// constant, which is rewritten in place. Non-test files come first, by
// name, then test files.
func (f *sdkRewrite) fileNumber(field *types.Var) int {
	var files []*ast.File
	for _, file := range f.pass.Files {
		if file == f.file || f.mayNeedStopHelper(file, field) {
			files = append(files, file)
		}
	}
	slices.SortFunc(files, func(a, b *ast.File) int {
		at, bt := isTestFile(f.pass, a), isTestFile(f.pass, b)
		if at != bt {
			if at {
				return 1
			}
			return -1
		}
		return strings.Compare(f.pass.Fset.File(a.Pos()).Name(), f.pass.Fset.File(b.Pos()).Name())
	})
	return slices.Index(files, f.file) + 1
}

// mayNeedStopHelper reports whether file reads field other than in a
// comparison of a pointer's field with "max_tokens" or "stop_sequence".
func (f *sdkRewrite) mayNeedStopHelper(file *ast.File, field *types.Var) bool {
	found := false
	var stack []ast.Node
	ast.Inspect(file, func(n ast.Node) bool {
		if found {
			return false
		}
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if s := f.pass.TypesInfo.Selections[sel]; s != nil && s.Obj() == field && !f.legacyComparison(sel, stack) {
				found = true
				return false
			}
		}
		stack = append(stack, n)
		return true
	})
	return found
}

// legacyComparison reports whether sel, under the nodes of stack, is
// p.StopReason compared with a legacy constant, p a pointer.
func (f *sdkRewrite) legacyComparison(sel *ast.SelectorExpr, stack []ast.Node) bool {
	if len(stack) == 0 {
		return false
	}
	bin, ok := stack[len(stack)-1].(*ast.BinaryExpr)
	if !ok || bin.Op != token.EQL && bin.Op != token.NEQ {
		return false
	}
	if _, ptr := types.Unalias(f.pass.TypesInfo.TypeOf(sel.X)).(*types.Pointer); !ptr {
		return false
	}
	other := bin.X
	if other == ast.Expr(sel) {
		other = bin.Y
	}
	return isLegacyStop(f.constValue(other))
}

// isTestFile reports whether file is a _test.go file.
func isTestFile(pass *analysis.Pass, file *ast.File) bool {
	return file != nil && strings.HasSuffix(pass.Fset.File(file.Pos()).Name(), "_test.go")
}
