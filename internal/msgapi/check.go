package msgapi

import (
	"fmt"
	"strconv"
	"time"

	"github.com/completelint/completelint/internal/models"
)

// SDKNonStreamingMax is the largest max_tokens the official Go SDK sends
// without streaming or a request timeout: it expects an hour per 128,000
// tokens and refuses a request expected to take over ten minutes (v1.84.0
// client.go, CalculateNonStreamingTimeout). Its per-model table
// (shared/constant.ModelNonStreamingTokens) lists only retired Opus 4 ids.
const SDKNonStreamingMax = 21333

// Code identifies a rule of the Messages API.
type Code uint8

// The rules a request can break.
const (
	// UnknownModel: the model is not a Messages API model of the table.
	UnknownModel Code = iota + 1
	// RetiredModel: the model no longer answers.
	RetiredModel
	// PrefillUnsupported: a final assistant message on a model that
	// rejects prefill.
	PrefillUnsupported
	// PrefillTrailingSpace: the final assistant message may end in
	// whitespace.
	PrefillTrailingSpace
	// SamplingTogether: temperature and top_p on a model that takes one.
	// Param names the one set to its default value, which can go, if any.
	SamplingTogether
	// SamplingUnsupported: a sampling parameter (Param) on a model that
	// rejects non-default values. Default says the value is known to be the
	// default, so dropping it changes nothing.
	SamplingUnsupported
	// MaxTokensOverModel: max_tokens above the model's maximum (Limit).
	MaxTokensOverModel
	// NonStreamingTooLong: the SDK refuses the non-streaming call before
	// sending: max_tokens above Limit and no request timeout.
	NonStreamingTooLong
	// BlankStopSequence: stop sequence Index has no non-whitespace.
	BlankStopSequence
	// BlankText: the system text (Index -1) or message Index may be empty
	// or only whitespace.
	BlankText
	// NoMessages: the request has no message.
	NoMessages
	// FirstNotUser: the first message is not a user message.
	FirstNotUser
)

// A Problem is one rule a request breaks, or may break.
type Problem struct {
	Code    Code
	Model   string // the model the rule is about, for model-dependent rules
	Param   string // the parameter, for sampling rules
	Index   int    // the message or stop sequence; -1 for the system text
	Limit   int    // the limit of max_tokens rules
	Default bool   // the sampling parameter is set to its default value
}

// Repairable reports whether a rewrite can mend the problem without
// changing what the request does: by capping a max_tokens the legacy API
// capped silently, by setting a request timeout the legacy SDK never had, or
// by dropping a sampling parameter set to its default.
func (p Problem) Repairable() bool {
	switch p.Code {
	case MaxTokensOverModel, NonStreamingTooLong:
		return true
	case SamplingUnsupported:
		return p.Default
	case SamplingTogether:
		return p.Param != ""
	}
	return false
}

func (p Problem) String() string {
	if p.Model != "" {
		return p.Model + " " + p.Rejection()
	}
	switch p.Code {
	case PrefillTrailingSpace:
		return "the prefill may end in whitespace, which the Messages API rejects"
	case NonStreamingTooLong:
		return fmt.Sprintf("the SDK refuses a non-streaming request of more than %d max_tokens without a request timeout", p.Limit)
	case BlankStopSequence:
		return fmt.Sprintf("stop sequence %d has no non-whitespace character, which the Messages API rejects", p.Index+1)
	case BlankText:
		if p.Index < 0 {
			return "the system text may be empty, which the Messages API rejects"
		}
		return fmt.Sprintf("message %d may be empty, which the Messages API rejects", p.Index+1)
	case NoMessages:
		return "the request has no message"
	case FirstNotUser:
		return "the first message is not a user message"
	}
	return "code " + strconv.Itoa(int(p.Code))
}

// Rejection says what a model does with a request that breaks a
// model-dependent rule, as a verb phrase: "rejects a prefill".
func (p Problem) Rejection() string {
	switch p.Code {
	case UnknownModel:
		return "is not a Messages API model completelint knows"
	case RetiredModel:
		return "is retired"
	case PrefillUnsupported:
		return "rejects a prefill (a final assistant message)"
	case SamplingTogether:
		return "rejects temperature and top_p together"
	case SamplingUnsupported:
		return "rejects " + p.Param
	case MaxTokensOverModel:
		return fmt.Sprintf("allows at most %d max_tokens", p.Limit)
	}
	return "rejects the request"
}

// Check returns the rules r breaks, or may break, on day. Model-dependent
// rules are checked only when r.Model is known.
func Check(r Request, day time.Time) []Problem {
	var ps []Problem
	add := func(p Problem) { ps = append(ps, p) }
	if r.System != nil && r.System.MayBeBlank() {
		add(Problem{Code: BlankText, Index: -1})
	}
	if len(r.Messages) == 0 {
		add(Problem{Code: NoMessages})
	} else if r.Messages[0].Role != User {
		add(Problem{Code: FirstNotUser})
	}
	for i, m := range r.Messages {
		if m.Text.MayBeBlank() {
			add(Problem{Code: BlankText, Index: i})
		}
	}
	if r.Prefill() && r.Messages[len(r.Messages)-1].Text.MayEndInSpace() {
		add(Problem{Code: PrefillTrailingSpace, Index: len(r.Messages) - 1})
	}
	for i, s := range r.StopSequences {
		if !s.Holes && s.MayBeBlank() {
			add(Problem{Code: BlankStopSequence, Index: i})
		}
	}
	if r.SDKNonStreamingCheck && !r.Stream && !r.RequestTimeout && r.MaxTokens.Known && r.MaxTokens.Value > SDKNonStreamingMax {
		add(Problem{Code: NonStreamingTooLong, Limit: SDKNonStreamingMax})
	}
	if r.Model == "" {
		return ps
	}
	return append(ps, modelProblems(r, day)...)
}

// modelProblems returns the rules r breaks on its model.
func modelProblems(r Request, day time.Time) []Problem {
	if lm, ok := models.Lookup(r.Model); ok && lm.StatusAt(day) == models.Retired {
		return []Problem{{Code: RetiredModel, Model: r.Model}}
	}
	m, ok := Lookup(r.Model)
	if !ok {
		return []Problem{{Code: UnknownModel, Model: r.Model}}
	}
	var ps []Problem
	add := func(p Problem) { p.Model = r.Model; ps = append(ps, p) }
	if r.Prefill() && !m.Prefill {
		add(Problem{Code: PrefillUnsupported})
	}
	switch m.Sampling {
	case OneOfTemperatureTopP:
		if r.Temperature.Set && r.TopP.Set {
			p := Problem{Code: SamplingTogether}
			switch {
			case isDefault(r.TopP, 1):
				p.Param = "top_p"
			case isDefault(r.Temperature, 1):
				p.Param = "temperature"
			}
			add(p)
		}
	case DefaultSamplingOnly:
		for _, s := range []struct {
			name string
			n    Number
			def  float64
		}{{"temperature", r.Temperature, 1}, {"top_p", r.TopP, 1}, {"top_k", r.TopK, -1}} {
			if s.n.Set {
				add(Problem{Code: SamplingUnsupported, Param: s.name, Default: isDefault(s.n, s.def)})
			}
		}
	}
	if r.MaxTokens.Known && r.MaxTokens.Value > float64(m.MaxOutput) {
		add(Problem{Code: MaxTokensOverModel, Limit: m.MaxOutput})
	}
	return ps
}

// isDefault reports whether n is known to be the parameter's default value.
func isDefault(n Number, def float64) bool { return n.Known && n.Value == def }
