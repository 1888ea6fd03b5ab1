// Package promptcheck checks Text Completions prompts and request parameters
// the way the API does, without any knowledge of Go source.
//
// A prompt is a Template of literal pieces and holes. Parse splits it into
// system text and Human/Assistant turns; Check reports the findings of the
// prompt rules, each at a position in template coordinates; CheckParams judges
// the numeric and string parameters. Callers map positions back to wherever
// the template came from (Go source positions, a file, a test table).
//
// Positions: a Finding points at a real byte (Template.Contains holds) or is
// Whole. Spans from Parse are not normalized: a marker's End and the next
// body's Start are equal, but may be written {i, len(Text)} where another
// span would say {i+1, 0}; compare with Template.Normalize.
//
// Holes: a hole is user text without turn markers, of any length. A rule
// fires only when it holds whatever the holes contain, with one deliberate
// widening: a hole in the system text (before the first marker), or a
// template with holes and no marker at all, may carry earlier turns, so the
// "must start with Human" and "no turns" rules stay quiet then.
package promptcheck
