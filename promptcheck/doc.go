// Package promptcheck checks Text Completions prompts and request parameters
// the way the API does, without any knowledge of Go source.
//
// A prompt is a Template of literal pieces and holes. Parse splits it into
// system text and Human/Assistant turns; Check reports the findings of the
// prompt rules, each with a span in template coordinates; CheckParams judges
// the numeric and string parameters. Callers map spans back to wherever the
// template came from (Go source positions, a file, a test table).
package promptcheck
