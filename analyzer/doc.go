// Package analyzer defines completelint, an analyzer that finds code calling
// Anthropic's legacy Text Completions API and checks its prompts and
// parameters the way the API does.
//
// # Analyzer completelint
//
// completelint: find legacy Text Completions API calls and check their prompts and parameters
//
// The Text Completions API (POST /v1/complete) is legacy: new models and
// features reach only the Messages API. completelint reports every call that
// still sends a Text Completions request, checks the prompt and parameters
// statically the way the API validates them, and offers a rewrite of the call
// into its Messages API equivalent.
//
// Requests are found wherever they are built: calls of the official SDK's
// CompletionService (every parameter style), community SDKs (go-anthropic,
// madebywelch/anthropic-go), langchaingo's legacy mode and its versions before
// v0.1.8 (the module version read from its file names), hand-written bodies
// (structs tagged max_tokens_to_sample, map[string]any), URLs of the
// /v1/complete endpoint, and AWS Bedrock InvokeModel with a legacy model or
// body. Each request is one legacy-api finding, where its fix lands (the call,
// or a hand-written body); its other places (the URL and the call of net/http
// a body is sent with, the calls of a wrapper) are the finding's related
// information. A function whose string parameter flows into a legacy prompt
// is a wrapper: its callers' arguments are checked inside its prompt, and
// its calls are reported by themselves, once per package, only where the
// wrapper's own finding is not shown: another module's wrapper, or one whose
// call is suppressed (across packages with -wrappers, which needs analysis
// facts).
//
// Each finding has a category, usable in suppression comments:
//
//	legacy-api        a call that sends a Text Completions request
//	prompt-format     a prompt the API rejects: no turns, no Human or Assistant
//	                  turn, turns out of order; a role label after a single
//	                  newline is text to the API, reported where it leaves the
//	                  prompt without the turn it was meant to start
//	prompt-sanitized  a prompt accepted only through the server's clean-up:
//	                  "Human:" without the leading "\n\n", whitespace after the
//	                  final "\n\nAssistant:"
//	prompt-advice     legal but almost certainly a mistake: turns that do not
//	                  alternate, an empty Human turn, "User:"/"AI:"-style
//	                  labels, a prompt wrapped in turns twice
//	param-range       max_tokens_to_sample missing or below 1, temperature or
//	                  top_p outside 0..1, top_k below 0, metadata.user_id too
//	                  long
//	param-advice      both temperature and top_p set, "\n\nHuman:" in
//	                  stop_sequences, a metadata.user_id that looks personal
//	model-retired     a model that no longer answers, in any Anthropic call,
//	                  followed to flag defaults, callers' constants and struct
//	                  fields
//	model-deprecated  a model with an announced retirement
//
// Each category holds rules with stable ids, such as
// prompt-format/single-newline-marker, each documented with a bad and a good
// example in https://github.com/completelint/completelint/blob/main/docs/rules.md;
// a diagnostic links to its rule's section there (Diagnostic.URL).
//
// The prompt is evaluated statically: string constants, concatenation,
// fmt.Sprintf with a constant format, fmt.Sprint and Sprintln of strings,
// strings.Join of literal slices, strings.Builder and bytes.Buffer writes
// (fmt.Fprint, Fprintf and Fprintln to them included), and local variables with one
// reaching assignment are followed; what cannot be known is a hole, treated as
// user text that contains no turn markers.
//
// The rewrite is offered only when the Messages request it writes is one its
// model accepts (internal/msgapi, with sources in docs/sources.md): a prefill
// moves to a model that accepts one, max_tokens is capped at the model's
// maximum, and requests no current model accepts get no fix, with the reason.
//
// A finding is suppressed by a comment on its line or the line above (which
// also covers the statement that starts below it):
//
//	//completelint:ignore <category>[,<category>] <reason>
//
// The reason is required. Generated files are skipped.
package analyzer

// The category table above is rendered from promptcheck.Rules and checked by
// go test ./internal/ruledoc (-update rewrites it).
