// Command review prints Claude's review of the diff read from standard input.
package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/anthropics/anthropic-sdk-go"

	"example.com/review/review"
)

func main() {
	diff, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	client := anthropic.NewClient()
	r := &review.Reviewer{Client: &client, Model: "claude-2.1", User: "reviewer-1"}
	text, err := r.Review(context.Background(), string(diff), 200)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(text)
}
