// Package rewrite turns a legacy Text Completions call of the official Go SDK
// into the equivalent Messages API call, as one suggested fix made of granular
// text edits.
//
// The shape of the generated code is read from the types of the SDK version
// the package imports (param.Field[T] wrappers, plain values, what
// NewTextBlock returns, how stream deltas are typed), never from a version
// string. When the rewrite cannot preserve behaviour it offers no fix and says
// why.
package rewrite
