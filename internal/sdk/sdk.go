// Package sdk is the table of client libraries that reach the legacy Text
// Completions endpoint, and the library-independent Request that the analyzer
// builds from a call into one of them.
package sdk

import "go/ast"

// Kind classifies how a request reaches the endpoint; reports group by it.
type Kind string

// Kinds of libraries.
const (
	Official  Kind = "official SDK"
	Community Kind = "community SDK"
	HTTP      Kind = "hand-written HTTP"
	Bedrock   Kind = "Bedrock"
	Wrapper   Kind = "wrapper"
)

// A Library is one entry of the table.
type Library struct {
	Name string // human name, used in messages
	Kind Kind
	// Path is the import path of the package that declares the entry points
	// and the request type.
	Path string
	// Entries are the functions or methods that send a legacy request.
	Entries []Entry
	// Request is the name of the request struct type in Path.
	Request string
	// Fields maps the request type's Go field names to API parameter names
	// ("MaxTokensToSample" -> "max_tokens_to_sample"; "Metadata.UserID" ->
	// "metadata.user_id").
	Fields map[string]string
	// Wrappers are functions that only wrap a value for a field, as
	// "importpath.Name" (anthropic.F, anthropic.Float, param.NewOpt, ...).
	Wrappers []string
	// Messages is the Messages API entry the rewrite targets, by entry name.
	Messages map[string]string
}

// An Entry is a function or method that sends a request.
type Entry struct {
	Recv      string // receiver's named type ("CompletionService"); "" for a function
	Name      string
	Arg       int // index of the request argument
	Streaming bool
}

// Func returns the entry's qualified name, as in messages: "CompletionService.New".
func (e Entry) Func() string {
	if e.Recv == "" {
		return e.Name
	}
	return e.Recv + "." + e.Name
}

// Libraries is the table. Order matters only for documentation.
var Libraries = []*Library{
	{
		Name: "anthropic-sdk-go",
		Kind: Official,
		Path: "github.com/anthropics/anthropic-sdk-go",
		Entries: []Entry{
			{Recv: "CompletionService", Name: "New", Arg: 1},
			{Recv: "CompletionService", Name: "NewStreaming", Arg: 1, Streaming: true},
		},
		Request: "CompletionNewParams",
		Fields: map[string]string{
			"Prompt":            "prompt",
			"MaxTokensToSample": "max_tokens_to_sample",
			"Model":             "model",
			"Temperature":       "temperature",
			"TopP":              "top_p",
			"TopK":              "top_k",
			"StopSequences":     "stop_sequences",
			"Metadata":          "metadata",
			"Metadata.UserID":   "metadata.user_id",
			"Betas":             "anthropic-beta",
		},
		Wrappers: []string{
			"github.com/anthropics/anthropic-sdk-go.F",
			"github.com/anthropics/anthropic-sdk-go.Int",
			"github.com/anthropics/anthropic-sdk-go.Float",
			"github.com/anthropics/anthropic-sdk-go.String",
			"github.com/anthropics/anthropic-sdk-go.Opt",
			"github.com/anthropics/anthropic-sdk-go/packages/param.NewOpt",
		},
		Messages: map[string]string{"New": "New", "NewStreaming": "NewStreaming"},
	},
}

// A Request is one legacy request found in source: which library and entry
// point sends it, and the Go expression that supplies each parameter.
type Request struct {
	Lib   *Library
	Entry *Entry
	// Call is the call that sends the request (nil when the request is a
	// literal that is sent elsewhere, e.g. a hand-written HTTP body).
	Call *ast.CallExpr
	// Arg is the request argument as written at the call.
	Arg ast.Expr
	// Lit is the composite literal that builds the request, when it was found
	// (directly at the call, or through a local variable or a helper).
	Lit *ast.CompositeLit
	// LitFn is the innermost function containing Lit (nil at package level).
	LitFn ast.Node
	// Fields are the parameters present, in source order.
	Fields []Field
	// Complete is set when every field of the request is known: it was
	// built here from a literal or a zero value plus field assignments, so
	// a parameter absent from Fields is really absent.
	Complete bool
}

// A Field is one parameter as it is spelled in source.
type Field struct {
	Param string // API name, e.g. "temperature"
	// Node is where findings about the field are reported: the key-value of
	// the literal, the assignment after construction, the option call.
	Node ast.Node
	// Value is the value with wrappers such as anthropic.F(...) removed.
	Value ast.Expr
}

// Field returns the last field for the API parameter name, if present.
func (r *Request) Field(param string) (Field, bool) {
	for i := len(r.Fields) - 1; i >= 0; i-- {
		if r.Fields[i].Param == param {
			return r.Fields[i], true
		}
	}
	return Field{}, false
}

// IsWrapper reports whether the function with the qualified name
// "importpath.Name" only wraps a field value.
func (l *Library) IsWrapper(qualified string) bool {
	for _, w := range l.Wrappers {
		if w == qualified {
			return true
		}
	}
	return false
}
