// Command stopreasons calls service helpers that hand the legacy answer and
// its stop reason to their callers, against the server at
// $STOPREASONS_BASE_URL, and prints what they return. The results end-to-end
// test runs it before and after completelint migrate: the output and the
// conversations must not change.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/option"

	"example.com/stopreasons/svc"
	"example.com/stopreasons/tools"
)

func main() {
	client := anthropic.NewClient(
		option.WithBaseURL(os.Getenv("STOPREASONS_BASE_URL")),
		option.WithAPIKey("test-key"),
		option.WithMaxRetries(0),
	)
	ctx := context.Background()
	check := func(err error) {
		if err != nil {
			fmt.Fprintln(os.Stderr, "stopreasons:", err)
			os.Exit(1)
		}
	}
	print2 := func(name string) func(string, string, error) {
		return func(text, stop string, err error) {
			check(err)
			fmt.Printf("%s: %q %s\n", name, text, stop)
		}
	}
	print2("ask")(svc.Ask(ctx, &client, "What is 2+2?"))
	print2("ask long")(svc.Ask(ctx, &client, "Write a long essay."))
	print2("shouting")(svc.AskShouting(ctx, &client, "hello"))
	print2("summarize")(svc.Summarize(ctx, &client, "The sea is large."))
	print2("classify")(svc.Classify(ctx, &client, "I love it"))
	print2("classify long")(svc.Classify(ctx, &client, "a long review"))
	print2("translate")(svc.Translate(ctx, &client, "good morning", "French"))
	print2("checklist")(svc.Checklist(ctx, &client, []string{"sleep", "food"}))
	a, err := svc.Structured(ctx, &client, "Name a colour.")
	check(err)
	fmt.Printf("structured: %+v\n", a)
	text, cut, err := svc.Truncated(ctx, &client, "Something long, please.")
	check(err)
	fmt.Printf("truncated: %q %v\n", text, cut)
	print2("stored")(svc.Stored(ctx, &client, "Stored?"))
	d, err := svc.Described(ctx, &client, "Describe.")
	check(err)
	fmt.Println("described:", d)
	print2("continue")(svc.Continue(ctx, &client, "Count to three.", "One,"))
	print2("continue empty")(svc.Continue(ctx, &client, "Count to three.", ""))
	print2("logged")(svc.Logged(ctx, &client, "Why?"))
	texts, stops, err := svc.Batch(ctx, &client, []string{"First?", "A long second?"})
	check(err)
	fmt.Printf("batch: %q %v\n", texts, stops)
	c, err := svc.Checked(ctx, &client, "Checked long?")
	check(err)
	fmt.Println("checked:", c)
	print2("story")(tools.Story(ctx, &client, "a lighthouse"))
	print2("story long")(tools.Story(ctx, &client, "a long voyage"))
}
