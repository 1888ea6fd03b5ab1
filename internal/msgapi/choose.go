package msgapi

import (
	"errors"
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

// Preference says how firmly a preferred model was chosen.
type Preference uint8

const (
	// Successor is a documented replacement: passed over for a model that
	// accepts the request, or that thinks only when asked.
	Successor Preference = iota
	// Written is the model the code names: kept unless it rejects the
	// request.
	Written
	// Configured is the user's mapping: taken as it is, or not at all.
	Configured
)

// Choose picks the model a rewrite of r writes on day. preferred is taken
// when it accepts r, with repairs (a successor only when it also thinks
// only when asked, since a legacy max_tokens_to_sample budget never had to
// cover thinking). A configured model is never second-guessed. Otherwise the
// newest model that accepts r is taken, from preferred's family first: open
// to every customer and thinking only when asked.
//
// The error says why no model fits: what preferred rejects, and that no
// current model accepts it either.
func Choose(r Request, preferred string, pref Preference, day time.Time) (Choice, error) {
	general := r
	general.Model = ""
	for _, p := range Check(general, day) {
		if !p.Repairable() {
			return Choice{}, &Unfit{Problems: []Problem{p}}
		}
	}
	first, err := fit(r, preferred, day)
	if err == nil && (pref != Successor || quiet(first.Model)) {
		return first, nil
	}
	if pref == Configured {
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
		return Choice{}, &NoModel{Needs: needs(r)}
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

// A NoModel error says no current model accepts what a request needs.
type NoModel struct {
	Needs string // "a prefill with temperature"
}

func (e *NoModel) Error() string { return "no current model accepts " + e.Needs }

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
		if lm, ok := models.Lookup(m.ID); !quiet(m) || !ok || lm.StatusAt(day) != models.Active || m.Released.After(day) {
			continue // -today before its release: not a model of that day
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

// needs names what a request asks of a model, for the message that says no
// model grants it.
func needs(r Request) string {
	var ns []string
	if r.Prefill() {
		ns = append(ns, "a prefill")
	}
	switch {
	case r.Temperature.Set && r.TopP.Set:
		ns = append(ns, "temperature and top_p together")
	case r.Temperature.Set:
		ns = append(ns, "temperature")
	case r.TopP.Set:
		ns = append(ns, "top_p")
	}
	if r.TopK.Set {
		ns = append(ns, "top_k")
	}
	if len(ns) == 0 {
		return "the request"
	}
	return strings.Join(ns, " with ")
}
