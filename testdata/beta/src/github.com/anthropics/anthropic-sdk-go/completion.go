package anthropic

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go/option"
	"github.com/anthropics/anthropic-sdk-go/packages/param"
	"github.com/anthropics/anthropic-sdk-go/packages/ssestream"
	"github.com/anthropics/anthropic-sdk-go/shared/constant"
)

type CompletionService struct {
	Options []option.RequestOption
}

func NewCompletionService(opts ...option.RequestOption) (r CompletionService) {
	r = CompletionService{}
	r.Options = opts
	return
}

// [Legacy] Create a Text Completion.
func (r *CompletionService) New(ctx context.Context, body CompletionNewParams, opts ...option.RequestOption) (res *Completion, err error) {
	return nil, nil
}

// [Legacy] Create a Text Completion.
func (r *CompletionService) NewStreaming(ctx context.Context, body CompletionNewParams, opts ...option.RequestOption) (stream *ssestream.Stream[Completion]) {
	return ssestream.NewStream[Completion](nil, nil)
}

type Completion struct {
	ID         string              `json:"id,required"`
	Completion string              `json:"completion,required"`
	Model      Model               `json:"model,required"`
	StopReason string              `json:"stop_reason,required"`
	Type       constant.Completion `json:"type,required"`
}

// The properties MaxTokensToSample, Model, Prompt are required.
type CompletionNewParams struct {
	MaxTokensToSample int64              `json:"max_tokens_to_sample,required"`
	Model             Model              `json:"model,omitzero,required"`
	Prompt            string             `json:"prompt,required"`
	Temperature       param.Opt[float64] `json:"temperature,omitzero"`
	TopK              param.Opt[int64]   `json:"top_k,omitzero"`
	TopP              param.Opt[float64] `json:"top_p,omitzero"`
	Metadata          MetadataParam      `json:"metadata,omitzero"`
	StopSequences     []string           `json:"stop_sequences,omitzero"`
	paramObj
}

func (f CompletionNewParams) IsPresent() bool { return !param.IsOmitted(f) && !f.IsNull() }

type MetadataParam struct {
	UserID param.Opt[string] `json:"user_id,omitzero"`
	paramObj
}

func (f MetadataParam) IsPresent() bool { return !param.IsOmitted(f) && !f.IsNull() }

type AnthropicBeta = string

const (
	AnthropicBetaMessageBatches2024_09_24 AnthropicBeta = "message-batches-2024-09-24"
	AnthropicBetaPromptCaching2024_07_31  AnthropicBeta = "prompt-caching-2024-07-31"
	AnthropicBetaOutput128k2025_02_19     AnthropicBeta = "output-128k-2025-02-19"
)
