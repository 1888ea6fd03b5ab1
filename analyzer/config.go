package analyzer

import (
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/completelint/completelint/internal/models"
	"github.com/completelint/completelint/internal/msgapi"
	"github.com/completelint/completelint/promptcheck"
)

// Config configures the analyzer. The same type is decoded from golangci-lint
// settings (lower-case kebab-case keys) and filled from command-line flags.
type Config struct {
	// Today is the day model lifecycle is judged against, as YYYY-MM-DD.
	// Empty means the current date.
	Today string `json:"today" mapstructure:"today"`
	// Rewrite offers the Messages API rewrite as the fix of legacy-api
	// diagnostics. When false, prompt diagnostics on literal prompts carry a
	// minimal fix of the literal instead. Nil means true.
	Rewrite *bool `json:"rewrite" mapstructure:"rewrite"`
	// ModelMap maps legacy model ids to the ids the rewrite should use, ahead
	// of the built-in replacements of retired models.
	ModelMap []ModelMapping `json:"model-map" mapstructure:"model-map"`
	// Disable lists categories that are not reported.
	Disable []string `json:"disable" mapstructure:"disable"`
	// Wrappers follows wrapper functions across packages through analysis
	// facts (within a package they are always followed). Off by default:
	// facts make standalone drivers analyse every dependency from source.
	Wrappers bool `json:"wrappers" mapstructure:"wrappers"`
}

// ModelMapping maps one model id to another.
type ModelMapping struct {
	From string `json:"from" mapstructure:"from"`
	To   string `json:"to" mapstructure:"to"`
}

// Validate reports the first invalid setting.
func (c Config) Validate() error {
	if c.Today != "" {
		if err := checkDay(c.Today); err != nil {
			return fmt.Errorf("today: %w", err)
		}
	}
	for _, m := range c.ModelMap {
		if m.From == "" || m.To == "" {
			return fmt.Errorf("model-map: entry %+v needs both from and to", m)
		}
		if err := checkTarget(m.To, c.today()); err != nil {
			return fmt.Errorf("model-map: %w", err)
		}
	}
	for _, d := range c.Disable {
		if err := checkCategory(d); err != nil {
			return fmt.Errorf("disable: %w", err)
		}
	}
	return nil
}

// checkDay and checkCategory validate settings for Validate and for the
// flags alike, which check while parsing.
func checkDay(s string) error {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("want YYYY-MM-DD, got %q", s)
	}
	return nil
}

// checkTarget validates a model-map target: a model a rewrite may write,
// known to the tables and not retired on day. A Bedrock or Vertex id is
// taken when it names a known model: those platforms run their own
// schedules.
func checkTarget(id string, day time.Time) error {
	m, known := models.Lookup(id)
	switch {
	case known && m.StatusAt(day) == models.Retired && !models.IsPlatformID(id):
		to, _ := models.Successor(id, day)
		return fmt.Errorf("target %q was retired on %s; use %q", id, m.Retired.Format(time.DateOnly), to)
	case known && models.IsPlatformID(id):
		return nil
	}
	if _, ok := msgapi.Lookup(id); !ok {
		return fmt.Errorf("target %q is not a Messages API model completelint knows (its tables were read %s)", id, models.TableDate)
	}
	return nil
}

func checkCategory(s string) error {
	if !promptcheck.Category(s).Valid() {
		return fmt.Errorf("unknown category %q", s)
	}
	return nil
}

func (c Config) rewrite() bool { return c.Rewrite == nil || *c.Rewrite }

func (c Config) today() time.Time {
	if d, err := time.Parse(time.DateOnly, c.Today); err == nil {
		return d
	}
	y, m, d := time.Now().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func (c Config) enabled(cat promptcheck.Category) bool {
	for _, d := range c.Disable {
		if promptcheck.Category(d) == cat {
			return false
		}
	}
	return true
}

// mappedModel returns the configured replacement for a model id.
func (c Config) mappedModel(id string) (string, bool) {
	for _, m := range c.ModelMap {
		if m.From == id {
			return m.To, true
		}
	}
	return "", false
}

// bindFlags exposes c as analyzer flags. Names avoid the driver's own flags.
func (c *Config) bindFlags(fs *flag.FlagSet) {
	// Validated while parsing, so that a bad value fails every driver at once
	// (go fix reports no errors returned by Run).
	fs.Var(dayFlag{&c.Today}, "today", "judge model lifecycle as of this day (YYYY-MM-DD; default: the current date)")
	fs.BoolFunc("rewrite", "offer the Messages API rewrite as the fix of legacy-api diagnostics (default true)", func(s string) error {
		var v bool
		switch s {
		case "true", "1":
			v = true
		case "false", "0":
		default:
			return fmt.Errorf("want true or false, got %q", s)
		}
		c.Rewrite = &v
		return nil
	})
	fs.Func("model-map", "comma-separated from=to model ids used by the rewrite", func(s string) error {
		for _, kv := range strings.Split(s, ",") {
			from, to, ok := strings.Cut(strings.TrimSpace(kv), "=")
			if !ok || from == "" || to == "" {
				return fmt.Errorf("want from=to, got %q", kv)
			}
			if err := checkTarget(to, c.today()); err != nil {
				return err
			}
			c.ModelMap = append(c.ModelMap, ModelMapping{From: from, To: to})
		}
		return nil
	})
	fs.Func("disable", "comma-separated categories not to report", func(s string) error {
		for _, d := range strings.Split(s, ",") {
			if d = strings.TrimSpace(d); d != "" {
				if err := checkCategory(d); err != nil {
					return err
				}
				c.Disable = append(c.Disable, d)
			}
		}
		return nil
	})
}

// dayFlag is a YYYY-MM-DD flag whose default shows the configured day.
type dayFlag struct{ day *string }

func (f dayFlag) String() string {
	if f.day == nil {
		return ""
	}
	return *f.day
}

func (f dayFlag) Set(s string) error {
	if err := checkDay(s); err != nil {
		return err
	}
	*f.day = s
	return nil
}
