package promptcheck

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func known(v float64) Number  { return Number{Set: true, Known: true, Value: v} }
func knownText(s string) Text { return Text{Set: true, Known: true, Value: s} }

// ok is a request that passes every parameter check.
var ok = Params{MaxTokensToSample: known(256)}

func TestCheckParams(t *testing.T) {
	with := func(change func(*Params)) Params {
		p := ok
		change(&p)
		return p
	}
	type finding struct {
		Category Category
		Param    string
		Index    int
		Missing  bool
	}
	tests := []struct {
		name string
		p    Params
		want []finding
	}{
		{"valid", ok, nil},
		{"all valid", with(func(p *Params) {
			p.Temperature = known(0)
			p.TopK = known(0)
			p.UserID = knownText("5f2b1c9e-4a7d-4f4e-9c3a-2b7e8d1f0a6c")
			p.StopSequences = []Text{knownText("\n\nObservation:")}
			p.StopSequencesSet = true
		}), nil},
		{"bounds are inclusive", with(func(p *Params) { p.MaxTokensToSample = known(1); p.TopP = known(1) }), nil},
		{"unknown values are not judged", Params{
			MaxTokensToSample: Number{Set: true}, Temperature: Number{Set: true}, TopK: Number{Set: true},
			UserID: Text{Set: true}, StopSequences: []Text{{Set: true}},
		}, nil},
		{"max tokens missing", Params{}, []finding{{ParamRange, ParamMaxTokensToSample, -1, true}}},
		{"max tokens zero", with(func(p *Params) { p.MaxTokensToSample = known(0) }), []finding{{ParamRange, ParamMaxTokensToSample, -1, false}}},
		{"max tokens fraction", with(func(p *Params) { p.MaxTokensToSample = known(1.5) }), []finding{{ParamRange, ParamMaxTokensToSample, -1, false}}},
		{"temperature above 1", with(func(p *Params) { p.Temperature = known(1.2) }), []finding{{ParamRange, ParamTemperature, -1, false}}},
		{"temperature negative", with(func(p *Params) { p.Temperature = known(-0.1) }), []finding{{ParamRange, ParamTemperature, -1, false}}},
		{"temperature NaN", with(func(p *Params) { p.Temperature = known(math.NaN()) }), []finding{{ParamRange, ParamTemperature, -1, false}}},
		{"top_p above 1", with(func(p *Params) { p.TopP = known(2) }), []finding{{ParamRange, ParamTopP, -1, false}}},
		{"top_k negative", with(func(p *Params) { p.TopK = known(-1) }), []finding{{ParamRange, ParamTopK, -1, false}}},
		{"temperature and top_p", with(func(p *Params) { p.Temperature = known(0.5); p.TopP = Number{Set: true} }),
			[]finding{{ParamAdvice, ParamTopP, -1, false}}},
		{"user id too long", with(func(p *Params) { p.UserID = knownText(strings.Repeat("a", 257)) }),
			[]finding{{ParamRange, ParamUserID, -1, false}}},
		{"user id at the limit in characters", with(func(p *Params) { p.UserID = knownText(strings.Repeat("é", 256)) }), nil},
		{"user id email", with(func(p *Params) { p.UserID = knownText("jane.doe@example.com") }),
			[]finding{{ParamAdvice, ParamUserID, -1, false}}},
		{"user id phone", with(func(p *Params) { p.UserID = knownText("+1 415 555 2671") }),
			[]finding{{ParamAdvice, ParamUserID, -1, false}}},
		{"user id US phone", with(func(p *Params) { p.UserID = knownText("(415) 555-2671") }),
			[]finding{{ParamAdvice, ParamUserID, -1, false}}},
		{"user id international phone", with(func(p *Params) { p.UserID = knownText("+44 20 7946 0958") }),
			[]finding{{ParamAdvice, ParamUserID, -1, false}}},
		{"plus and too few digits is not a phone", with(func(p *Params) { p.UserID = knownText("+1-2-3-4") }), nil},
		{"top_k fraction", with(func(p *Params) { p.TopK = known(2.5) }), []finding{{ParamRange, ParamTopK, -1, false}}},
		{"numeric user id is opaque", with(func(p *Params) { p.UserID = knownText("4155552671") }), nil},
		{"opaque id with dashes is not a phone", with(func(p *Params) { p.UserID = knownText("100-200-3000") }), nil},
		{"date-like user id is not a phone", with(func(p *Params) { p.UserID = knownText("2024-01-15") }), nil},
		{"Human stop sequence", with(func(p *Params) {
			p.StopSequences = []Text{knownText("END"), {Set: true}, knownText("\n\nHuman:")}
			p.StopSequencesSet = true
		}), []finding{{ParamAdvice, ParamStopSequences, 2, false}}},
		{"several at once, in parameter order", Params{
			Temperature: known(3), TopP: known(-1), TopK: known(-2),
		}, []finding{
			{ParamRange, ParamMaxTokensToSample, -1, true},
			{ParamRange, ParamTemperature, -1, false},
			{ParamRange, ParamTopP, -1, false},
			{ParamAdvice, ParamTopP, -1, false},
			{ParamRange, ParamTopK, -1, false},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []finding
			for _, f := range CheckParams(tt.p) {
				got = append(got, finding{f.Category, f.Param, f.Index, f.Missing})
				assert.NotEmpty(t, f.Message)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestCheckParamsMessages(t *testing.T) {
	fs := CheckParams(Params{MaxTokensToSample: known(0), Temperature: known(1.5)})
	if assert.Len(t, fs, 2) {
		assert.Equal(t, "max_tokens_to_sample must be at least 1, got 0", fs[0].Message)
		assert.Equal(t, "temperature must be between 0 and 1, got 1.5", fs[1].Message)
	}
	fs = CheckParams(Params{MaxTokensToSample: known(1), StopSequences: []Text{knownText("\n\nHuman:")}})
	if assert.Len(t, fs, 1) {
		assert.Equal(t, `"\n\nHuman:" in stop_sequences is redundant: the model always stops there`, fs[0].Message)
	}
}
