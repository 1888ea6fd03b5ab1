package rewrite

import (
	"time"

	"github.com/completelint/completelint/internal/models"
)

// A ModelMapper returns the model id the rewrite should use for id, and
// whether it differs from id.
type ModelMapper func(id string) (string, bool)

// Models returns the mapper the analyzer uses: the configured mapping first,
// then the documented replacement of a model retired on day (which also
// turns major aliases such as claude-2 into full ids, the Messages API
// needing one).
func Models(configured func(id string) (string, bool), day time.Time) ModelMapper {
	return func(id string) (string, bool) {
		if configured != nil {
			if to, ok := configured(id); ok {
				return to, to != id
			}
		}
		m, ok := models.Lookup(id)
		if !ok || m.StatusAt(day) != models.Retired {
			return "", false
		}
		to, ok := models.Successor(id, day)
		return to, ok && to != id
	}
}
