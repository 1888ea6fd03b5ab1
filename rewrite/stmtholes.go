package rewrite

import (
	"go/ast"

	"github.com/completelint/completelint/internal/request"

	"github.com/completelint/completelint/internal/strval"
)

// checkFollowable rejects prompts the rewrite cannot rebuild from their
// pieces: a value cut at the evaluator's size limit, and holes that stand for
// what a statement added to a variable (their expression is the variable
// inside that statement, not a value that can be evaluated at the call).
func (f *fixer) checkFollowable(v strval.Value) error {
	if v.Truncated {
		return request.NoFix(request.PromptTooLarge)
	}
	for _, p := range v.Pieces {
		if p.Stmt != nil {
			return request.NoFix(request.PromptBuiltByStatement, stmtKind(p.Stmt), f.place(p.Stmt.Pos()))
		}
	}
	return nil
}

// stmtKind names what kind of statement contributed to a prompt.
func stmtKind(s ast.Stmt) string {
	switch s := s.(type) {
	case *ast.ForStmt, *ast.RangeStmt:
		return "a loop"
	case *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
		return "a branch"
	case *ast.LabeledStmt:
		return stmtKind(s.Stmt)
	case *ast.ExprStmt:
		return "a call"
	case *ast.AssignStmt:
		for _, r := range s.Rhs {
			if _, ok := ast.Unparen(r).(*ast.CallExpr); ok {
				return "a call"
			}
		}
		return "an assignment"
	}
	return "a statement"
}
