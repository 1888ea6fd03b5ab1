// Command askclaude is a small command-line assistant built on Anthropic's
// legacy Text Completions API. It is completelint's bundled example: it
// compiles against the official Go SDK and contains the mistakes real
// programs make with that API, so running completelint on it shows every
// kind of finding.
//
//	askclaude summarize < article.txt
//	askclaude ask "What is the capital of France?"
//	askclaude chat < questions.txt
//
// The client reads ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

func main() {
	modelName := flag.String("model", "claude-2.1", "model id for ask and chat")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: askclaude [-model id] summarize|ask QUESTION|chat")
		flag.PrintDefaults()
	}
	flag.Parse()

	client := anthropic.NewClient()
	ctx := context.Background()
	var err error
	switch flag.Arg(0) {
	case "summarize":
		err = summarize(ctx, &client, os.Stdin, os.Stdout)
	case "ask":
		err = ask(ctx, &client, *modelName, strings.Join(flag.Args()[1:], " "), os.Stdout)
	case "chat":
		err = chat(ctx, &client, *modelName, os.Stdin, os.Stdout)
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "askclaude:", err)
		os.Exit(1)
	}
}
