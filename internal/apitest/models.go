package apitest

import (
	"strings"

	"github.com/completelint/completelint/internal/models"
	"github.com/completelint/completelint/internal/msgapi"
)

// The API's texts for the model-dependent rules (docs/sources.md (c)). The
// texts for top_p and top_k on default-sampling models are not documented;
// they follow the one for temperature.
const (
	prefillRejected = "This model does not support assistant message prefill. The conversation must end with a user message."
	bothSampling    = "`temperature` and `top_p` cannot both be specified for this model. Please use only one."
)

// modelRules applies the rules of the model id names to a Messages request.
// On the first-party API (firstParty) an id that is not a current model of
// the table answers 404, as the API answers retired ids; Bedrock runs its
// own schedule, so there only the rules of models the table knows apply.
func (s *Server) modelRules(id string, c Conversation, firstParty bool) *apiError {
	m, known := msgapi.Lookup(id)
	if firstParty {
		if foreignSpelling(id) {
			return notFound(id)
		}
		if lm, ok := models.Lookup(id); ok && lm.StatusAt(s.day) == models.Retired {
			return notFound(id)
		}
		if !known || !m.Released.IsZero() && s.day.Before(m.Released) {
			return notFound(id)
		}
	} else if !known {
		return nil
	}
	if n := len(c.Turns); n > 0 && c.Turns[n-1].Role == "assistant" && !m.Prefill {
		return invalid(prefillRejected)
	}
	switch m.Sampling {
	case msgapi.OneOfTemperatureTopP:
		if c.Temperature != nil && c.TopP != nil {
			return invalid(bothSampling)
		}
	case msgapi.DefaultSamplingOnly:
		// Defaults are temperature 1 and top_p 1; top_k has no documented
		// default, so any top_k is taken as set (docs/sources.md C1).
		switch {
		case c.Temperature != nil && *c.Temperature != 1:
			return invalid("`temperature` is deprecated for this model.")
		case c.TopP != nil && *c.TopP != 1:
			return invalid("`top_p` is deprecated for this model.")
		case c.TopK != nil:
			return invalid("`top_k` is deprecated for this model.")
		}
	}
	if c.MaxTokens > int64(m.MaxOutput) {
		return invalid("max_tokens: %d > %d, which is the maximum allowed number of output tokens for %s", c.MaxTokens, m.MaxOutput, id)
	}
	return nil
}

// foreignSpelling reports whether id is spelled as on another platform
// (Bedrock, Vertex AI) or with a legacy -100k suffix: the lookup tables
// resolve such ids, the first-party API does not.
func foreignSpelling(id string) bool {
	return strings.Contains(id, "anthropic.") || strings.Contains(id, "@") || strings.HasSuffix(id, "-100k")
}
