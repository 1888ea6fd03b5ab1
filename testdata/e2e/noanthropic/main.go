// Command greet prints a two-line dialogue. It mentions Human and Assistant
// turns but never talks to an API, so completelint has nothing to report.
package main

import (
	"fmt"
	"net/http"
	"strings"
)

// transcript looks like a legacy prompt but is only printed.
const transcript = "\n\nHuman: Hello there.\nAssistant: Hi! "

// CompleteRequest is a local type that merely shares a name with API types.
type CompleteRequest struct {
	Prompt            string  `json:"prompt"`
	Temperature       float64 `json:"temperature"`
	MaxTokensToSample int     `json:"max_tokens"`
}

func main() {
	req := CompleteRequest{Prompt: transcript, Temperature: 1.5}
	fmt.Println(strings.TrimSpace(req.Prompt), http.MethodPost)
}
