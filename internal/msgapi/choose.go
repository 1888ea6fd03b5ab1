package msgapi

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/completelint/completelint/internal/models"
)

// A Choice is the model a rewrite writes and what it must mend on the way.
type Choice struct {
	Model Model
	// Repairs are the problems of the request on Model that the rewrite
	// mends (Problem.Repairable).
	Repairs []Problem
	// Instead is the model that was preferred, when Model replaces it
	// because it rejects the request (Why says what it rejects) or, when Why
	// is empty, because it thinks unasked.
	Instead string
	Why     []Problem
}

// Choose picks the model a rewrite of r writes on day. preferred is the
// configured mapping (explicit) or the documented successor. It is taken
// when it accepts r, with repairs; an explicit choice is never second-guessed.
// Otherwise the newest model that accepts r is taken, from preferred's family
// first: open to every customer and thinking only when asked, since a legacy
// max_tokens_to_sample budget never had to cover thinking.
//
// The error says why no model fits: what preferred rejects, and that no
// current model accepts it either.
func Choose(r Request, preferred string, explicit bool, day time.Time) (Choice, error) {
	first, err := fit(r, preferred, day)
	if err == nil && (explicit || quiet(first.Model)) {
		return first, nil
	}
	if explicit {
		return Choice{}, err
	}
	family := ""
	if m, ok := Lookup(preferred); ok {
		family = m.Family
	}
	for _, m := range fallbacks(family, day) {
		if m.ID == preferred {
			continue
		}
		c, ferr := fit(r, m.ID, day)
		if ferr != nil {
			continue
		}
		c.Instead = preferred
		var u *Unfit
		if errors.As(err, &u) {
			c.Why = u.Problems
		}
		return c, nil
	}
	if err != nil {
		return Choice{}, fmt.Errorf("%w, and no current model accepts the request", err)
	}
	return first, nil
}

// quiet reports whether m may be chosen without being asked for: open to
// every customer, and thinking only when asked.
func quiet(m Model) bool { return !m.Gated && m.Thinking == ThinkingOff }

// An Unfit error lists what a model rejects of a request.
type Unfit struct {
	Model    string
	Problems []Problem
}

func (u *Unfit) Error() string {
	var why []string
	for _, p := range u.Problems {
		why = append(why, p.String())
	}
	return strings.Join(why, "; ")
}

// fit checks r on model id: the choice with its repairs, or what id rejects.
func fit(r Request, id string, day time.Time) (Choice, error) {
	m, ok := Lookup(id)
	r.Model = id
	var bad, repairs []Problem
	for _, p := range Check(r, day) {
		if p.Repairable() {
			repairs = append(repairs, p)
		} else {
			bad = append(bad, p)
		}
	}
	if len(bad) > 0 || !ok {
		return Choice{}, &Unfit{Model: id, Problems: bad}
	}
	return Choice{Model: m, Repairs: repairs}, nil
}

// fallbacks lists the models that may be chosen without being asked for
// and answer on day: family first, then the others, newest first.
func fallbacks(family string, day time.Time) []Model {
	var out []Model
	for _, m := range All() {
		if lm, ok := models.Lookup(m.ID); !quiet(m) || !ok || lm.StatusAt(day) != models.Active {
			continue
		}
		out = append(out, m)
	}
	slices.SortStableFunc(out, func(a, b Model) int {
		if (a.Family == family) != (b.Family == family) {
			if a.Family == family {
				return -1
			}
			return 1
		}
		return b.Released.Compare(a.Released)
	})
	return out
}
