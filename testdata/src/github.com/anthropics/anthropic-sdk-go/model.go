package anthropic

// The model that will complete your prompt.
//
// In v1.84.0 Model is an alias of string and no Claude 2 or Claude 3 constant
// is left.
type Model = string

const (
	ModelClaudeHaiku5_5  Model = "claude-haiku-5-5"
	ModelClaudeSonnet5_5 Model = "claude-sonnet-5-5"
	ModelClaudeFable5_1  Model = "claude-fable-5-1"
	ModelClaudeOpus5_5   Model = "claude-opus-5-5"
	ModelClaudeMythos5_1 Model = "claude-mythos-5-1"
	ModelClaudeSonnet5   Model = "claude-sonnet-5"
	ModelClaudeFable5    Model = "claude-fable-5"
	ModelClaudeMythos5   Model = "claude-mythos-5"
	ModelClaudeOpus5     Model = "claude-opus-5"
	ModelClaudeOpus4_8   Model = "claude-opus-4-8"
	ModelClaudeOpus4_7   Model = "claude-opus-4-7"
	// Deprecated: Will reach end-of-life on June 30, 2026. Please migrate to
	// claude-mythos-5. Visit
	// https://docs.anthropic.com/en/docs/resources/model-deprecations for more
	// information.
	ModelClaudeMythosPreview     Model = "claude-mythos-preview"
	ModelClaudeOpus4_6           Model = "claude-opus-4-6"
	ModelClaudeSonnet4_6         Model = "claude-sonnet-4-6"
	ModelClaudeHaiku4_5          Model = "claude-haiku-4-5"
	ModelClaudeHaiku4_5_20251001 Model = "claude-haiku-4-5-20251001"
	ModelClaudeOpus4_5           Model = "claude-opus-4-5"
	ModelClaudeOpus4_5_20251101  Model = "claude-opus-4-5-20251101"
	// Deprecated: Will reach end-of-life on November 30, 2026. Please migrate to
	// claude-sonnet-5-5. Visit
	// https://docs.anthropic.com/en/docs/resources/model-deprecations for more
	// information.
	ModelClaudeSonnet4_5 Model = "claude-sonnet-4-5"
	// Deprecated: Will reach end-of-life on November 30, 2026. Please migrate to
	// claude-sonnet-5-5. Visit
	// https://docs.anthropic.com/en/docs/resources/model-deprecations for more
	// information.
	ModelClaudeSonnet4_5_20250929 Model = "claude-sonnet-4-5-20250929"
)
