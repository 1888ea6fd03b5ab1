package lsp

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// endDescendants kills every process below this one. At shutdown those are
// the go commands of a load in progress and the compilers they run: an
// interrupt, which is how go/packages cancels the go command, leaves a
// running compiler to finish its package, and the go command killed after
// it orphans the compiler. Each process is stopped first, so that none
// starts another between the scan and the kill.
func endDescendants() {
	stopped := make(map[int]bool)
	for {
		found := false
		for _, pid := range descendants(os.Getpid()) {
			if !stopped[pid] {
				_ = syscall.Kill(pid, syscall.SIGSTOP) // gone meanwhile: nothing to do
				stopped[pid] = true
				found = true
			}
		}
		if !found {
			break
		}
	}
	for pid := range stopped {
		_ = syscall.Kill(pid, syscall.SIGKILL)
	}
}

// descendants lists the processes below pid, from /proc.
func descendants(pid int) []int {
	children := make(map[int][]int)
	dirs, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, stat := range dirs {
		data, err := os.ReadFile(stat)
		if err != nil {
			continue // gone meanwhile
		}
		// "pid (comm) state ppid ...": comm may hold spaces and parentheses.
		i := strings.LastIndexByte(string(data), ')')
		if i < 0 {
			continue
		}
		fields := strings.Fields(string(data[i+1:]))
		if len(fields) < 2 || fields[0] == "Z" {
			continue
		}
		child, err1 := strconv.Atoi(filepath.Base(filepath.Dir(stat)))
		parent, err2 := strconv.Atoi(fields[1])
		if err1 == nil && err2 == nil {
			children[parent] = append(children[parent], child)
		}
	}
	var out []int
	queue := children[pid]
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		out = append(out, p)
		queue = append(queue, children[p]...)
	}
	return out
}
