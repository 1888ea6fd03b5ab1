package param

func NewOpt[T comparable](v T) Opt[T] {
	return Opt[T]{Value: v, Status: included}
}

// Sets an optional field to null, to set an object to null use [NullObj].
func NullOpt[T comparable]() Opt[T] { return Opt[T]{Status: null} }

type Opt[T comparable] struct {
	Value T
	// indicates whether the field should be omitted, null, or valid
	Status Status
}

type Status int8

const (
	omitted Status = iota
	null
	included
)

type Optional interface {
	// IsPresent returns true if the value is not "null" or omitted
	IsPresent() bool

	// IsOmitted returns true if the value is omitted, it returns false if the value is "null".
	IsOmitted() bool

	// IsNull returns true if the value is "null", it returns false if the value is omitted.
	IsNull() bool
}

func (o Opt[T]) IsPresent() bool {
	var empty Opt[T]
	return o.Status == included || o != empty && o.Status != null
}

func (o Opt[T]) IsNull() bool { return o.Status == null }

func (o Opt[T]) IsOmitted() bool { return o == Opt[T]{} }

func (o Opt[T]) Or(v T) T {
	if o.IsPresent() {
		return o.Value
	}
	return v
}
