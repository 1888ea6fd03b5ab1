package param

// IsOmitted reports whether v is the zero value.
func IsOmitted(v any) bool {
	if o, ok := v.(Optional); ok {
		return o.isZero()
	}
	return v == nil
}

// APIObject should be embedded in api object fields.
type APIObject struct{ metadata }

// APIUnion should be embedded in all api unions fields.
type APIUnion struct{ metadata }

type metadata struct{ any }
