// Package nogotest runs completelint the way Bazel users do: as nogo, the
// analysis step of rules_go's compile actions, with facts passed between
// actions. Its test builds the workspace in testdata/bazel offline and checks
// the findings; it holds no code of its own.
package nogotest
