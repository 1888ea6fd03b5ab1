package rewrite

import (
	"time"

	"github.com/completelint/completelint/internal/models"
	"github.com/completelint/completelint/internal/msgapi"
)

// Models decides the model id a rewrite writes for the id a legacy request
// sends.
type Models struct {
	// Map is the configured mapping (-model-map); nil maps nothing.
	Map func(id string) (string, bool)
	// Day is the day model lifecycle is judged on.
	Day time.Time
}

// Target returns the id a rewrite prefers for id, and how firmly: the
// configured mapping, id itself when it still answers and is not a Text
// Completions model (the code names it), or the documented successor. ok is
// false when id is unknown and not mapped.
func (m Models) Target(id string) (target string, pref msgapi.Preference, ok bool) {
	if m.Map != nil {
		if to, ok := m.Map(id); ok {
			return to, msgapi.Configured, true
		}
	}
	if lm, known := models.Lookup(id); known && lm.StatusAt(m.Day) != models.Retired && !models.IsLegacyTextModel(id) {
		return id, msgapi.Written, true
	}
	to, ok := models.Successor(id, m.Day)
	return to, msgapi.Successor, ok
}
