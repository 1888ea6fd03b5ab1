//go:build !linux

package lsp

// endDescendants does nothing without /proc: cancelling the go command's
// context, which interrupts it and kills it after a grace period, is all.
func endDescendants() {}
