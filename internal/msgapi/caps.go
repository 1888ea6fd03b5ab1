package msgapi

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/completelint/completelint/internal/models"
)

//go:embed caps.csv
var capsCSV string

// Sampling says which sampling parameters a model accepts.
type Sampling uint8

const (
	// AnySampling accepts temperature, top_p and top_k in any combination.
	AnySampling Sampling = iota
	// OneOfTemperatureTopP accepts temperature or top_p, not both, and top_k.
	OneOfTemperatureTopP
	// DefaultSamplingOnly rejects any non-default temperature, top_p or top_k.
	DefaultSamplingOnly
)

// Thinking says when a model thinks.
type Thinking uint8

const (
	// ThinkingOff thinks only when a request asks it to.
	ThinkingOff Thinking = iota
	// ThinkingByDefault thinks unless a request turns it off.
	ThinkingByDefault
	// ThinkingAlways cannot be turned off.
	ThinkingAlways
)

// A Model is what the Messages API accepts from one model.
type Model struct {
	ID        string
	Family    string
	Released  time.Time // zero when unknown
	Prefill   bool
	Sampling  Sampling
	MaxOutput int
	Thinking  Thinking
	Gated     bool   // available through trusted access programs only
	Source    string // source ids of docs/sources.md
}

type table struct {
	rows []Model
	byID map[string]int
}

var defaultTable = sync.OnceValue(func() *table {
	t, err := parseCaps(capsCSV)
	if err != nil {
		// The tests make sure the embedded table parses; an empty table
		// makes every target unknown, so no rewrite is offered.
		return &table{byID: map[string]int{}}
	}
	return t
})

// Lookup returns what the Messages API accepts from the model id names: a
// first-party id or an alias (claude-haiku-4-5). Models that are not
// Messages API targets of a rewrite (retired ones, legacy text models) are
// not in the table.
func Lookup(id string) (Model, bool) {
	t := defaultTable()
	if c, ok := models.Canonical(id); ok {
		id = c
	}
	i, ok := t.byID[id]
	if !ok {
		return Model{}, false
	}
	return t.rows[i], true
}

// All returns the rows of the table in file order.
func All() []Model { return append([]Model(nil), defaultTable().rows...) }

func parseCaps(text string) (*table, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comment = '#'
	r.FieldsPerRecord = 9
	recs, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("no header row")
	}
	t := &table{byID: map[string]int{}}
	for n, rec := range recs[1:] {
		m, err := parseModel(rec)
		if err != nil {
			return nil, fmt.Errorf("caps row %d (%s): %w", n+1, rec[0], err)
		}
		if _, dup := t.byID[m.ID]; dup {
			return nil, fmt.Errorf("caps row %d: duplicate id %s", n+1, m.ID)
		}
		t.byID[m.ID] = len(t.rows)
		t.rows = append(t.rows, m)
	}
	return t, nil
}

func parseModel(rec []string) (Model, error) {
	m := Model{ID: rec[0], Family: rec[1], Source: rec[8]}
	var err error
	if rec[2] != "" {
		if m.Released, err = time.Parse(time.DateOnly, rec[2]); err != nil {
			return m, err
		}
	}
	if m.Prefill, err = yesNo(rec[3]); err != nil {
		return m, err
	}
	switch rec[4] {
	case "any":
		m.Sampling = AnySampling
	case "one":
		m.Sampling = OneOfTemperatureTopP
	case "default":
		m.Sampling = DefaultSamplingOnly
	default:
		return m, fmt.Errorf("sampling %q", rec[4])
	}
	if m.MaxOutput, err = strconv.Atoi(rec[5]); err != nil || m.MaxOutput <= 0 {
		return m, fmt.Errorf("max_output %q", rec[5])
	}
	switch rec[6] {
	case "off":
		m.Thinking = ThinkingOff
	case "default":
		m.Thinking = ThinkingByDefault
	case "always":
		m.Thinking = ThinkingAlways
	default:
		return m, fmt.Errorf("thinking %q", rec[6])
	}
	switch rec[7] {
	case "open":
	case "gated":
		m.Gated = true
	default:
		return m, fmt.Errorf("access %q", rec[7])
	}
	return m, nil
}

func yesNo(s string) (bool, error) {
	switch s {
	case "yes":
		return true, nil
	case "no":
		return false, nil
	}
	return false, fmt.Errorf("%q is not yes or no", s)
}
