package models

import (
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

//go:embed lifecycle.csv
var lifecycleCSV string

//go:embed aliases.csv
var aliasesCSV string

// A Table is a parsed lifecycle table with its aliases.
type Table struct {
	rows    []Model
	byID    map[string]int
	aliases map[string]string
}

var defaultTable = sync.OnceValues(func() (*Table, error) {
	return Parse(strings.NewReader(lifecycleCSV), strings.NewReader(aliasesCSV))
})

// Default returns the embedded table. Should the embedded files fail to parse
// (the tests make sure they do not), it returns an empty table rather than
// stopping the analysis.
func Default() *Table {
	t, err := defaultTable()
	if err != nil {
		return &Table{byID: map[string]int{}, aliases: map[string]string{}}
	}
	return t
}

// Parse reads a lifecycle table (columns id, deprecated, retired,
// replacement, source) and an alias table (columns alias, id), both CSV with
// a header row and '#' comment lines, in the format of the embedded files.
// aliases may be nil.
func Parse(lifecycle, aliases io.Reader) (*Table, error) {
	t := &Table{byID: map[string]int{}, aliases: map[string]string{}}
	recs, err := readCSV(lifecycle, 5)
	if err != nil {
		return nil, fmt.Errorf("lifecycle table: %w", err)
	}
	for i, r := range recs {
		m, err := parseRow(r)
		if err != nil {
			return nil, fmt.Errorf("lifecycle table row %d: %w", i+1, err)
		}
		if _, dup := t.byID[m.ID]; dup {
			return nil, fmt.Errorf("lifecycle table row %d: duplicate id %q", i+1, m.ID)
		}
		t.byID[m.ID] = len(t.rows)
		t.rows = append(t.rows, m)
	}
	if aliases != nil {
		recs, err := readCSV(aliases, 2)
		if err != nil {
			return nil, fmt.Errorf("alias table: %w", err)
		}
		for i, r := range recs {
			alias, id := strings.TrimSpace(r[0]), strings.TrimSpace(r[1])
			if _, ok := t.byID[id]; !ok {
				return nil, fmt.Errorf("alias table row %d: %q names unknown id %q", i+1, alias, id)
			}
			if _, dup := t.aliases[alias]; dup || t.hasRow(alias) {
				return nil, fmt.Errorf("alias table row %d: duplicate id %q", i+1, alias)
			}
			t.aliases[alias] = id
		}
	}
	return t, nil
}

func (t *Table) hasRow(id string) bool {
	_, ok := t.byID[id]
	return ok
}

// readCSV returns the records after the header, each with want fields.
func readCSV(r io.Reader, want int) ([][]string, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = want
	recs, err := cr.ReadAll()
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, errors.New("no header row")
	}
	return recs[1:], nil
}

func parseRow(r []string) (Model, error) {
	m := Model{ID: strings.TrimSpace(r[0]), Documented: strings.TrimSpace(r[3])}
	if m.ID == "" {
		return m, errors.New("empty id")
	}
	var err error
	if m.Deprecated, err = parseDay(r[1]); err != nil {
		return m, fmt.Errorf("deprecated: %w", err)
	}
	if m.Retired, err = parseDay(r[2]); err != nil {
		return m, fmt.Errorf("retired: %w", err)
	}
	m.Replacement = m.Documented
	return m, nil
}

func parseDay(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.DateOnly, s)
}

// All returns the rows in file order, with Replacement as the notices named
// it.
func (t *Table) All() []Model {
	return append([]Model(nil), t.rows...)
}

// Lookup is the package-level Lookup on t.
func (t *Table) Lookup(id string) (Model, bool) {
	c, ok := t.Canonical(id)
	if !ok {
		return Model{}, false
	}
	m := t.rows[t.byID[c]]
	if day, err := time.Parse(time.DateOnly, TableDate); err == nil {
		if s, ok := t.Successor(c, day); ok {
			m.Replacement = s
		}
	}
	return m, true
}

// Successor is the package-level Successor on t. A model that is not retired
// on day has no successor yet unless its notice named one.
func (t *Table) Successor(id string, day time.Time) (string, bool) {
	c, ok := t.Canonical(id)
	if !ok {
		return "", false
	}
	// Prefer the first active model of the chain; settle for the first one
	// still answering when every later one is deprecated too.
	fallback := ""
	seen := map[string]bool{c: true}
	for next := t.rows[t.byID[c]].Documented; next != "" && !seen[next]; {
		seen[next] = true
		i, ok := t.byID[next]
		if !ok {
			// A documented replacement outside the table is taken as current.
			return next, true
		}
		switch t.rows[i].StatusAt(day) {
		case Active:
			return next, true
		case Deprecated:
			if fallback == "" {
				fallback = next
			}
		}
		next = t.rows[i].Documented
	}
	return fallback, fallback != ""
}
