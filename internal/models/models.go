// Package models holds the lifecycle of Anthropic's models: when each was
// deprecated and retired and what replaces it.
package models

import "time"

// Status is where a model is in its lifecycle at a given date.
type Status uint8

// Lifecycle states.
const (
	Active Status = iota
	Deprecated
	Retired
)

// A Model is one row of the lifecycle table.
type Model struct {
	ID          string
	Deprecated  time.Time // zero when not deprecated
	Retired     time.Time // zero when not retired
	Replacement string    // recommended replacement model id
}

// StatusAt returns the model's status on the given day.
func (m Model) StatusAt(day time.Time) Status {
	switch {
	case !m.Retired.IsZero() && !day.Before(m.Retired):
		return Retired
	case !m.Deprecated.IsZero() && !day.Before(m.Deprecated):
		return Deprecated
	}
	return Active
}

// Lookup finds a model by id.
func Lookup(id string) (Model, bool) {
	panic("unimplemented")
}
