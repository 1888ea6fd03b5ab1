package promptcheck

// Rules lists every rule completelint reports, in documentation order: by
// category in the order of Categories, then the rule that reports nothing but
// malformed suppression comments. It includes the rules the analyzer checks
// on Go source itself (legacy requests, models, body keys), so that one list
// documents them all. Adding a rule: a value here, its check, a test.
var Rules = []*Rule{
	RuleLegacyCall, RuleLegacyBody, RuleLegacyEndpoint, RuleLegacyLangchaingo, RuleLegacyWrapperCall,
	RuleNoPrompt, RuleEmptyPrompt, RuleNoTurns, RuleSingleNewlineMarker, RuleCRLFMarker,
	RuleHumanNotFirst, RuleAssistantNotLast,
	RuleBareHuman, RuleSpaceAfterAssistant, RulePrefillTrailingSpace,
	RuleRepeatedRole, RuleEmptyTurn, RuleWrappedTwice, RuleLookalikeLabel, RulePartialCheck,
	RuleMaxTokensMissing, RuleMaxTokensInvalid, RuleMaxTokensKey, RuleSamplingRange, RuleTopKInvalid, RuleUserIDTooLong,
	RuleTemperatureAndTopP, RuleHumanStopSequence, RulePersonalUserID,
	RuleRetiredModel,
	RuleDeprecatedModel,
	RuleMalformedIgnore,
}

var categorySummaries = map[Category]string{
	LegacyAPI: "a call that sends a Text Completions request",
	PromptFormat: "a prompt the API rejects: no turns, no Human or Assistant turn, turns out of order; " +
		"a role label after a single newline is text to the API, reported where it leaves the prompt " +
		"without the turn it was meant to start",
	PromptSanitized: "a prompt accepted only through the server's clean-up: `\"Human:\"` without the leading " +
		"`\"\\n\\n\"`, whitespace after the final `\"\\n\\nAssistant:\"`",
	PromptAdvice: "legal but almost certainly a mistake: turns that do not alternate, an empty Human turn, " +
		"`\"User:\"`/`\"AI:\"`-style labels, a prompt wrapped in turns twice",
	ParamRange: "`max_tokens_to_sample` missing or below 1, `temperature` or `top_p` outside 0..1, " +
		"`top_k` below 0, `metadata.user_id` too long",
	ParamAdvice: "both `temperature` and `top_p` set, `\"\\n\\nHuman:\"` in `stop_sequences`, " +
		"a `metadata.user_id` that looks personal",
	ModelRetired:    "a model that no longer answers, in any Anthropic call, followed to flag defaults, callers' constants and struct fields",
	ModelDeprecated: "a model with an announced retirement",
}

// legacy-api: reported by the analyzer wherever a request is built.
var (
	RuleLegacyCall = &Rule{
		ID: "legacy-api/call", Category: LegacyAPI, Severity: Warning, Fix: FixMessages,
		Summary: "a call that sends a Text Completions request: the official SDK, a community SDK, Bedrock `InvokeModel`",
		Doc: "The Text Completions API (`POST /v1/complete`) is legacy: new models and features reach only " +
			"the Messages API. Reported at every call of the official SDK's `CompletionService` " +
			"(`New`, `NewStreaming`, in every parameter style, and method values), of the community " +
			"SDKs' completion methods, and of Bedrock's `InvokeModel` with a legacy model or body.\n\n" +
			"The fix rewrites the call, its parameters and the uses of its response; when there is " +
			"none, the message says why.",
		Bad:  "resp, err := client.Completions.New(ctx, anthropic.CompletionNewParams{\n\tModel:             model,\n\tMaxTokensToSample: 1024,\n\tPrompt:            \"\\n\\nHuman: \" + q + \"\\n\\nAssistant:\",\n})",
		Good: "resp, err := client.Messages.New(ctx, anthropic.MessageNewParams{\n\tModel:     model,\n\tMaxTokens: 1024,\n\tMessages:  []anthropic.MessageParam{anthropic.NewUserMessage(anthropic.NewTextBlock(q))},\n})",
	}
	RuleLegacyBody = &Rule{
		ID: "legacy-api/body", Category: LegacyAPI, Severity: Warning, Fix: FixMessages,
		Summary: "a hand-written Text Completions request body: a struct tagged `max_tokens_to_sample` or a map with that key",
		Doc: "A body built by hand for `POST /v1/complete` (a struct with a field tagged " +
			"`json:\"max_tokens_to_sample\"`, or a `map[string]any` with that key) is reported where " +
			"its value is built, once per request: the URL and the call of net/http it is sent with " +
			"are related places of the finding. A map body whose prompt can be split into turns is " +
			"rewritten to the Messages body, together with its URL, as one fix.",
		Bad:  "body := map[string]any{\"model\": model, \"max_tokens_to_sample\": 1024, \"prompt\": \"\\n\\nHuman: \" + q + \"\\n\\nAssistant:\"}",
		Good: "body := map[string]any{\"model\": model, \"max_tokens\": 1024, \"messages\": []map[string]any{{\"role\": \"user\", \"content\": q}}}",
	}
	RuleLegacyEndpoint = &Rule{
		ID: "legacy-api/endpoint", Category: LegacyAPI, Severity: Warning,
		Summary: "a URL of the `/v1/complete` endpoint given to an HTTP request",
		Doc: "A URL ending in `/v1/complete` passed to `http.NewRequest*`, `http.Post` or a client's " +
			"`Post`, when the body sent with it is found nowhere (a body that is found carries the " +
			"finding, the URL is its related place). A request to another provider's `/complete` is " +
			"not reported.",
		Bad:  "req, err := http.NewRequestWithContext(ctx, \"POST\", \"https://api.anthropic.com/v1/complete\", body)",
		Good: "req, err := http.NewRequestWithContext(ctx, \"POST\", \"https://api.anthropic.com/v1/messages\", body)",
	}
	RuleLegacyLangchaingo = &Rule{
		ID: "legacy-api/langchaingo", Category: LegacyAPI, Severity: Warning,
		Summary: "langchaingo's Anthropic client in its legacy mode, `anthropic.WithLegacyTextCompletionsAPI()`",
		Doc: "The option makes langchaingo's Anthropic client send Text Completions requests. Drop it, " +
			"and pass messages instead of Human:/Assistant: prompts.",
		Bad:  "llm, err := anthropic.New(anthropic.WithModel(model), anthropic.WithLegacyTextCompletionsAPI())",
		Good: "llm, err := anthropic.New(anthropic.WithModel(model))",
	}
	RuleLegacyWrapperCall = &Rule{
		ID: "legacy-api/wrapper-call", Category: LegacyAPI, Severity: Warning,
		Summary: "a call of a function whose string parameter flows into a legacy prompt",
		Doc: "A function whose string parameter becomes (part of) a legacy prompt is a wrapper: the " +
			"argument its callers pass is checked inside the wrapper's prompt, and each call is a " +
			"related place of the request's one finding. A package reports its calls of a wrapper " +
			"itself, once, at the first call with the others related, only when the request's own " +
			"finding is not shown: the wrapper is in another module, or its finding is suppressed " +
			"(`//completelint:ignore legacy-api`) so that callers are reported instead. Across " +
			"packages this needs `-wrappers`.",
		Bad:  "answer, err := ask(ctx, \"Why is the sky blue?\") // ask calls CompletionService.New",
		Good: "answer, err := ask(ctx, \"Why is the sky blue?\") // ask calls MessageService.New",
	}
)

// prompt-format: what the API rejects (formatFindings; the missing prompt
// is the analyzer's).
var (
	RuleNoPrompt = &Rule{
		ID: "prompt-format/no-prompt", Category: PromptFormat, Severity: Error,
		Summary: "a request whose parameters are all known has no prompt",
		Doc:     "The API requires a prompt. Reported at a request built in full where it is sent, with no prompt field.",
		Bad:     "client.Completions.New(ctx, anthropic.CompletionNewParams{Model: model, MaxTokensToSample: 1024})",
		Good:    "client.Completions.New(ctx, anthropic.CompletionNewParams{Model: model, MaxTokensToSample: 1024, Prompt: prompt})",
	}
	RuleEmptyPrompt = &Rule{
		ID: "prompt-format/empty-prompt", Category: PromptFormat, Severity: Error,
		Summary: "the prompt is the empty string",
		Doc:     "The API requires at least one `\"\\n\\nHuman:\"` turn and a final `\"\\n\\nAssistant:\"` turn.",
		Bad:     `""`,
		Good:    `"\n\nHuman: Hello\n\nAssistant:"`,
	}
	RuleNoTurns = &Rule{
		ID: "prompt-format/no-turns", Category: PromptFormat, Severity: Error,
		Summary: "a prompt without any turn marker",
		Doc: "Text with no `\"\\n\\nHuman:\"` or `\"\\n\\nAssistant:\"` marker is rejected. A prompt made " +
			"only of values that cannot be known (holes) is not judged: they may hold the turns; " +
			"`metaPrompt + \"\\n\\n\" + content` is judged, and is the classic bug.",
		Bad:  `"Hello, world"`,
		Good: `"\n\nHuman: Hello, world\n\nAssistant:"`,
	}
	RuleSingleNewlineMarker = &Rule{
		ID: "prompt-format/single-newline-marker", Category: PromptFormat, Severity: Error, Fix: FixAddNewline,
		Summary: "a role label after a single newline, where the prompt needs it as a turn marker",
		Doc: "A turn marker is `\"\\n\\nHuman:\"` or `\"\\n\\nAssistant:\"`, with two newlines; after one " +
			"newline the label is text to the API. It is reported only where the prompt lacks the " +
			"turn the label was meant to start, and the rest of the prompt is judged as if the marker " +
			"were right, so that one mistake gives one finding. A chat log quoted inside a turn is " +
			"not reported.",
		Bad:  `"\n\nHuman: Hello\nAssistant:"`,
		Good: `"\n\nHuman: Hello\n\nAssistant:"`,
	}
	RuleCRLFMarker = &Rule{
		ID: "prompt-format/crlf-marker", Category: PromptFormat, Severity: Error,
		Summary: "a role label after `\"\\r\\n\"` line endings, where the prompt needs it as a turn marker",
		Doc: "The API's turn markers use `\"\\n\"`; a label after `\"\\r\\n\\r\\n\"` (a prompt read from a " +
			"file with Windows line endings) is text to it. Reported like the single-newline marker.",
		Bad:  `"\r\n\r\nHuman: Hello\r\n\r\nAssistant:"`,
		Good: `"\n\nHuman: Hello\n\nAssistant:"`,
	}
	RuleHumanNotFirst = &Rule{
		ID: "prompt-format/human-not-first", Category: PromptFormat, Severity: Error,
		Summary: "the first turn is not a Human turn",
		Doc: "The API's error reads \"prompt must start with \"\\n\\nHuman:\" turn after an optional " +
			"system prompt\": there is no Human turn, or an Assistant turn comes first. Not reported " +
			"when the system text holds a value that cannot be known, which may carry the first turns.",
		Bad:  `"Hello, world\n\nAssistant:"`,
		Good: `"\n\nHuman: Hello, world\n\nAssistant:"`,
	}
	RuleAssistantNotLast = &Rule{
		ID: "prompt-format/assistant-not-last", Category: PromptFormat, Severity: Error,
		Summary: "the last turn is not an Assistant turn",
		Doc: "The API's error reads \"prompt must end with \"\\n\\nAssistant:\" turn\". Reported at the " +
			"last marker when there is no Assistant turn, otherwise at the first Human turn after the " +
			"last Assistant turn.",
		Bad:  `"\n\nHuman: Hello, Claude"`,
		Good: `"\n\nHuman: Hello, Claude\n\nAssistant:"`,
	}
)

// prompt-sanitized: what the API accepts only after its clean-up.
var (
	RuleBareHuman = &Rule{
		ID: "prompt-sanitized/bare-human", Category: PromptSanitized, Severity: Warning, Fix: FixLeadingNewlines,
		Summary: "the prompt starts with `\"Human:\"` without the leading `\"\\n\\n\"`",
		Doc: "The API adds the newlines today, but documents its clean-up as not to be relied on. " +
			"The Messages rewrite does not need them.",
		Bad:  `"Human: Hello\n\nAssistant:"`,
		Good: `"\n\nHuman: Hello\n\nAssistant:"`,
	}
	RuleSpaceAfterAssistant = &Rule{
		ID: "prompt-sanitized/space-after-assistant", Category: PromptSanitized, Severity: Warning, Fix: FixTrimTrailing,
		Summary: "whitespace after the final `\"\\n\\nAssistant:\"`",
		Doc: "The API trims it today but may stop; the documentation lists `\"...\\n\\nAssistant: \"` " +
			"(one space) as sanitized. Whitespace that a value at the end might add is not judged.",
		Bad:  `"\n\nHuman: Hello\n\nAssistant: "`,
		Good: `"\n\nHuman: Hello\n\nAssistant:"`,
	}
	RulePrefillTrailingSpace = &Rule{
		ID: "prompt-sanitized/prefill-trailing-space", Category: PromptSanitized, Severity: Warning, Fix: FixTrimTrailing,
		Summary: "the text after the final `\"\\n\\nAssistant:\"` (the prefill) ends in whitespace",
		Doc:     "The API trims it today, and the Messages API rejects a final assistant message that ends in whitespace.",
		Bad:     `"\n\nHuman: List three colours.\n\nAssistant: 1. "`,
		Good:    `"\n\nHuman: List three colours.\n\nAssistant: 1."`,
	}
)

// prompt-advice: legal, but almost certainly a mistake.
var (
	RuleRepeatedRole = &Rule{
		ID: "prompt-advice/repeated-role", Category: PromptAdvice, Severity: Warning,
		Summary: "two turns of the same role in a row",
		Doc: "Turns should alternate. Two Human turns at the start usually mean system text sent as a " +
			"Human turn: put instructions before the first `\"\\n\\nHuman:\"`.",
		Bad:  `"\n\nHuman: Be terse.\n\nHuman: Hello\n\nAssistant:"`,
		Good: `"Be terse.\n\nHuman: Hello\n\nAssistant:"`,
	}
	RuleEmptyTurn = &Rule{
		ID: "prompt-advice/empty-turn", Category: PromptAdvice, Severity: Warning,
		Summary: "a Human turn with no text, or an empty Assistant turn before the end",
		Doc: "A turn whose text is known to be only whitespace. The final Assistant turn is meant to " +
			"be empty; a turn whose text holds a value that cannot be known is not judged.",
		Bad:  `"\n\nHuman:\n\nAssistant:"`,
		Good: `"\n\nHuman: Hello\n\nAssistant:"`,
	}
	RuleWrappedTwice = &Rule{
		ID: "prompt-advice/wrapped-twice", Category: PromptAdvice, Severity: Warning,
		Summary: "the prompt looks wrapped in turns twice: an empty turn followed by a turn of the same role",
		Doc: "As when an already wrapped prompt is wrapped again. Reported once per prompt, in place " +
			"of the empty-turn and repeated-role findings it explains.",
		Bad:  `"\n\nHuman: \n\nHuman: Hello\n\nAssistant:\n\nAssistant:"`,
		Good: `"\n\nHuman: Hello\n\nAssistant:"`,
	}
	RuleLookalikeLabel = &Rule{
		ID: "prompt-advice/lookalike-label", Category: PromptAdvice, Severity: Warning,
		Summary: "a label such as `\"User:\"`, `\"AI:\"` or `\"human:\"` where a turn marker was meant",
		Doc: "The API knows only `\"\\n\\nHuman:\"` and `\"\\n\\nAssistant:\"`. The role words misspelt are " +
			"reported after any newline; other labels only at the start of the prompt or after a " +
			"blank line, so that few-shot transcripts (\"Q: ...\\nA: ...\") inside a turn are not.",
		Bad:  `"\n\nUser: Hello\n\nAssistant:"`,
		Good: `"\n\nHuman: Hello\n\nAssistant:"`,
	}
	// RulePartialCheck is the analyzer's: a prompt too large to read whole.
	RulePartialCheck = &Rule{
		ID: "prompt-advice/partial-check", Category: PromptAdvice, Severity: Warning,
		Summary: "a prompt larger than 1 MiB, checked in full up to there and by its turn markers after",
		Doc: "Past its first MiB, a prompt's lines are read only at their ends, so every turn marker is " +
			"checked but not the text between them; the finding says the check was partial.",
		Bad:  "Prompt: hugeConstant, // a 3 MB constant with turns",
		Good: "Prompt: \"\\n\\nHuman: \" + summary + \"\\n\\nAssistant:\",",
	}
)

// param-range: parameter values the API rejects (CheckParams; the body keys
// are the analyzer's).
var (
	RuleMaxTokensMissing = &Rule{
		ID: "param-range/max-tokens-missing", Category: ParamRange, Severity: Error,
		Summary: "a request whose parameters are all known has no `max_tokens_to_sample`",
		Doc:     "The parameter is required. Reported at the request, when every parameter it sets is visible.",
		Bad:     "client.Completions.New(ctx, anthropic.CompletionNewParams{Model: model, Prompt: prompt})",
		Good:    "client.Completions.New(ctx, anthropic.CompletionNewParams{Model: model, Prompt: prompt, MaxTokensToSample: 1024})",
	}
	RuleMaxTokensInvalid = &Rule{
		ID: "param-range/max-tokens-invalid", Category: ParamRange, Severity: Error,
		Summary: "a constant `max_tokens_to_sample` below 1 or not an integer",
		Doc:     "The API rejects it.",
		Bad:     "MaxTokensToSample: 0,",
		Good:    "MaxTokensToSample: 1024,",
	}
	RuleMaxTokensKey = &Rule{
		ID: "param-range/max-tokens-key", Category: ParamRange, Severity: Error,
		Summary: "a body key `\"max_tokens\"` or `\"maxTokensToSample\"` where the endpoint requires `\"max_tokens_to_sample\"`",
		Doc: "`\"max_tokens\"` is the Messages API's limit and `\"maxTokensToSample\"` no API key; the Text " +
			"Completions endpoint ignores both and rejects the request for want of `\"max_tokens_to_sample\"`. " +
			"The value is read as the limit that was meant, so it is not reported again as missing.",
		Bad:  "body := map[string]any{\"model\": model, \"prompt\": prompt, \"max_tokens\": 1024}",
		Good: "body := map[string]any{\"model\": model, \"prompt\": prompt, \"max_tokens_to_sample\": 1024}",
	}
	RuleSamplingRange = &Rule{
		ID: "param-range/sampling-range", Category: ParamRange, Severity: Error,
		Summary: "a constant `temperature` or `top_p` outside 0..1",
		Doc:     "The API rejects values outside the range.",
		Bad:     "Temperature: anthropic.Float(1.5),",
		Good:    "Temperature: anthropic.Float(0.7),",
	}
	RuleTopKInvalid = &Rule{
		ID: "param-range/top-k-invalid", Category: ParamRange, Severity: Error,
		Summary: "a constant `top_k` below 0 or not an integer",
		Doc:     "The API rejects it.",
		Bad:     "TopK: anthropic.Int(-1),",
		Good:    "TopK: anthropic.Int(40),",
	}
	RuleUserIDTooLong = &Rule{
		ID: "param-range/user-id-too-long", Category: ParamRange, Severity: Error,
		Summary: "a constant `metadata.user_id` over 256 characters",
		Doc:     "The API allows at most 256 characters.",
		Bad:     "Metadata: anthropic.MetadataParam{UserID: anthropic.String(sessionDump)}, // a 300-character constant",
		Good:    "Metadata: anthropic.MetadataParam{UserID: anthropic.String(userHash)},",
	}
)

// param-advice: parameters the API accepts that are almost certainly
// mistakes.
var (
	RuleTemperatureAndTopP = &Rule{
		ID: "param-advice/temperature-and-top-p", Category: ParamAdvice, Severity: Warning,
		Summary: "both `temperature` and `top_p` set",
		Doc: "Anthropic advises altering only one of them, and current models reject both in a " +
			"Messages request.",
		Bad:  "Temperature: anthropic.Float(0.7),\nTopP:        anthropic.Float(0.9),",
		Good: "Temperature: anthropic.Float(0.7),",
	}
	RuleHumanStopSequence = &Rule{
		ID: "param-advice/human-stop-sequence", Category: ParamAdvice, Severity: Warning,
		Summary: "`\"\\n\\nHuman:\"` in `stop_sequences`",
		Doc:     "Redundant: the model always stops there. The Messages rewrite drops it.",
		Bad:     "StopSequences: []string{\"\\n\\nHuman:\", \"END\"},",
		Good:    "StopSequences: []string{\"END\"},",
	}
	RulePersonalUserID = &Rule{
		ID: "param-advice/personal-user-id", Category: ParamAdvice, Severity: Warning,
		Summary: "a constant `metadata.user_id` that looks like an email address or a phone number",
		Doc:     "The API wants an opaque id (a uuid or a hash), never a name, email address or phone number.",
		Bad:     "Metadata: anthropic.MetadataParam{UserID: anthropic.String(\"jane.doe@example.com\")},",
		Good:    "Metadata: anthropic.MetadataParam{UserID: anthropic.String(userHash)},",
	}
)

// model-retired and model-deprecated: the analyzer's, from the model
// lifecycle table (internal/models).
var (
	RuleRetiredModel = &Rule{
		ID: "model-retired/retired-model", Category: ModelRetired, Severity: Error, Fix: FixModel,
		Summary: "a model that no longer answers, in any Anthropic call",
		Doc: "Messages calls included. A model that is not a constant at the call is followed to a " +
			"flag's default, a `StringVar`, `cmp.Or`, the constants a function's callers pass or " +
			"those the package writes to a struct field it reads (a client's `Model`), and reported there. `-today` sets the date the lifecycle is judged at; `-model-map` the " +
			"model to suggest.",
		Bad:  "Model: \"claude-2.1\",",
		Good: "Model: \"claude-opus-4-8\",",
	}
	RuleDeprecatedModel = &Rule{
		ID: "model-deprecated/deprecated-model", Category: ModelDeprecated, Severity: Warning, Fix: FixModel,
		Summary: "a model with an announced retirement",
		Doc:     "Found the same way as retired models; the message gives the retirement date when it is announced.",
		Bad:     "Model: \"claude-mythos-preview\",",
		Good:    "Model: \"claude-mythos-5\",",
	}
)

// RuleMalformedIgnore has no category of its own: its findings carry the
// first category the comment names when that is valid, and none otherwise.
var RuleMalformedIgnore = &Rule{
	ID: "suppression/malformed", Severity: Warning,
	Summary: "a `//completelint:ignore` comment without a valid category or a reason",
	Doc: "Such a comment suppresses nothing. Its form is `//completelint:ignore <category>[,<category>] <reason>`; " +
		"the reason is required.",
	Bad:  "//completelint:ignore legacy-api",
	Good: "//completelint:ignore legacy-api migration tracked in JIRA-123",
}
