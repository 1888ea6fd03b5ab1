package lsptest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLatest(t *testing.T) {
	var l Latest[string, int]
	done := make(chan int)
	go func() {
		v, _ := l.Wait("a", func(v int) bool { return v >= 2 }, nil)
		done <- v
	}()
	l.Put("b", 5)
	l.Put("a", 1)
	l.Put("a", 2)
	assert.Equal(t, 2, <-done)

	stop := make(chan struct{})
	close(stop)
	_, ok := l.Wait("a", func(v int) bool { return v > 2 }, stop)
	assert.False(t, ok)
}
