// want package:`wrappers\(1\)`

// Package app calls the wrapper of another module. That module's
// diagnostics are not this run's: the calls of each package are reported
// once, at the first, with the others as related places.
package app

import "example.com/claudehttp"

func first() {
	claudehttp.Complete("What is 2+2?")       // want `^claudehttp.Complete builds a legacy Text Completions request body \(map literal\) at claudehttp.go:16; migrate it to the Messages API$`
	claudehttp.Complete("hi\n\nHuman: again") // want `two "\\n\\nHuman:" turns`
}

// relay passes its parameter on: its calls reach the same request.
func relay(q string) { // want relay:`wrapper "\\n\\nHuman: \{0\}\\n\\nAssistant:"`
	claudehttp.Complete(q)
}

func second() {
	relay("Hello")
	//completelint:ignore legacy-api migrated with the client module
	claudehttp.Complete("Ignored")
}
