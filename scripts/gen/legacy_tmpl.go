package main

// legacyTemplates hold one file per siteKind: code that sends a legacy Text
// Completions request the way real programs do. Each expects exactly the
// diagnostics listed in siteKinds.
const legacyTemplates = sdkTemplates + promptTemplates + otherSourceTemplates

const sdkTemplates = `
{{define "sdk_inline"}}package {{.Name}}

import (
	"context"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

// Summarize{{.Type}} asks the model for a two-sentence summary of r.
func Summarize{{.Type}}(ctx context.Context, client *anthropic.Client, r {{.Type}}) (string, error) {
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 300,
		Prompt:            "\n\nHuman: Summarize this {{.Lower}} in two sentences:\n" + r.String() + "\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(resp.Completion), nil
}
{{end}}

{{define "sdk_variable"}}package {{.Name}}

import (
	"context"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

// Sentiment{{.Type}} labels text positive, negative or neutral. Setting
// both temperature and top_p is the mistake this site carries.
func Sentiment{{.Type}}(ctx context.Context, client *anthropic.Client, model, text string) (string, error) {
	params := anthropic.CompletionNewParams{
		Model:             model,
		MaxTokensToSample: 5,
	}
	params.Prompt = "\n\nHuman: Answer positive, negative or neutral. What is the sentiment of this {{.Lower}} note?\n" + text + "\n\nAssistant:"
	params.Temperature = anthropic.Float(0)
	params.TopP = anthropic.Float(0.9)
	resp, err := client.Completions.New(ctx, params)
	if err != nil {
		return "", err
	}
	return strings.ToLower(strings.TrimSpace(resp.Completion)), nil
}
{{end}}

{{define "sdk_helper"}}package {{.Name}}

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// extractParams builds the request; the redundant stop sequence is this
// site's mistake.
func extractParams(doc string) anthropic.CompletionNewParams {
	return anthropic.CompletionNewParams{
		Model:             "claude-instant-1.2",
		MaxTokensToSample: 512,
		StopSequences:     []string{"\n\nHuman:"},
		Prompt:            "\n\nHuman: List the {{.Lower}} fields found in this document as key: value lines.\n<document>" + doc + "</document>\n\nAssistant:",
	}
}

// Extract{{.Type}} pulls {{.Lower}} fields out of a free-text document.
func Extract{{.Type}}(ctx context.Context, client *anthropic.Client, doc string) (string, error) {
	resp, err := client.Completions.New(ctx, extractParams(doc))
	if err != nil {
		return "", err
	}
	return resp.Completion, nil
}
{{end}}

{{define "sdk_stream"}}package {{.Name}}

import (
	"context"
	"fmt"
	"io"

	"github.com/anthropics/anthropic-sdk-go"
)

// explainFormat puts the final turn marker after a single newline, which
// the API rejects.
const explainFormat = "\n\nHuman: Explain what this {{.Lower}} record means to a new colleague.\n%s\nAssistant:"

// Explain{{.Type}} streams an explanation of r to out.
func Explain{{.Type}}(ctx context.Context, client *anthropic.Client, model string, r {{.Type}}, out io.Writer) error {
	stream := client.Completions.NewStreaming(ctx, anthropic.CompletionNewParams{
		Model:             model,
		MaxTokensToSample: 800,
		Prompt:            fmt.Sprintf(explainFormat, r.String()),
	})
	defer stream.Close()
	for stream.Next() {
		if _, err := io.WriteString(out, stream.Current().Completion); err != nil {
			return err
		}
	}
	return stream.Err()
}
{{end}}

{{define "sdk_suppressed"}}package {{.Name}}

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// Nightly{{.Type}}Digest is known legacy code, suppressed until it moves.
func Nightly{{.Type}}Digest(ctx context.Context, client *anthropic.Client, digest string) (string, error) {
	//completelint:ignore legacy-api,model-retired nightly batch job, migration tracked in PLAT-1234
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.1",
		MaxTokensToSample: 1000,
		Prompt:            "\n\nHuman: Write tonight's {{.Lower}} digest from these notes:\n" + digest + "\n\nAssistant:",
	})
	if err != nil {
		return "", err
	}
	return resp.Completion, nil
}
{{end}}
`

const promptTemplates = `
{{define "prompt_loop"}}package {{.Name}}

import (
	"context"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

// Example is one worked tagging example for the few-shot prompt.
type Example struct {
	Input, Tag string
}

// Tag{{.Type}} tags input with one word, shown a few examples first.
func Tag{{.Type}}(ctx context.Context, client *anthropic.Client, model string, examples []Example, input string) (string, error) {
	prompt := "Tag each {{.Lower}} description with one word."
	for _, ex := range examples {
		prompt += "\n\nHuman: " + ex.Input + "\n\nAssistant: " + ex.Tag
	}
	prompt += "\n\nHuman: " + input + "\n\nAssistant:"
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             model,
		MaxTokensToSample: 10,
		Prompt:            prompt,
	})
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(resp.Completion), nil
}
{{end}}

{{define "prompt_builder"}}package {{.Name}}

import (
	"context"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
)

// Review{{.Type}}s asks which records look incomplete.
func Review{{.Type}}s(ctx context.Context, client *anthropic.Client, records []{{.Type}}) (string, error) {
	var b strings.Builder
	b.WriteString("\n\nHuman: Which of these {{.Lower}} records look incomplete? Answer with their ids.\n")
	for _, r := range records {
		b.WriteString("<record>")
		b.WriteString(r.String())
		b.WriteString("</record>\n")
	}
	b.WriteString("\n\nAssistant:")
	resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{
		Model:             "claude-2.0",
		MaxTokensToSample: 200,
		Prompt:            b.String(),
	})
	if err != nil {
		return "", err
	}
	return resp.Completion, nil
}
{{end}}
`

// bq is a backquote, for struct tags inside the raw-string templates.
const bq = "`"

const otherSourceTemplates = `
{{define "http_struct"}}package {{.Name}}

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

type completionRequest struct {
	Model             string  ` + bq + `json:"model"` + bq + `
	Prompt            string  ` + bq + `json:"prompt"` + bq + `
	MaxTokensToSample int     ` + bq + `json:"max_tokens_to_sample"` + bq + `
	Temperature       float64 ` + bq + `json:"temperature,omitempty"` + bq + `
}

type completionResponse struct {
	Completion string ` + bq + `json:"completion"` + bq + `
	StopReason string ` + bq + `json:"stop_reason"` + bq + `
}

// Draft{{.Type}}Reply calls the HTTP API directly with a hand-written body.
func Draft{{.Type}}Reply(ctx context.Context, hc *http.Client, apiKey string, r {{.Type}}) (string, error) {
	body, err := json.Marshal(completionRequest{
		Model:             "claude-instant-1.2",
		Prompt:            "\n\nHuman: Draft a short, friendly reply about {{.Lower}} " + r.ID + ".\n\nAssistant:",
		MaxTokensToSample: 400,
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.anthropic.com/v1/complete", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("x-api-key", apiKey)
	req.Header.Set("anthropic-version", "2023-06-01")
	req.Header.Set("content-type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("complete: %s", resp.Status)
	}
	var out completionResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.Completion, nil
}
{{end}}

{{define "http_map"}}package {{.Name}}

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Title{{.Type}} suggests a title through a proxy that speaks the legacy
// API; the temperature above 1 is this site's mistake.
func Title{{.Type}}(ctx context.Context, hc *http.Client, endpoint, model, text string) (string, error) {
	payload := map[string]any{
		"model":                model,
		"prompt":               "\n\nHuman: Suggest a title for this {{.Lower}}:\n" + text + "\n\nAssistant:",
		"max_tokens_to_sample": 30,
		"temperature":          1.3,
	}
	body, err := json.Marshal(payload)
	if err != nil {
		return "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("content-type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		Completion string ` + bq + `json:"completion"` + bq + `
	}
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.Completion, err
}
{{end}}

{{define "bedrock"}}package {{.Name}}

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
)

// Translate{{.Type}} translates text through Claude on Amazon Bedrock.
func Translate{{.Type}}(ctx context.Context, br *bedrockruntime.Client, text, lang string) (string, error) {
	body, err := json.Marshal(map[string]any{
		"prompt":               "\n\nHuman: Translate this {{.Lower}} note into " + lang + ":\n" + text + "\n\nAssistant:",
		"max_tokens_to_sample": 1000,
	})
	if err != nil {
		return "", err
	}
	out, err := br.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{
		ModelId:     aws.String("anthropic.claude-v2"),
		Body:        body,
		ContentType: aws.String("application/json"),
	})
	if err != nil {
		return "", err
	}
	var res struct {
		Completion string ` + bq + `json:"completion"` + bq + `
	}
	err = json.Unmarshal(out.Body, &res)
	return res.Completion, err
}
{{end}}
`
