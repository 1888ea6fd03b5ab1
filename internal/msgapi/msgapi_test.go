package msgapi

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/completelint/completelint/internal/models"
)

var today = time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC)

func user(s string) Message      { return Message{Role: User, Text: Known(s)} }
func assistant(s string) Message { return Message{Role: Assistant, Text: Known(s)} }

func codes(ps []Problem) []Code {
	var out []Code
	for _, p := range ps {
		out = append(out, p.Code)
	}
	return out
}

func TestTableParses(t *testing.T) {
	tbl, err := parseCaps(capsCSV)
	require.NoError(t, err)
	require.NotEmpty(t, tbl.rows)
	for _, m := range tbl.rows {
		lm, ok := models.Lookup(m.ID)
		assert.True(t, ok, "%s is in the lifecycle table", m.ID)
		assert.Equal(t, m.ID, lm.ID, "rows use first-party ids")
		assert.NotEmpty(t, m.Source, m.ID)
	}
	_, err = parseCaps("id,family,released,prefill,sampling,max_output,thinking,access,source\nm,x,,maybe,any,1,off,open,S\n")
	assert.Error(t, err)
}

func TestLookupThroughAliases(t *testing.T) {
	m, ok := Lookup("claude-haiku-4-5")
	require.True(t, ok)
	assert.Equal(t, "claude-haiku-4-5-20251001", m.ID)
	assert.True(t, m.Prefill)
	_, ok = Lookup("claude-2.1")
	assert.False(t, ok, "legacy text models are no Messages target")
}

func TestCheckRequestRules(t *testing.T) {
	blankHole := Text{Holes: true}
	tests := []struct {
		name string
		r    Request
		want []Code
	}{
		{"minimal", Request{Messages: []Message{user("hi")}}, nil},
		{"no messages", Request{}, []Code{NoMessages}},
		{"assistant first", Request{Messages: []Message{assistant("a"), user("b")}}, []Code{FirstNotUser}},
		{"empty system", Request{System: &Text{}, Messages: []Message{user("hi")}}, []Code{BlankText}},
		{"user turn only a hole", Request{Messages: []Message{{Role: User, Text: blankHole}}}, []Code{BlankText}},
		{"hole known non-blank", Request{Messages: []Message{{Role: User, Text: Text{Holes: true, HolesNonBlank: true}}}}, nil},
		{"whitespace stop sequences", Request{Messages: []Message{user("hi")}, StopSequences: []Text{Known("\n"), Known("END"), Known("\n\n")}},
			[]Code{BlankStopSequence, BlankStopSequence}},
		{"prefill ending in a space", Request{Messages: []Message{user("hi"), assistant("Sure, ")}}, []Code{PrefillTrailingSpace}},
		{"prefill ending in a hole", Request{Messages: []Message{user("hi"), {Role: Assistant, Text: Text{Literal: "x", Holes: true, EndsInHole: true}}}},
			[]Code{PrefillTrailingSpace}},
		{"non-streaming over the SDK limit", Request{Messages: []Message{user("hi")}, MaxTokens: Of(50000), SDKNonStreamingCheck: true},
			[]Code{NonStreamingTooLong}},
		{"with a request timeout", Request{Messages: []Message{user("hi")}, MaxTokens: Of(50000), SDKNonStreamingCheck: true, RequestTimeout: true}, nil},
		{"streamed", Request{Messages: []Message{user("hi")}, MaxTokens: Of(50000), SDKNonStreamingCheck: true, Stream: true}, nil},
		{"temperature above 1", Request{Messages: []Message{user("hi")}, Temperature: Of(1.5)}, []Code{OutOfRange}},
		{"max tokens 0", Request{Messages: []Message{user("hi")}, MaxTokens: Of(0)}, []Code{OutOfRange}},
		{"at the SDK limit", Request{Messages: []Message{user("hi")}, MaxTokens: Of(SDKNonStreamingMax), SDKNonStreamingCheck: true}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, codes(Check(tt.r, today)))
		})
	}
}

func TestCheckModelRules(t *testing.T) {
	prefill := []Message{user("hi"), assistant("<answer>")}
	tests := []struct {
		name string
		r    Request
		want []Problem
	}{
		{"prefill on Sonnet 4.6", Request{Model: "claude-sonnet-4-6", Messages: prefill},
			[]Problem{{Code: PrefillUnsupported, Model: "claude-sonnet-4-6"}}},
		{"prefill on Haiku 4.5", Request{Model: "claude-haiku-4-5", Messages: prefill}, nil},
		{"temperature and top_p on Opus 4.6", Request{Model: "claude-opus-4-6", Messages: prefill[:1], Temperature: Of(0.2), TopP: Of(0.9)},
			[]Problem{{Code: SamplingTogether, Model: "claude-opus-4-6"}}},
		{"top_p at its default can go", Request{Model: "claude-opus-4-6", Messages: prefill[:1], Temperature: Of(0.2), TopP: Of(1)},
			[]Problem{{Code: SamplingTogether, Model: "claude-opus-4-6", Param: "top_p"}}},
		{"temperature on Opus 4.8", Request{Model: "claude-opus-4-8", Messages: prefill[:1], Temperature: Of(0)},
			[]Problem{{Code: SamplingUnsupported, Model: "claude-opus-4-8", Param: "temperature"}}},
		{"default temperature on Opus 4.8", Request{Model: "claude-opus-4-8", Messages: prefill[:1], Temperature: Of(1)},
			[]Problem{{Code: SamplingUnsupported, Model: "claude-opus-4-8", Param: "temperature", Default: true}}},
		{"max tokens over Haiku 4.5", Request{Model: "claude-haiku-4-5", Messages: prefill[:1], MaxTokens: Of(100000)},
			[]Problem{{Code: MaxTokensOverModel, Model: "claude-haiku-4-5", Limit: 64000}}},
		{"retired", Request{Model: "claude-3-haiku-20240307", Messages: prefill[:1]}, []Problem{{Code: RetiredModel, Model: "claude-3-haiku-20240307"}}},
		{"unknown", Request{Model: "gpt-4", Messages: prefill[:1]}, []Problem{{Code: UnknownModel, Model: "gpt-4"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Check(tt.r, today))
		})
	}
}

func TestChoose(t *testing.T) {
	plain := []Message{user("hi")}
	prefill := []Message{user("hi"), assistant("<answer>")}
	tests := []struct {
		name      string
		r         Request
		preferred string
		pref      Preference
		want      string // "" when no model fits
		instead   string
	}{
		{"the successor when it fits", Request{Messages: plain}, "claude-opus-4-8", Successor, "claude-opus-4-8", ""},
		{"a prefill moves to the newest model of the family that accepts one", Request{Messages: prefill}, "claude-opus-4-8", Successor, "claude-opus-4-5-20251101", "claude-opus-4-8"},
		{"Haiku for a Haiku prefill", Request{Messages: prefill}, "claude-haiku-4-5-20251001", Successor, "claude-haiku-4-5-20251001", ""},
		{"a temperature moves to a model that takes one", Request{Messages: plain, Temperature: Of(0)}, "claude-opus-4-8", Successor, "claude-opus-4-6", "claude-opus-4-8"},
		{"a default temperature is dropped instead", Request{Messages: plain, Temperature: Of(1)}, "claude-opus-4-8", Successor, "claude-opus-4-8", ""},
		{"temperature and top_p fit no model", Request{Messages: plain, Temperature: Of(0.3), TopP: Of(0.8)}, "claude-opus-4-8", Successor, "", ""},
		{"an explicit choice is not second-guessed", Request{Messages: prefill}, "claude-sonnet-4-6", Configured, "", ""},
		{"an explicit choice that fits", Request{Messages: plain, Temperature: Of(0)}, "claude-sonnet-4-6", Configured, "claude-sonnet-4-6", ""},
		{"a successor that thinks unasked is passed over", Request{Messages: plain}, "claude-sonnet-5-5", Successor, "claude-sonnet-4-6", "claude-sonnet-5-5"},
		{"an explicit model that thinks is kept", Request{Messages: plain}, "claude-sonnet-5-5", Configured, "claude-sonnet-5-5", ""},
		{"a written model that rejects a prefill is passed over", Request{Messages: prefill}, "claude-sonnet-4-6", Written, "claude-opus-4-5-20251101", "claude-sonnet-4-6"},
		{"a written model that thinks is kept", Request{Messages: plain}, "claude-sonnet-5-5", Written, "claude-sonnet-5-5", ""},
		{"a blank user turn fits nowhere", Request{Messages: []Message{{Role: User, Text: Text{Holes: true}}}}, "claude-opus-4-8", Successor, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Choose(tt.r, tt.preferred, tt.pref, today)
			if tt.want == "" {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, c.Model.ID)
			assert.Equal(t, tt.instead, c.Instead)
			for _, p := range c.Repairs {
				assert.True(t, p.Repairable())
			}
		})
	}
}

// TestChooseOnAnotherDay: -today applies to the choice as to the lifecycle:
// a model released after the day is no fallback.
func TestChooseOnAnotherDay(t *testing.T) {
	r := Request{Messages: []Message{user("hi")}, Temperature: Of(0)}
	c, err := Choose(r, "claude-opus-4-8", Successor, today)
	require.NoError(t, err)
	assert.Equal(t, "claude-opus-4-6", c.Model.ID)
	c, err = Choose(r, "claude-opus-4-8", Successor, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
	require.NoError(t, err)
	assert.Equal(t, "claude-opus-4-5-20251101", c.Model.ID, "Opus 4.6 was released on 2026-02-05")
}

func TestChooseRepairs(t *testing.T) {
	r := Request{Messages: []Message{user("hi")}, MaxTokens: Of(200000), SDKNonStreamingCheck: true}
	c, err := Choose(r, "claude-opus-4-8", Successor, today)
	require.NoError(t, err)
	assert.Equal(t, []Code{NonStreamingTooLong, MaxTokensOverModel}, codes(c.Repairs))
}

func TestChooseError(t *testing.T) {
	r := Request{Messages: []Message{user("hi"), assistant("{")}}
	_, err := Choose(r, "claude-sonnet-4-6", Configured, today)
	require.Error(t, err)
	assert.Equal(t, "claude-sonnet-4-6 rejects a prefill (a final assistant message)", err.Error())
	r.Temperature, r.TopP = Of(0.2), Of(0.5)
	_, err = Choose(r, "claude-opus-4-8", Successor, today)
	require.Error(t, err)
	assert.Equal(t, "no current model accepts a prefill with temperature and top_p together", err.Error())
}
