package anthropic

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go/internal/param"
	"github.com/anthropics/anthropic-sdk-go/option"
	"github.com/anthropics/anthropic-sdk-go/packages/ssestream"
)

type CompletionService struct {
	Options []option.RequestOption
}

func NewCompletionService(opts ...option.RequestOption) (r *CompletionService) {
	r = &CompletionService{}
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
	ID         string         `json:"id,required"`
	Completion string         `json:"completion,required"`
	Model      Model          `json:"model,required"`
	StopReason string         `json:"stop_reason,required,nullable"`
	Type       CompletionType `json:"type,required"`
}

type CompletionType string

const (
	CompletionTypeCompletion CompletionType = "completion"
)

type CompletionNewParams struct {
	MaxTokensToSample param.Field[int64]         `json:"max_tokens_to_sample,required"`
	Model             param.Field[Model]         `json:"model,required"`
	Prompt            param.Field[string]        `json:"prompt,required"`
	Metadata          param.Field[MetadataParam] `json:"metadata"`
	StopSequences     param.Field[[]string]      `json:"stop_sequences"`
	Temperature       param.Field[float64]       `json:"temperature"`
	TopK              param.Field[int64]         `json:"top_k"`
	TopP              param.Field[float64]       `json:"top_p"`
}

type MetadataParam struct {
	UserID param.Field[string] `json:"user_id"`
}

type AnthropicBeta = string

const (
	AnthropicBetaMessageBatches2024_09_24 AnthropicBeta = "message-batches-2024-09-24"
	AnthropicBetaPromptCaching2024_07_31  AnthropicBeta = "prompt-caching-2024-07-31"
)
