//go:build !linux

package lsp

// Without /proc, cancelling the go command's context, which interrupts it
// and kills it after a grace period, is all.

func stopDescendants(string) []int { return nil }

func killProcesses([]int) {}
