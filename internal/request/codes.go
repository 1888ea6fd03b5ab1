package request

// The reasons a request gets no rewrite, by code: stable values that
// reports group by, with the message each renders to. Arguments that are
// places (Place) print as file.go:12.
const (
	PrefillRejected              Code = "prefill-rejected"
	SamplingTogetherRejected     Code = "sampling-together-rejected"
	SamplingRejected             Code = "sampling-rejected"
	ModelRetired                 Code = "model-retired"
	ModelNotKnown                Code = "model-not-known"
	StopSequenceBlank            Code = "stop-sequence-blank"
	SystemMayBeEmpty             Code = "system-may-be-empty"
	MessageMayBeEmpty            Code = "message-may-be-empty"
	PrefillTrailingSpace         Code = "prefill-trailing-space"
	NoMessages                   Code = "no-messages"
	FirstNotUser                 Code = "first-not-user"
	ParamOutOfRange              Code = "param-out-of-range"
	NoModelAccepts               Code = "no-model-accepts"
	NotACallWithLiteral          Code = "not-a-call-with-literal"
	BodyNotMapWithType           Code = "body-not-map-with-type"
	MethodValueEscapes           Code = "method-value-escapes"
	PromptNotInLiteral           Code = "prompt-not-in-literal"
	BodyNotMapLiteral            Code = "body-not-map-literal"
	BodyStruct                   Code = "body-struct"
	BodySetsNoPrompt             Code = "body-sets-no-prompt"
	SeveralURLs                  Code = "several-urls"
	EndpointBodyUnknown          Code = "endpoint-body-unknown"
	LangchaingoOption            Code = "langchaingo-option"
	WrapperCaller                Code = "wrapper-caller"
	PromptAcrossStatements       Code = "prompt-across-statements"
	BodyUnkeyed                  Code = "body-unkeyed"
	BodyKeyNotConstant           Code = "body-key-not-constant"
	BodyKeyNoCounterpart         Code = "body-key-no-counterpart"
	BodyNoPrompt                 Code = "body-no-prompt"
	BodyKeyOutside               Code = "body-key-outside"
	EndpointElsewhere            Code = "endpoint-elsewhere"
	EndpointNotLiteral           Code = "endpoint-not-literal"
	EndpointNotPlain             Code = "endpoint-not-plain"
	EndpointSpelledElsewhere     Code = "endpoint-spelled-elsewhere"
	ResponseCompletionAssigned   Code = "response-completion-assigned"
	ResponseCompletionUnfollowed Code = "response-completion-unfollowed"
	ResponseStructField          Code = "response-struct-field"
	ResponseCompletionUsed       Code = "response-completion-used"
	ResponseReturned             Code = "response-returned"
	ResponseHandedOn             Code = "response-handed-on"
	PromptIndexedVerb            Code = "prompt-indexed-verb"
	PromptVariableAlsoUsed       Code = "prompt-variable-also-used"
	PromptVariableUsed           Code = "prompt-variable-used"
	PromptPartCallReordered      Code = "prompt-part-call-reordered"
	PromptPartChanges            Code = "prompt-part-changes"
	CallNotMethod                Code = "call-not-method"
	ReceiverNotCompletions       Code = "receiver-not-completions"
	ClientNoMessages             Code = "client-no-messages"
	ParamsIndirect               Code = "params-indirect"
	ParamsNotDeclared            Code = "params-not-declared"
	ParamsUsed                   Code = "params-used"
	RequestOutsidePackage        Code = "request-outside-package"
	RequestOutsideFunction       Code = "request-outside-function"
	NoRequest                    Code = "no-request"
	CgoTranslation               Code = "cgo-translation"
	PromptNoTurns                Code = "prompt-no-turns"
	PromptNoFirstHuman           Code = "prompt-no-first-human"
	PromptNoFinalAssistant       Code = "prompt-no-final-assistant"
	ParamsTypeUnnamed            Code = "params-type-unnamed"
	ParamOutsideLiteral          Code = "param-outside-literal"
	ParamsUnkeyed                Code = "params-unkeyed"
	ParamsNoPrompt               Code = "params-no-prompt"
	ParamNoCounterpart           Code = "param-no-counterpart"
	SystemOnlyHoles              Code = "system-only-holes"
	TwoFinalAssistantTurns       Code = "two-final-assistant-turns"
	EmptyTurn                    Code = "empty-turn"
	PrefillMayBeEmpty            Code = "prefill-may-be-empty"
	ResultUsed                   Code = "result-used"
	ResultStored                 Code = "result-stored"
	ResultStoredTyped            Code = "result-stored-typed"
	ResultEscapes                Code = "result-escapes"
	ResultReturned               Code = "result-returned"
	ResultFieldWritten           Code = "result-field-written"
	ResultFieldUsed              Code = "result-field-used"
	ResultCompletionUsed         Code = "result-completion-used"
	ResultStopReasonUsed         Code = "result-stop-reason-used"
	ResultStopReasonCompared     Code = "result-stop-reason-compared"
	SdkParamsType                Code = "sdk-params-type"
	FileNoImport                 Code = "file-no-import"
	SdkShape                     Code = "sdk-shape"
	ImportNameTaken              Code = "import-name-taken"
	RewriteFailed                Code = "rewrite-failed"
	PromptTooLarge               Code = "prompt-too-large"
	PromptBuiltByStatement       Code = "prompt-built-by-statement"
	StreamUsed                   Code = "stream-used"
	StreamMethodUsed             Code = "stream-method-used"
	StreamEventUsed              Code = "stream-event-used"
	StreamEventVarUsed           Code = "stream-event-var-used"
	StreamedTextUsed             Code = "streamed-text-used"
	ModelUnknown                 Code = "model-unknown"
	ModelOriginRejects           Code = "model-origin-rejects"
	PrefillModelUnknown          Code = "prefill-model-unknown"
	PromptBuiltElsewhere         Code = "prompt-built-elsewhere"
	PromptUnevaluated            Code = "prompt-unevaluated"
	PromptSprintfNoFormat        Code = "prompt-sprintf-no-format"
	PromptFormatNotConstant      Code = "prompt-format-not-constant"
	PromptSprintfSpread          Code = "prompt-sprintf-spread"
	CommunityNoMessages          Code = "community-no-messages"
	CommunityFieldNoCounterpart  Code = "community-field-no-counterpart"
	CommunityOptionNoCounterpart Code = "community-option-no-counterpart"
	LibraryRefusesModel          Code = "library-refuses-model"
	LibraryRefusesModelOrigin    Code = "library-refuses-model-origin"
	ModelFromConstructor         Code = "model-from-constructor"
	CallbackNotLiteral           Code = "callback-not-literal"
	CallbackEventUsed            Code = "callback-event-used"
	BodyBedrockElsewhere         Code = "body-bedrock-elsewhere"
	LibraryVersionLegacy         Code = "library-version-legacy"
	StructStreamUnknown          Code = "struct-stream-unknown"
	StructPromptTwice            Code = "struct-prompt-twice"
	StructSharedWithRequest      Code = "struct-shared-with-request"
	StructNameTaken              Code = "struct-name-taken"
	StructTypeOtherPackage       Code = "struct-type-other-package"
	StructDeclElsewhere          Code = "struct-decl-elsewhere"
	StructTypeNotPlain           Code = "struct-type-not-plain"
	StructExported               Code = "struct-exported"
	StructEmbedded               Code = "struct-embedded"
	StructFieldShared            Code = "struct-field-shared"
	StructBuiltElsewhere         Code = "struct-built-elsewhere"
	StructFieldUsed              Code = "struct-field-used"
	StructFieldElsewhere         Code = "struct-field-elsewhere"
	StructUsedElsewhere          Code = "struct-used-elsewhere"
	StructResponseBuilt          Code = "struct-response-built"
	StructAnonymousUsed          Code = "struct-anonymous-used"
	ResponseFieldNoCounterpart   Code = "response-field-no-counterpart"
	BodyNoModel                  Code = "body-no-model"
	HelperNameTaken              Code = "helper-name-taken"
	ResultPassedExported         Code = "result-passed-exported"
	ResultPassedElsewhere        Code = "result-passed-elsewhere"
	ResultPassedShared           Code = "result-passed-shared"
	StreamStopReasonOutsideLoop  Code = "stream-stop-reason-outside-loop"
	StreamStopReasonShape        Code = "stream-stop-reason-shape"
	PromptNamesTaken             Code = "prompt-names-taken"
	StreamChunksUnread           Code = "stream-chunks-unread"
	ResponseStopField            Code = "response-stop-field"
	StreamEventCatchAll          Code = "stream-event-catch-all"
	StructEmbeddedField          Code = "struct-embedded-field"
)

var reasonFormats = map[Code]string{
	PrefillRejected:              "%s rejects a prefill (a final assistant message)",
	SamplingTogetherRejected:     "%s rejects temperature and top_p together",
	SamplingRejected:             "%s rejects %s",
	ModelRetired:                 "%s is retired",
	ModelNotKnown:                "%s is not a Messages API model completelint knows",
	StopSequenceBlank:            "stop sequence %d has no non-whitespace character, which the Messages API rejects",
	SystemMayBeEmpty:             "the system text may be empty, which the Messages API rejects",
	MessageMayBeEmpty:            "message %d may be empty, which the Messages API rejects",
	PrefillTrailingSpace:         "the prefill may end in whitespace, which the Messages API rejects",
	NoMessages:                   "the request has no message",
	FirstNotUser:                 "the first message is not a user message",
	ParamOutOfRange:              "%s is out of the range the API accepts",
	NoModelAccepts:               "no current model accepts %s",
	NotACallWithLiteral:          "request is not a call with a literal of its parameters",
	BodyNotMapWithType:           "the body is not a map literal with its type",
	MethodValueEscapes:           "the method value is called elsewhere",
	PromptNotInLiteral:           "the prompt is not set in the request literal",
	BodyNotMapLiteral:            "the body is not a map literal in this function",
	BodyStruct:                   "the body is a struct; change its fields and the response type by hand",
	BodySetsNoPrompt:             "the body sets no prompt",
	SeveralURLs:                  "the function sends to several legacy URLs",
	EndpointBodyUnknown:          "the request's body is not found: move it and the URL to the Messages API by hand",
	LangchaingoOption:            "drop the option and pass messages",
	WrapperCaller:                "migrate the wrapper %s",
	PromptAcrossStatements:       "prompt is built across statements at %s",
	BodyUnkeyed:                  "the body literal has elements without keys",
	BodyKeyNotConstant:           "body key %s is not a constant",
	BodyKeyNoCounterpart:         "body key %q has no mechanical Messages counterpart",
	BodyNoPrompt:                 "the body literal sets no prompt",
	BodyKeyOutside:               "body key %q is set outside the literal at %s",
	EndpointElsewhere:            "the request's /v1/complete URL is not in the function that builds the body",
	EndpointNotLiteral:           "the endpoint URL does not end in a literal /complete",
	EndpointNotPlain:             "the endpoint's \"complete\" is not plain literal text",
	EndpointSpelledElsewhere:     "the endpoint URL is spelled outside this function at %s",
	ResponseCompletionAssigned:   "the body's response key \"completion\" is assigned at %s",
	ResponseCompletionUnfollowed: "the response's \"completion\" is read at %s from %s, which the rewrite cannot follow",
	ResponseStructField:          "the response field %s (json:%q) is read at %s; change the response type to read content[0].text by hand",
	ResponseCompletionUsed:       "the response's \"completion\" is used at %s in a way the rewrite does not know",
	ResponseReturned:             "the function returns %s: its caller's reads of the response need manual work",
	ResponseHandedOn:             "%s is passed to %s at %s, whose reads of the response need manual work",
	PromptIndexedVerb:            "prompt uses Sprintf verb %s with explicit argument indexes or star widths",
	PromptVariableAlsoUsed:       "prompt variable %s is also used at %s",
	PromptVariableUsed:           "prompt variable %s is used at %s",
	PromptPartCallReordered:      "prompt part %s at %s is a call that moving the prompt to the request would reorder",
	PromptPartChanges:            "prompt part %s at %s may change before the call",
	CallNotMethod:                "call is not a method call",
	ReceiverNotCompletions:       "receiver %s is not a client's Completions field",
	ClientNoMessages:             "%s has no Messages service",
	ParamsIndirect:               "request parameters reach the call through %s",
	ParamsNotDeclared:            "request parameters %s are not declared with := from the literal",
	ParamsUsed:                   "request parameters %s used at %s",
	RequestOutsidePackage:        "the request is not in a file of the package",
	RequestOutsideFunction:       "the request is not inside a function",
	NoRequest:                    "no request to rewrite",
	CgoTranslation:               "the file imports \"C\": the analysis sees cgo's translation of it, which a fix cannot edit",
	PromptNoTurns:                "prompt has no Human/Assistant turns",
	PromptNoFirstHuman:           "prompt does not start with a Human turn",
	PromptNoFinalAssistant:       "prompt does not end with an Assistant turn",
	ParamsTypeUnnamed:            "request literal does not name CompletionNewParams",
	ParamOutsideLiteral:          "parameter %s is set outside the literal at %s",
	ParamsUnkeyed:                "request literal has fields without names",
	ParamsNoPrompt:               "request literal sets no Prompt",
	ParamNoCounterpart:           "parameter %s has no counterpart of the same type in MessageNewParams",
	SystemOnlyHoles:              "the text before the first \"\\n\\nHuman:\" is %s, which may hold earlier turns; the legacy API read turns in it",
	TwoFinalAssistantTurns:       "the prompt ends with two Assistant turns (at %s): the Messages API would continue the earlier one instead of writing a new turn",
	EmptyTurn:                    "%s turn %d at %s is empty, which the Messages API rejects, and dropping it would change the conversation",
	PrefillMayBeEmpty:            "the prefill %s may be empty, which the Messages API rejects",
	ResultUsed:                   "result used at %s",
	ResultStored:                 "result stored in %s at %s",
	ResultStoredTyped:            "result stored in a typed variable at %s",
	ResultEscapes:                "result escapes to %s at %s",
	ResultReturned:               "result is returned at %s",
	ResultFieldWritten:           "result field %s written at %s",
	ResultFieldUsed:              "result field %s used at %s",
	ResultCompletionUsed:         "result field Completion used at %s",
	ResultStopReasonUsed:         "result field StopReason used at %s",
	ResultStopReasonCompared:     "result field StopReason compared with %s at %s",
	SdkParamsType:                "request literal is not of the SDK's CompletionNewParams type",
	FileNoImport:                 "file does not import %s",
	SdkShape:                     "%s",
	ImportNameTaken:              "the name %s is taken in this file, needed for the %s package",
	RewriteFailed:                "the rewrite failed on this code (%v); please report it",
	PromptTooLarge:               "prompt is too large to rewrite",
	PromptBuiltByStatement:       "prompt is built by %s at %s",
	StreamUsed:                   "stream used at %s",
	StreamMethodUsed:             "stream method %s used at %s",
	StreamEventUsed:              "stream event used at %s",
	StreamEventVarUsed:           "stream event %s used at %s",
	StreamedTextUsed:             "streamed text used at %s",
	ModelUnknown:                 "model %q is not in completelint's tables (read %s): map it with -model-map",
	ModelOriginRejects:           "the model comes from %s, and %v",
	PrefillModelUnknown:          "the prompt prefills the answer and the model comes from %s: models from Claude 4.6 on reject a prefill",
	PromptBuiltElsewhere:         "prompt is built in another function",
	PromptUnevaluated:            "prompt cannot be evaluated statically (%s)",
	PromptSprintfNoFormat:        "prompt is fmt.Sprintf without a format",
	PromptFormatNotConstant:      "prompt is not a constant format: fmt.Sprintf(%s, ...)",
	PromptSprintfSpread:          "prompt is fmt.Sprintf with arguments spread from a slice",
	CommunityNoMessages:          "%s at the version this package imports has no %s to send a Messages request with: upgrade it",
	CommunityFieldNoCounterpart:  "field %s has no counterpart of the same type in %s",
	CommunityOptionNoCounterpart: "option %s has no counterpart for %s",
	LibraryRefusesModel:          "%s refuses, before sending, every model its %s does not list (%s), and the rewrite's model %s is not one of them",
	LibraryRefusesModelOrigin:    "%s sends only the models its %s lists, and the model comes from %s",
	ModelFromConstructor:         "the model is the default of %s: pass the model as an option",
	CallbackNotLiteral:           "the %s callback is not a function literal in the request",
	CallbackEventUsed:            "the %s callback's event %s is used at %s for more than its text",
	BodyBedrockElsewhere:         "the body goes to a Bedrock InvokeModel call that is not in view: migrate the body and the call's model id together",
	LibraryVersionLegacy:         "%s %s sends only Text Completions requests: upgrade it to %s or later, which sends Messages requests",
	StructStreamUnknown:          "the body's stream field is %s, not a constant",
	StructPromptTwice:            "the prompt is set twice, again at %s",
	StructSharedWithRequest:      "the legacy request at %s shares the body's functions and response types: migrate them together by hand",
	StructNameTaken:              "%s, which the rewrite needs, is taken",
	StructTypeOtherPackage:       "the body type %s is declared in another package",
	StructDeclElsewhere:          "type %s is declared in another file (%s), and a fix may only edit the file of its diagnostic",
	StructTypeNotPlain:           "type %s is not declared as a struct",
	StructExported:               "type %s is exported from package %s: code in other packages may build or read it",
	StructEmbedded:               "type %s embeds %s",
	StructEmbeddedField:          "type %s embeds %s, whose field %s (json:%q) %s",
	StructFieldShared:            "field %s shares its declaration at %s",
	StructBuiltElsewhere:         "%s is also built at %s: rewriting the type would change that request too",
	StructFieldUsed:              "field %s is also used at %s",
	StructFieldElsewhere:         "field %s is used in another file (%s), and a fix may only edit the file of its diagnostic",
	StructUsedElsewhere:          "the response type %s is used in another file (%s), and a fix may only edit the file of its diagnostic",
	StructResponseBuilt:          "the response type %s is built at %s",
	StructAnonymousUsed:          "the value of the anonymous struct type declared at %s is used at %s other than through its fields or by encoding/json: give the type a name",
	ResponseFieldNoCounterpart:   "the response field %s (json:%q) read at %s has no Messages counterpart",
	BodyNoModel:                  "the body sets no model, which the Messages API requires",
	HelperNameTaken:              "the name %s, which the rewrite's helper needs, is taken at %s",
	ResultPassedExported:         "result passed to %s at %s, which other packages may call with a legacy result",
	ResultPassedElsewhere:        "result passed to %s at %s, which is not declared in this file with a parameter of its own",
	ResultPassedShared:           "result passed to %s at %s, which has other callers",
	StreamStopReasonOutsideLoop:  "stream event's stop reason read at %s outside the stream's loop",
	StreamStopReasonShape:        "stream event's stop reason read at %s: this SDK version carries it in a message_delta event of its own type",
	PromptNamesTaken:             "the names for the messages built where the prompt is, at %s, are all taken",
	ResponseStopField:            "the response field %s (json:\"stop\") read at %s becomes stop_sequence, but %s",
	StreamEventCatchAll:          "the stream's events are told apart by name at %s, and the %s at %s runs for the events not named: the Messages stream sends events the legacy one did not (message_start, content_block_start, content_block_stop, message_stop)",
	StreamChunksUnread:           "the stream's chunks are not read through their \"completion\": the Messages API streams events of other shapes (the text is in content_block_delta events)",
}
