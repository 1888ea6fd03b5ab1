package param

func NewOpt[T comparable](v T) Opt[T] {
	return Opt[T]{Value: v, status: included}
}

// Null creates optional field with the JSON value "null".
func Null[T comparable]() Opt[T] { return Opt[T]{status: null} }

type status int8

const (
	omitted status = iota
	null
	included
)

// Opt represents an optional parameter of type T.
type Opt[T comparable] struct {
	Value  T
	status status
	opt
}

func (o Opt[T]) Valid() bool {
	var empty Opt[T]
	return o.status == included || o != empty && o.status != null
}

func (o Opt[T]) Or(v T) T {
	if o.Valid() {
		return o.Value
	}
	return v
}

type opt struct{}

func (opt) implOpt() {}

type Optional interface {
	Valid() bool
	isZero() bool
}

func (o Opt[T]) isZero() bool { return o == Opt[T]{} }
