// Command clientpkg uses the claude package's client.
package main

import (
	"context"
	"fmt"
	"os"

	"legacy/clients/clientpkg/claude"
	_ "legacy/clients/internal/apiredirect"
)

func main() {
	c := claude.New(os.Getenv("ANTHROPIC_API_KEY"), "https://api.anthropic.com")
	answer, err := c.Complete(context.Background(), "Why is the sky blue? One sentence.")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(answer)
}
