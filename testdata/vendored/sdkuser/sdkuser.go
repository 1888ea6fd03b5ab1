// Package sdkuser calls an old SDK whose own code sends legacy requests:
// with -wrappers its calls are reported.
package sdkuser

import (
	"context"

	"example.com/oldsdk"
)

func use(ctx context.Context, c *oldsdk.Client) {
	c.Complete(ctx, &oldsdk.Request{Prompt: "hi"}) // want `oldsdk.Client.Complete sends a legacy Text Completions request \(example.com/oldsdk v1.2.0\) at client.go:\d+ through Client.post; migrate it to the Messages API`
	c.Summarize(ctx, []string{"a"})                // want `oldsdk.Client.Summarize sends a legacy Text Completions request \(example.com/oldsdk v1.2.0\) at client.go:\d+ through Client.Complete, Client.post;`
	c.MaybeComplete(ctx, &oldsdk.Request{}, false)
}
