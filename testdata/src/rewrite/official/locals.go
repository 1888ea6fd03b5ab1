package official

import (
	"context"
	"fmt"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

func metadata(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Hi\n\nAssistant:",
		Metadata:          anthropic.MetadataParam{UserID: anthropic.String("u-42")},
	})
}

func sprintfLocal(ctx context.Context, client anthropic.Client) {
	topic := "a lighthouse"
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            fmt.Sprintf("\n\nHuman: Write about %s\n\nAssistant:", topic),
	})
}

func concatLocals(ctx context.Context, client anthropic.Client, n int) {
	tone := "calm"
	count := fmt.Sprint(n)
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Be " + tone + ", answer in " + count + " words\n\nAssistant: Sure",
	})
}

func loopOperand(ctx context.Context, client anthropic.Client, notes []string) {
	list := ""
	for _, n := range notes {
		list += "\n- " + n
	}
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: Summarise:" + list + "\n\nAssistant:",
	})
}

func loopPrompt(ctx context.Context, client anthropic.Client, notes []string) {
	prompt := "\n\nHuman: Summarise:"
	for _, n := range notes {
		prompt += "\n- " + n
	}
	prompt += "\n\nAssistant:"
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

func branchPrompt(ctx context.Context, client anthropic.Client, short bool) {
	prompt := "\n\nHuman: Describe the sea"
	if short {
		prompt += " briefly"
	}
	prompt += "\n\nAssistant:"
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

func writeRules(b *strings.Builder) { b.WriteString(" Follow the rules.") }

func builderCall(ctx context.Context, client anthropic.Client) {
	var b strings.Builder
	b.WriteString("\n\nHuman: Hi.")
	writeRules(&b)
	b.WriteString("\n\nAssistant:")
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            b.String(),
	})
}

func markerInLocal(ctx context.Context, client anthropic.Client, q string) {
	human := "\n\nHuman: "
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            human + q + "\n\nAssistant:",
	})
}

const (
	huge0  = "0123456789abcdef0123456789abcdef"
	huge1  = huge0 + huge0
	huge2  = huge1 + huge1
	huge3  = huge2 + huge2
	huge4  = huge3 + huge3
	huge5  = huge4 + huge4
	huge6  = huge5 + huge5
	huge7  = huge6 + huge6
	huge8  = huge7 + huge7
	huge9  = huge8 + huge8
	huge10 = huge9 + huge9
	huge11 = huge10 + huge10
	huge12 = huge11 + huge11
	huge13 = huge12 + huge12
	huge14 = huge13 + huge13
	huge15 = huge14 + huge14
)

func tooLarge(ctx context.Context, client anthropic.Client) {
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: prompt is too large to rewrite\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            "\n\nHuman: " + huge15 + "\n\nAssistant:", // want `prompt is larger than 1 MiB: it was checked in full up to there and by its turn markers after`
	})
}

// Issue 10: the markers are cut from the literals that write them; the
// loop keeps building the Human turn's text.
func loopSuffix(ctx context.Context, client anthropic.Client, notes []string) {
	prompt := "\n\nHuman: "
	for i, n := range notes {
		prompt += fmt.Sprintf("%d. %s\n", i+1, n)
	}
	prompt += "Which matters most?\n\nAssistant:"
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `migrate to the Messages API \(MessageService\.New\)$`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

// A loop that adds turns cannot be read as one message.
func loopTurns(ctx context.Context, client anthropic.Client, history []string) {
	prompt := ""
	for _, h := range history {
		prompt += "\n\nHuman: " + h + "\n\nAssistant: ok"
	}
	prompt += "\n\nHuman: Go on\n\nAssistant:"
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: prompt is built by a loop at locals\.go:\d+\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}

// The loop writes turns between the markers: the prompt is a conversation.
func loopInnerTurns(ctx context.Context, client anthropic.Client, answers []string) {
	prompt := "\n\nHuman: Start."
	for _, a := range answers {
		prompt += "\n\nAssistant: " + a + "\n\nHuman: Next."
	}
	prompt += "\n\nAssistant:"
	client.Completions.New(ctx, anthropic.CompletionNewParams{ // want `no automatic rewrite: prompt is built by a loop at locals\.go:\d+\)`
		Model:             "claude-sonnet-4-6",
		MaxTokensToSample: 100,
		Prompt:            prompt,
	})
}
