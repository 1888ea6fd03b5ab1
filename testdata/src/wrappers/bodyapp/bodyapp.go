// Package bodyapp calls a hand-written wrapper and nothing else: it has no
// path to a target API but the wrapper's package fact.
package bodyapp

import "wrappers/httpllm"

func use() {
	httpllm.Complete("What is 2+2?")       // want `^httpllm.Complete builds a legacy Text Completions request body \(map literal\) at httpllm.go:14; migrate it to the Messages API$`
	httpllm.Complete("hi\n\nHuman: again") // want `^httpllm.Complete builds` `two "\\n\\nHuman:" turns`
}
