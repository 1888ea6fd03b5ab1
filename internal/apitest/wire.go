package apitest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"slices"
	"strings"
)

// An apiError is an error answer: its status, its type and its message.
type apiError struct {
	status int
	typ    string
	msg    string
}

// invalid is a 400 invalid_request_error.
func invalid(format string, args ...any) *apiError {
	return &apiError{status: http.StatusBadRequest, typ: "invalid_request_error", msg: fmt.Sprintf(format, args...)}
}

// notFound is the API's answer to an unknown or retired model.
func notFound(model string) *apiError {
	return &apiError{status: http.StatusNotFound, typ: "not_found_error", msg: "model: " + model}
}

// An object is a JSON object read field by field, so that types, missing
// fields and extra fields are reported as the API reports them.
type object map[string]json.RawMessage

// readObject reads a request body.
func readObject(data []byte) (object, *apiError) {
	var o object
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&o); err != nil || o == nil {
		return nil, invalid("apitest: the body is not a JSON object: %v", err)
	}
	if dec.More() {
		return nil, invalid("apitest: the body has data after its JSON object")
	}
	return o, nil
}

// has reports whether key is present and not null.
func (o object) has(key string) bool {
	raw, ok := o[key]
	return ok && !isNull(raw)
}

// extra returns the first key, in sorted order, that is not allowed.
func (o object) extra(allowed ...string) string {
	for _, k := range sortedKeys(o) {
		if !slices.Contains(allowed, k) {
			return k
		}
	}
	return ""
}

func sortedKeys(o object) []string {
	keys := make([]string, 0, len(o))
	for k := range o {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func isNull(raw json.RawMessage) bool { return string(bytes.TrimSpace(raw)) == "null" }

// path joins the parts of a field path as the API spells it: messages.0.role.
func path(parts ...any) string {
	s := make([]string, len(parts))
	for i, p := range parts {
		s[i] = fmt.Sprint(p)
	}
	return strings.Join(s, ".")
}

func readString(raw json.RawMessage, at string) (string, *apiError) {
	var s string
	if isNull(raw) || json.Unmarshal(raw, &s) != nil {
		return "", invalid("%s: Input should be a valid string", at)
	}
	return s, nil
}

func readInt(raw json.RawMessage, at string) (int64, *apiError) {
	f, err := readNumber(raw, at)
	if err != nil || f != math.Trunc(f) || math.Abs(f) > 1<<53 {
		return 0, invalid("%s: Input should be a valid integer", at)
	}
	return int64(f), nil
}

func readNumber(raw json.RawMessage, at string) (float64, *apiError) {
	var f float64
	if isNull(raw) || json.Unmarshal(raw, &f) != nil {
		return 0, invalid("%s: Input should be a valid number", at)
	}
	return f, nil
}

func readBool(raw json.RawMessage, at string) (bool, *apiError) {
	var b bool
	if isNull(raw) || json.Unmarshal(raw, &b) != nil {
		return false, invalid("%s: Input should be a valid boolean", at)
	}
	return b, nil
}

func readList(raw json.RawMessage, at string) ([]json.RawMessage, *apiError) {
	var l []json.RawMessage
	if isNull(raw) || json.Unmarshal(raw, &l) != nil {
		return nil, invalid("%s: Input should be a valid list", at)
	}
	return l, nil
}

func readDict(raw json.RawMessage, at string) (object, *apiError) {
	var o object
	if isNull(raw) || json.Unmarshal(raw, &o) != nil {
		return nil, invalid("%s: Input should be a valid dictionary", at)
	}
	return o, nil
}

// isString reports whether raw is a JSON string.
func isString(raw json.RawMessage) bool {
	t := bytes.TrimSpace(raw)
	return len(t) > 0 && t[0] == '"'
}
