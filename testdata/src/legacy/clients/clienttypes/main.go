// Command clienttypes uses a client package whose exported request and
// response types live in their own file.
package main

import (
	"context"
	"fmt"
	"os"

	"legacy/clients/clienttypes/anthropic"
	_ "legacy/clients/internal/apiredirect"
)

func main() {
	c := &anthropic.Client{APIKey: os.Getenv("ANTHROPIC_API_KEY"), BaseURL: "https://api.anthropic.com"}
	resp, err := c.Complete(context.Background(), "What is 7 times 6?")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(resp.Completion)
	fmt.Println("stop:", resp.StopReason)
}
