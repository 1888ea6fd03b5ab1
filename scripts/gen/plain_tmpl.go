package main

// plainTemplates are the files every package has: ordinary service code
// with no Anthropic import (structs, methods, string building, net/http,
// encoding/json).
const plainTemplates = `
{{define "types"}}// Package {{.Name}} keeps {{.Lower}} records.
package {{.Name}}

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// Name identifies the package in Describe.
const Name = "{{.Name}}"

// {{.Type}} is one {{.Lower}} record.
type {{.Type}} struct {
	ID        string    ` + "`json:\"id\"`" + `
{{- range .Fields}}
	{{.Name}} {{.Type}} ` + "`json:\"{{.JSON}},omitempty\"`" + `
{{- end}}
	CreatedAt time.Time ` + "`json:\"created_at\"`" + `
}

// ErrInvalid reports a record that fails validation.
var ErrInvalid = errors.New("invalid {{.Lower}}")

// Validate checks the fields a record needs before it is stored.
func (r *{{.Type}}) Validate() error {
	if strings.TrimSpace(r.ID) == "" {
		return fmt.Errorf("%w: empty id", ErrInvalid)
	}
	if r.CreatedAt.IsZero() {
		return fmt.Errorf("%w %s: no creation time", ErrInvalid, r.ID)
	}
	return nil
}

// String renders the record for logs.
func (r {{.Type}}) String() string {
	var b strings.Builder
	b.WriteString("{{.Lower}}(")
	b.WriteString(r.ID)
{{- range .Fields}}
	fmt.Fprintf(&b, " {{.JSON}}=%v", r.{{.Name}})
{{- end}}
	b.WriteString(")")
	return b.String()
}

// Store keeps records in memory, safe for concurrent use.
type Store struct {
	mu    sync.RWMutex
	items map[string]{{.Type}}
}

// NewStore returns an empty store.
func NewStore() *Store {
	return &Store{items: make(map[string]{{.Type}})}
}

// Put validates r and stores it, replacing any record with the same id.
func (s *Store) Put(r {{.Type}}) error {
	if err := r.Validate(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items[r.ID] = r
	return nil
}

// Get returns the record with the given id.
func (s *Store) Get(id string) ({{.Type}}, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	r, ok := s.items[id]
	return r, ok
}

// List returns every record, oldest first.
func (s *Store) List() []{{.Type}} {
	s.mu.RLock()
	out := make([]{{.Type}}, 0, len(s.items))
	for _, r := range s.items {
		out = append(out, r)
	}
	s.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool { return out[i].CreatedAt.Before(out[j].CreatedAt) })
	return out
}
{{end}}

{{define "handler"}}package {{.Name}}

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"
{{range .Deps}}
	"{{$.Module}}/internal/{{.}}"
{{- end}}
)

// Handler serves a Store as JSON: GET lists or fetches, POST stores.
type Handler struct {
	Store *Store
	Now   func() time.Time
}

func (h Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		if id := strings.TrimPrefix(r.URL.Path, "/{{.Lower}}s/"); id != "" && id != r.URL.Path {
			rec, ok := h.Store.Get(id)
			if !ok {
				http.NotFound(w, r)
				return
			}
			writeJSON(w, http.StatusOK, rec)
			return
		}
		writeJSON(w, http.StatusOK, h.Store.List())
	case http.MethodPost:
		var rec {{.Type}}
		if err := json.NewDecoder(r.Body).Decode(&rec); err != nil {
			http.Error(w, "bad request: "+err.Error(), http.StatusBadRequest)
			return
		}
		if rec.CreatedAt.IsZero() && h.Now != nil {
			rec.CreatedAt = h.Now()
		}
		if err := h.Store.Put(rec); err != nil {
			http.Error(w, err.Error(), http.StatusUnprocessableEntity)
			return
		}
		writeJSON(w, http.StatusCreated, rec)
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Describe names this package and the packages it builds on.
func Describe() string {
	parts := []string{Name{{range .Deps}}, {{.}}.Name{{end}}}
	return strings.Join(parts, " <- ")
}
{{end}}
`
