// Package models holds the lifecycle of Anthropic's models: when each was
// deprecated and retired and what replaces it.
//
// The table is embedded from lifecycle.csv and aliases.csv, built from
// Anthropic's model-deprecations page as read on TableDate. The dates are
// those of the Claude API; Amazon Bedrock and Google Vertex AI retire models
// on their own schedules, and their ids are only mapped to first-party rows.
package models

import "time"

// TableSource is the page the embedded table was built from.
const TableSource = "https://platform.claude.com/docs/en/about-claude/model-deprecations"

// TableDate is the day the stored copy of TableSource was read, as YYYY-MM-DD.
const TableDate = "2026-12-05"

// Status is where a model is in its lifecycle at a given date.
type Status uint8

// Lifecycle states.
const (
	Active Status = iota
	Deprecated
	Retired
)

// String returns the lower-case name used in messages.
func (s Status) String() string {
	switch s {
	case Deprecated:
		return "deprecated"
	case Retired:
		return "retired"
	}
	return "active"
}

// A Model is one row of the lifecycle table.
type Model struct {
	ID          string
	Deprecated  time.Time // zero when not deprecated
	Retired     time.Time // zero when not retired
	Replacement string    // recommended replacement model id
	// Documented is the replacement the deprecation notice named. Lookup sets
	// Replacement to the end of the replacement chain as of TableDate, which
	// differs when the documented replacement was itself retired since.
	Documented string
}

// StatusAt returns the model's status on the given day.
// A model whose retirement is announced counts as deprecated even when the
// notice's own date is unknown: users must move either way.
func (m Model) StatusAt(day time.Time) Status {
	switch {
	case !m.Retired.IsZero() && !day.Before(m.Retired):
		return Retired
	case !m.Deprecated.IsZero() && !day.Before(m.Deprecated), m.Deprecated.IsZero() && !m.Retired.IsZero():
		return Deprecated
	}
	return Active
}

// Lookup finds a model by id: an exact first-party id, an alias (claude-2,
// claude-v1, claude-3-5-sonnet-latest, ...), a -100k variant, or an Amazon
// Bedrock or Google Vertex AI id of a first-party model. The returned Model's
// ID is the first-party id.
func Lookup(id string) (Model, bool) { return Default().Lookup(id) }

// All returns the rows of the embedded table in file order.
func All() []Model { return Default().All() }

// Canonical returns the first-party id that id names, and whether it is
// known.
func Canonical(id string) (string, bool) { return Default().Canonical(id) }

// Successor returns the first model in id's replacement chain that is not
// retired on day, and whether there is one.
func Successor(id string, day time.Time) (string, bool) { return Default().Successor(id, day) }

// IsLegacyTextModel reports whether id names a model of the Text Completions
// era (Claude 1, Claude Instant, Claude 2), including their aliases and
// Bedrock ids. The Messages API rewrite needs a full, current model id for
// these.
func IsLegacyTextModel(id string) bool {
	if c, ok := Canonical(id); ok {
		return isLegacyTextID(c)
	}
	// Ids missing from the table (claude-1.3-100k spelled differently,
	// claude-2.2 typos) still need a full current id in a rewrite.
	name, _ := trimBedrock(id)
	return isLegacyTextID(name)
}
