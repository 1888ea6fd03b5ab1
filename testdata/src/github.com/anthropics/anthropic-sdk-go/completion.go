package anthropic

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go/option"
	"github.com/anthropics/anthropic-sdk-go/packages/param"
	"github.com/anthropics/anthropic-sdk-go/packages/ssestream"
	"github.com/anthropics/anthropic-sdk-go/shared/constant"
)

// CompletionService contains methods and other services that help with
// interacting with the anthropic API.
type CompletionService struct {
	Options []option.RequestOption
}

func NewCompletionService(opts ...option.RequestOption) (r CompletionService) {
	r = CompletionService{}
	r.Options = opts
	return
}

// [Legacy] Create a Text Completion.
//
// Deprecated: Use the
// [Messages API](https://platform.claude.com/docs/en/api/messages/create) instead.
func (r *CompletionService) New(ctx context.Context, params CompletionNewParams, opts ...option.RequestOption) (res *Completion, err error) {
	return nil, nil
}

// [Legacy] Create a Text Completion.
//
// Deprecated: Use the
// [Messages API](https://platform.claude.com/docs/en/api/messages/create) instead.
func (r *CompletionService) NewStreaming(ctx context.Context, params CompletionNewParams, opts ...option.RequestOption) (stream *ssestream.Stream[Completion]) {
	return ssestream.NewStream[Completion](nil, nil)
}

type Completion struct {
	ID         string              `json:"id" api:"required"`
	Completion string              `json:"completion" api:"required"`
	Model      Model               `json:"model" api:"required"`
	StopReason string              `json:"stop_reason" api:"required"`
	Type       constant.Completion `json:"type" default:"completion"`
}

type CompletionNewParams struct {
	MaxTokensToSample int64              `json:"max_tokens_to_sample" api:"required"`
	Model             Model              `json:"model,omitzero" api:"required"`
	Prompt            string             `json:"prompt" api:"required"`
	Temperature       param.Opt[float64] `json:"temperature,omitzero"`
	TopK              param.Opt[int64]   `json:"top_k,omitzero"`
	TopP              param.Opt[float64] `json:"top_p,omitzero"`
	WorkspaceID       param.Opt[string]  `header:"anthropic-workspace-id,omitzero" json:"-"`
	Metadata          MetadataParam      `json:"metadata,omitzero"`
	StopSequences     []string           `json:"stop_sequences,omitzero"`
	Betas             []AnthropicBeta    `header:"anthropic-beta,omitzero" json:"-"`
	paramObj
}

type MetadataParam struct {
	UserID param.Opt[string] `json:"user_id,omitzero"`
	paramObj
}

type AnthropicBeta = string

const (
	AnthropicBetaMessageBatches2024_09_24 AnthropicBeta = "message-batches-2024-09-24"
	AnthropicBetaPromptCaching2024_07_31  AnthropicBeta = "prompt-caching-2024-07-31"
	AnthropicBetaOutput128k2025_02_19     AnthropicBeta = "output-128k-2025-02-19"
)
