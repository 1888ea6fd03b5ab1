package models

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestEmbeddedTableParses(t *testing.T) {
	_, err := Parse(strings.NewReader(lifecycleCSV), strings.NewReader(aliasesCSV))
	require.NoError(t, err)
	assert.Greater(t, len(All()), 30)
}

func TestTableDate(t *testing.T) {
	_, err := time.Parse(time.DateOnly, TableDate)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(TableSource, "https://"))
}

func TestLookupExact(t *testing.T) {
	m, ok := Lookup("claude-2.1")
	require.True(t, ok)
	assert.Equal(t, "claude-2.1", m.ID)
	assert.Equal(t, day("2025-01-21"), m.Deprecated)
	assert.Equal(t, day("2025-07-21"), m.Retired)
	assert.Equal(t, "claude-opus-4-8", m.Documented)

	m, ok = Lookup("claude-instant-1.2")
	require.True(t, ok)
	assert.Equal(t, day("2024-09-04"), m.Deprecated)
	assert.Equal(t, day("2024-11-06"), m.Retired)
}

func TestLookupIsCaseSensitive(t *testing.T) {
	_, ok := Lookup("Claude-2.1")
	assert.False(t, ok)
}

func TestLookupUnknown(t *testing.T) {
	for _, id := range []string{"", "gpt-4", "claude", "claude-9", "anthropic.", "@20240620", "-100k"} {
		_, ok := Lookup(id)
		assert.False(t, ok, id)
	}
}

func TestLookupAliases(t *testing.T) {
	cases := map[string]string{
		"claude-v1":                                    "claude-1.3",
		"claude-v1-100k":                               "claude-1.3",
		"claude-1-100k":                                "claude-1.3",
		"claude-1.3-100k":                              "claude-1.3",
		"claude-instant-v1":                            "claude-instant-1.2",
		"claude-instant-v1-100k":                       "claude-instant-1.2",
		"claude-instant-1.1-100k":                      "claude-instant-1.1",
		"claude-instant-1":                             "claude-instant-1.2",
		"claude-2":                                     "claude-2.1",
		"claude-3-5-sonnet-latest":                     "claude-3-5-sonnet-20241022",
		"claude-opus-4-0":                              "claude-opus-4-20250514",
		"claude-sonnet-4-5":                            "claude-sonnet-4-5-20250929",
		"anthropic.claude-v1":                          "claude-1.3",
		"anthropic.claude-v2":                          "claude-2.0",
		"anthropic.claude-v2:1":                        "claude-2.1",
		"anthropic.claude-instant-v1":                  "claude-instant-1.2",
		"claude-3-5-sonnet@20240620":                   "claude-3-5-sonnet-20240620",
		"claude-3-5-sonnet-v2@20241022":                "claude-3-5-sonnet-20241022",
		"anthropic.claude-3-sonnet-20240229-v1:0":      "claude-3-sonnet-20240229",
		"us.anthropic.claude-3-5-haiku-20241022-v1:0":  "claude-3-5-haiku-20241022",
		"eu.anthropic.claude-sonnet-4-5-20250929-v1:0": "claude-sonnet-4-5-20250929",
	}
	for alias, want := range cases {
		got, ok := Canonical(alias)
		if assert.True(t, ok, alias) {
			assert.Equal(t, want, got, alias)
		}
		m, ok := Lookup(alias)
		if assert.True(t, ok, alias) {
			assert.Equal(t, want, m.ID, alias)
		}
	}
}

func TestStatusAt(t *testing.T) {
	m, ok := Lookup("claude-2.0")
	require.True(t, ok)
	assert.Equal(t, Active, m.StatusAt(day("2025-01-20")))
	assert.Equal(t, Deprecated, m.StatusAt(day("2025-01-21")))
	assert.Equal(t, Deprecated, m.StatusAt(day("2025-07-20")))
	assert.Equal(t, Retired, m.StatusAt(day("2025-07-21")))
	assert.Equal(t, Retired, m.StatusAt(day("2030-01-01")))

	// Retired on an announced date, without a known deprecation date.
	m, ok = Lookup("claude-sonnet-4-5-20250929")
	require.True(t, ok)
	assert.Equal(t, Deprecated, m.StatusAt(day("2026-11-29")), "an announced retirement deprecates the model")
	assert.Equal(t, Retired, m.StatusAt(day("2026-11-30")))

	m, ok = Lookup("claude-opus-4-6")
	require.True(t, ok)
	assert.Equal(t, Active, m.StatusAt(day("2030-01-01")))
}

func TestStatusString(t *testing.T) {
	assert.Equal(t, "active", Active.String())
	assert.Equal(t, "deprecated", Deprecated.String())
	assert.Equal(t, "retired", Retired.String())
}

func TestReplacementFollowsChain(t *testing.T) {
	m, ok := Lookup("claude-v1")
	require.True(t, ok)
	assert.Equal(t, "claude-haiku-4-5-20251001", m.Documented)
	assert.Equal(t, "claude-haiku-4-5-20251001", m.Replacement)

	// A chain: the parse of a table whose first replacement retired since.
	header := "id,deprecated,retired,replacement,source\n"
	tbl, err := Parse(strings.NewReader(header+
		"old,2024-01-01,2024-06-01,mid,x\n"+
		"mid,2025-01-01,2025-06-01,new,x\n"+
		"new,,,,x\n"), nil)
	require.NoError(t, err)
	s, ok := tbl.Successor("old", day("2024-07-01"))
	require.True(t, ok)
	assert.Equal(t, "mid", s, "deprecated but answering")
	s, ok = tbl.Successor("old", day("2025-07-01"))
	require.True(t, ok)
	assert.Equal(t, "new", s)

	// Sonnet 4.5 retired on 2026-11-30 for Sonnet 5.5.
	s, ok = Successor("claude-sonnet-4-5", day("2026-12-01"))
	require.True(t, ok)
	assert.Equal(t, "claude-sonnet-5-5", s)

	// No documented replacement.
	_, ok = Successor("claude-opus-4-6", day("2026-11-01"))
	assert.False(t, ok)
	_, ok = Successor("not-a-model", day("2026-11-01"))
	assert.False(t, ok)
}

// TestIssue9Rows pins the rows issue 9 corrected, with their sources (the
// lifecycle page as stored on 2026-09-26 and the SDK's comments).
func TestIssue9Rows(t *testing.T) {
	m, ok := Lookup("claude-3-haiku-20240307")
	require.True(t, ok)
	assert.Equal(t, day("2026-04-20"), m.Retired)
	assert.Equal(t, Retired, m.StatusAt(day("2026-12-05")))
	assert.Equal(t, "claude-haiku-4-5-20251001", m.Replacement)
	for _, id := range []string{"claude-3-opus-20240229", "claude-opus-4-1-20250805"} {
		m, ok := Lookup(id)
		require.True(t, ok)
		assert.Equal(t, "claude-opus-4-8", m.Replacement, id)
	}
}

func TestIsLegacyTextModel(t *testing.T) {
	for _, id := range []string{
		"claude-1", "claude-1.0", "claude-1.3-100k", "claude-v1", "claude-v1-100k", "claude-instant-v1",
		"claude-instant-1.2", "claude-2", "claude-2.0", "claude-2.1", "anthropic.claude-v2:1",
		"anthropic.claude-instant-v1", "claude-2.2", "claude-instant-1.3-100k",
	} {
		assert.True(t, IsLegacyTextModel(id), id)
	}
	for _, id := range []string{
		"", "claude-3-haiku-20240307", "claude-3-5-sonnet-latest", "claude-sonnet-4-6", "claude-opus-4-1",
		"anthropic.claude-3-sonnet-20240229-v1:0", "gpt-4",
	} {
		assert.False(t, IsLegacyTextModel(id), id)
	}
}

func TestTableSanity(t *testing.T) {
	rows := All()
	ids := map[string]bool{}
	for _, m := range rows {
		assert.False(t, ids[m.ID], "duplicate %s", m.ID)
		ids[m.ID] = true
		assert.Equal(t, m.ID, strings.TrimSpace(m.ID))
		if !m.Deprecated.IsZero() && !m.Retired.IsZero() {
			assert.True(t, m.Deprecated.Before(m.Retired), "%s deprecated after retired", m.ID)
		}
		if !m.Deprecated.IsZero() {
			assert.False(t, m.Deprecated.After(day(TableDate)), "%s deprecated after the table date", m.ID)
		}
		if m.Documented != "" {
			assert.NotEqual(t, m.ID, m.Documented)
		}
	}
	for _, m := range rows {
		if m.Documented == "" {
			continue
		}
		assert.True(t, ids[m.Documented], "%s: replacement %s not in the table", m.ID, m.Documented)
		// A replacement is never older news than what it replaces.
		r, _ := Lookup(m.Documented)
		if !r.Retired.IsZero() && !m.Retired.IsZero() {
			assert.True(t, r.Retired.After(m.Retired), "%s: replacement %s retired first", m.ID, r.ID)
		}
	}
	// Every model retired by the table date that had a documented replacement
	// resolves to a model still answering then.
	today := day(TableDate)
	for _, m := range rows {
		if m.StatusAt(today) != Retired || m.Documented == "" {
			continue
		}
		got, ok := Lookup(m.ID)
		require.True(t, ok)
		r, ok := Lookup(got.Replacement)
		require.True(t, ok, m.ID)
		assert.NotEqual(t, Retired, r.StatusAt(today), "%s -> %s", m.ID, r.ID)
	}
}

func TestRequiredModelsPresent(t *testing.T) {
	for _, id := range []string{
		"claude-1.0", "claude-1.1", "claude-1.2", "claude-1.3", "claude-instant-1.0", "claude-instant-1.1",
		"claude-instant-1.2", "claude-2.0", "claude-2.1", "claude-3-sonnet-20240229", "claude-3-opus-20240229",
		"claude-3-haiku-20240307", "claude-3-5-sonnet-20240620", "claude-3-5-sonnet-20241022",
		"claude-3-5-haiku-20241022", "claude-3-7-sonnet-20250219", "claude-sonnet-4-20250514",
		"claude-opus-4-20250514",
	} {
		m, ok := Lookup(id)
		if assert.True(t, ok, id) {
			assert.Equal(t, id, m.ID)
		}
	}
}

func TestAliasesNameRows(t *testing.T) {
	tbl := Default()
	for alias, id := range tbl.aliases {
		assert.True(t, tbl.hasRow(id), "%s -> %s", alias, id)
		assert.False(t, tbl.hasRow(alias), "alias %s shadows a row", alias)
	}
}

func TestParseErrors(t *testing.T) {
	header := "id,deprecated,retired,replacement,source\n"
	cases := map[string]string{
		"bad date":  header + "m,2024-13-01,,,x\n",
		"duplicate": header + "m,,,,x\nm,,,,x\n",
		"empty id":  header + ",,,,x\n",
		"short row": header + "m,,\n",
		"no header": "",
	}
	for name, in := range cases {
		_, err := Parse(strings.NewReader(in), nil)
		assert.Error(t, err, name)
	}
	_, err := Parse(strings.NewReader(header+"m,,,,x\n"), strings.NewReader("alias,id\na,unknown\n"))
	assert.Error(t, err)
	_, err = Parse(strings.NewReader(header+"m,,,,x\n"), strings.NewReader("alias,id\nm,m\n"))
	assert.Error(t, err)

	tbl, err := Parse(strings.NewReader(header+"# note\nm,2024-01-01,2024-06-01,n,x\nn,,,,x\n"), strings.NewReader("alias,id\nmm,m\n"))
	require.NoError(t, err)
	got, ok := tbl.Lookup("mm")
	require.True(t, ok)
	assert.Equal(t, "m", got.ID)
	assert.Equal(t, "n", got.Replacement)
}
