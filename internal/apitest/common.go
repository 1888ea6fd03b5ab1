package apitest

import (
	"slices"
	"strings"
)

// humanStop is the stop sequence the legacy API always implied.
const humanStop = "\n\nHuman:"

// readOptional reads the fields both APIs share: the sampling parameters,
// stop sequences, metadata and stream. strictStops applies the Messages
// API's rules to stop sequences (non-empty, not only whitespace); the
// legacy API took any string.
func readOptional(o object, c *Conversation, strictStops bool) *apiError {
	for _, p := range []struct {
		key string
		dst **float64
	}{{"temperature", &c.Temperature}, {"top_p", &c.TopP}} {
		if !o.has(p.key) {
			continue
		}
		f, err := readNumber(o[p.key], p.key)
		if err != nil {
			return err
		}
		if f < 0 {
			return invalid("%s: Input should be greater than or equal to 0", p.key)
		}
		if f > 1 {
			return invalid("%s: Input should be less than or equal to 1", p.key)
		}
		*p.dst = &f
	}
	if o.has("top_k") {
		k, err := readInt(o["top_k"], "top_k")
		if err != nil {
			return err
		}
		if k < 0 {
			return invalid("top_k: Input should be greater than or equal to 0")
		}
		c.TopK = &k
	}
	if o.has("stop_sequences") {
		list, err := readList(o["stop_sequences"], "stop_sequences")
		if err != nil {
			return err
		}
		for i, raw := range list {
			s, err := readString(raw, path("stop_sequences", i))
			if err != nil {
				return err
			}
			if strictStops && s == "" {
				return invalid("stop_sequences: each stop sequence must be non-empty")
			}
			if strictStops && strings.TrimSpace(s) == "" {
				return invalid("stop_sequences: each stop sequence must contain non-whitespace")
			}
			if s != humanStop {
				c.Stop = append(c.Stop, s)
			}
		}
	}
	if o.has("metadata") {
		md, err := readDict(o["metadata"], "metadata")
		if err != nil {
			return err
		}
		if k := md.extra("user_id"); k != "" {
			return invalid("metadata.%s: Extra inputs are not permitted", k)
		}
		if md.has("user_id") {
			if c.UserID, err = readString(md["user_id"], "metadata.user_id"); err != nil {
				return err
			}
		}
	}
	if o.has("stream") {
		var err *apiError
		if c.Stream, err = readBool(o["stream"], "stream"); err != nil {
			return err
		}
	}
	return nil
}

// sharedFields are the optional fields of readOptional.
var sharedFields = []string{"temperature", "top_p", "top_k", "stop_sequences", "metadata", "stream"}

// fields returns the allowed keys of a body: shared plus more.
func fields(more ...string) []string { return slices.Concat(sharedFields, more) }
