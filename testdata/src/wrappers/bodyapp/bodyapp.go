// Package bodyapp calls a hand-written wrapper and nothing else: it has no
// path to a target API but the wrapper's package fact.
package bodyapp

import "wrappers/httpllm"

func use() {
	httpllm.Complete("What is 2+2?")
	httpllm.Complete("hi\n\nHuman: again") // want `two "\\n\\nHuman:" turns`
}
