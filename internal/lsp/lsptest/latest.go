// Package lsptest helps tests that script a language server client.
package lsptest

import (
	"context"
	"sync"
	"testing"
	"time"
)

// Latest keeps the last value published under each key, such as the
// diagnostics of each document, and lets a test wait until one matches:
// the server may publish several times before the state a test expects.
type Latest[K comparable, V any] struct {
	mu      sync.Mutex
	values  map[K]V
	updated chan struct{} // closed and replaced on each Put
}

// Put records v as the latest value of k.
func (l *Latest[K, V]) Put(k K, v V) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.init()
	l.values[k] = v
	close(l.updated)
	l.updated = make(chan struct{})
}

func (l *Latest[K, V]) init() {
	if l.values == nil {
		l.values = make(map[K]V)
		l.updated = make(chan struct{})
	}
}

// Wait returns the latest value of k once match accepts it. It returns
// false when stop is closed or receives first.
func (l *Latest[K, V]) Wait(k K, match func(V) bool, stop <-chan struct{}) (V, bool) {
	for {
		l.mu.Lock()
		l.init()
		v, ok := l.values[k]
		updated := l.updated
		l.mu.Unlock()
		if ok && match(v) {
			return v, true
		}
		select {
		case <-updated:
		case <-stop:
			var zero V
			return zero, false
		}
	}
}

// GiveUp returns a channel closed shortly before the test's deadline (go
// test -timeout), so that a wait that never ends fails with a message
// rather than a goroutine dump. Waits thus scale with that deadline, not a
// fixed time: a cold, busy machine only makes them longer. Without a
// deadline the channel is never closed.
func GiveUp(t testing.TB) <-chan struct{} {
	deadline, ok := t.(interface{ Deadline() (time.Time, bool) }).Deadline()
	if !ok {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Until(deadline)*9/10)
	t.Cleanup(cancel)
	return ctx.Done()
}

// Stop returns a channel closed when exited is closed (the server is gone)
// or the test is about to time out (GiveUp): what a wait gives up on.
func Stop(t testing.TB, exited <-chan struct{}) <-chan struct{} {
	giveUp := GiveUp(t)
	stop := make(chan struct{})
	go func() {
		select {
		case <-exited:
		case <-giveUp:
		}
		close(stop)
	}()
	return stop
}
