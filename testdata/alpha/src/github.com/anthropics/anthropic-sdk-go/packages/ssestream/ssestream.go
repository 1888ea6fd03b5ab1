package ssestream

import "net/http"

type Decoder interface {
	Event() Event
	Next() bool
	Close() error
	Err() error
}

type Event struct {
	Type string
	Data []byte
}

func NewDecoder(res *http.Response) Decoder { return nil }

type Stream[T any] struct {
	decoder Decoder
	cur     T
	err     error
}

func NewStream[T any](decoder Decoder, err error) *Stream[T] {
	return &Stream[T]{decoder: decoder, err: err}
}

func (s *Stream[T]) Next() bool   { return false }
func (s *Stream[T]) Current() T   { return s.cur }
func (s *Stream[T]) Err() error   { return s.err }
func (s *Stream[T]) Close() error { return nil }
