package lsp

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
)

// stopDescendants stops the processes below this one whose environment
// holds marker (a variable set for the go commands of one server) and
// returns them for killProcesses. At shutdown those are the go commands of
// a load in progress and the compilers they run: an interrupt, which is how
// go/packages cancels the go command, lets a running compiler finish its
// package, and the go command killed after it orphans the compiler.
// Stopped, no process exits or starts another until it is killed.
func stopDescendants(marker string) []int {
	if marker == "" {
		return nil
	}
	var stopped []int
	for {
		found := false
		for _, pid := range descendants(os.Getpid()) {
			if !slices.Contains(stopped, pid) && hasEnv(pid, marker) {
				_ = syscall.Kill(pid, syscall.SIGSTOP) // gone meanwhile: nothing to do
				stopped = append(stopped, pid)
				found = true
			}
		}
		if !found {
			return stopped
		}
	}
}

// killProcesses kills the processes stopDescendants stopped.
func killProcesses(pids []int) {
	for _, pid := range pids {
		_ = syscall.Kill(pid, syscall.SIGKILL)
	}
}

// hasEnv reports whether the environment of process pid holds variable, a
// "NAME=value" string.
func hasEnv(pid int, variable string) bool {
	env, err := os.ReadFile(fmt.Sprintf("/proc/%d/environ", pid))
	return err == nil && slices.Contains(strings.Split(string(env), "\x00"), variable)
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
