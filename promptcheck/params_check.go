package promptcheck

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"
)

// maxUserIDLen is the API's limit on metadata.user_id, in characters.
const maxUserIDLen = 256

// humanStop is the stop sequence the model always uses.
const humanStop = "\n\nHuman:"

// CheckParams judges the parameters whose values are constants. Findings come
// in the order of the API's parameter list.
func CheckParams(p Params) []ParamFinding {
	var fs []ParamFinding
	add := func(cat Category, param, format string, args ...any) {
		fs = append(fs, ParamFinding{Category: cat, Param: param, Index: -1, Message: fmt.Sprintf(format, args...)})
	}
	switch mt := p.MaxTokensToSample; {
	case !mt.Set:
		fs = append(fs, ParamFinding{
			Category: ParamRange, Param: ParamMaxTokensToSample, Index: -1, Missing: true,
			Message: "max_tokens_to_sample is required; the API rejects a request without it",
		})
	case mt.Known && !(mt.Value >= 1):
		add(ParamRange, ParamMaxTokensToSample, "max_tokens_to_sample must be at least 1, got %s", num(mt.Value))
	case mt.Known && mt.Value != math.Trunc(mt.Value):
		add(ParamRange, ParamMaxTokensToSample, "max_tokens_to_sample must be an integer, got %s", num(mt.Value))
	}
	for _, n := range []struct {
		name string
		v    Number
	}{{ParamTemperature, p.Temperature}, {ParamTopP, p.TopP}} {
		if n.v.Known && !(n.v.Value >= 0 && n.v.Value <= 1) {
			add(ParamRange, n.name, "%s must be between 0 and 1, got %s", n.name, num(n.v.Value))
		}
	}
	if p.Temperature.Set && p.TopP.Set {
		add(ParamAdvice, ParamTopP, "temperature and top_p are both set; Anthropic advises altering only one of them, and current models reject both in a Messages request")
	}
	switch tk := p.TopK; {
	case tk.Known && !(tk.Value >= 0):
		add(ParamRange, ParamTopK, "top_k must be at least 0, got %s", num(tk.Value))
	case tk.Known && tk.Value != math.Trunc(tk.Value):
		add(ParamRange, ParamTopK, "top_k must be an integer, got %s", num(tk.Value))
	}
	if msg, cat := userIDProblem(p.UserID); msg != "" {
		add(cat, ParamUserID, "%s", msg)
	}
	for i, s := range p.StopSequences {
		if s.Known && s.Value == humanStop {
			fs = append(fs, ParamFinding{
				Category: ParamAdvice, Param: ParamStopSequences, Index: i,
				Message: `"\n\nHuman:" in stop_sequences is redundant: the model always stops there`,
			})
		}
	}
	return fs
}

// userIDProblem says what is wrong with a constant metadata.user_id: a
// length the API rejects (param-range), or an id that looks personal, which
// the API accepts but its documentation asks not to send (param-advice).
func userIDProblem(id Text) (string, Category) {
	if !id.Known {
		return "", ""
	}
	if n := utf8.RuneCountInString(id.Value); n > maxUserIDLen {
		return fmt.Sprintf("metadata.user_id is %d characters long; the API allows at most %d", n, maxUserIDLen), ParamRange
	}
	const opaque = "; the API wants an opaque id (a uuid or a hash), never a name, email address or phone number"
	switch {
	case looksLikeEmail(id.Value):
		return "metadata.user_id looks like an email address" + opaque, ParamAdvice
	case looksLikePhone(id.Value):
		return "metadata.user_id looks like a phone number" + opaque, ParamAdvice
	}
	return "", ""
}

// num formats a parameter value the way it would be written in Go.
func num(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
