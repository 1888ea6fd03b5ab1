package param

// IsOmitted returns true if v is the zero value of its type.
func IsOmitted(v any) bool {
	if v == nil {
		return false
	}
	if o, ok := v.(Optional); ok {
		return o.IsOmitted()
	}
	return false
}

// APIObject should be embedded in api object fields, preferably using an alias to make private
type APIObject struct{ metadata }

// APIUnion should be embedded in all api unions fields, preferably using an alias to make private
type APIUnion struct{ metadata }

type metadata struct{ any }

func (m metadata) IsNull() bool { return false }
