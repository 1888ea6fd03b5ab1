package anthropic

import (
	"io"

	"github.com/anthropics/anthropic-sdk-go/internal/param"
)

// F is a param field helper used to initialize a [param.Field] generic struct.
func F[T any](value T) param.Field[T] { return param.Field[T]{Value: value, Present: true} }

// Null is a param field helper which explicitly sends null to the API.
func Null[T any]() param.Field[T] { return param.Field[T]{Null: true, Present: true} }

// Raw is a param field helper for specifying values for fields when the
// type you are looking to send is different from the type that is specified in
// the SDK.
func Raw[T any](value any) param.Field[T] { return param.Field[T]{Raw: value, Present: true} }

func Int(value int64) param.Field[int64]       { return F(value) }
func String(value string) param.Field[string]  { return F(value) }
func Float(value float64) param.Field[float64] { return F(value) }
func Bool(value bool) param.Field[bool]        { return F(value) }

func FileParam(reader io.Reader, filename string, contentType string) param.Field[io.Reader] {
	return F[io.Reader](&file{reader, filename, contentType})
}

type file struct {
	io.Reader
	name        string
	contentType string
}

func (f *file) ContentType() string { return f.contentType }
func (f *file) Name() string        { return f.name }
