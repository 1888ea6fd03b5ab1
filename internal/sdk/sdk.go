// Package sdk is the table of client libraries that reach the legacy Text
// Completions endpoint: how each spells a request, sends it, and what it
// offers instead.
package sdk

import (
	"go/types"
	"slices"
)

// Kind classifies how a request reaches the endpoint; reports group by it.
type Kind string

// Kinds of libraries.
const (
	Official  Kind = "official SDK"
	Community Kind = "community SDK"
	HTTP      Kind = "hand-written HTTP"
	Bedrock   Kind = "Bedrock"
	Wrapper   Kind = "wrapper"
)

// A Library is one entry of the table.
type Library struct {
	Name string // human name, used in messages
	Kind Kind
	// Path is the import path of the package that declares the entry points
	// and the request type.
	Path string
	// Entries are the functions or methods that send a legacy request.
	Entries []Entry
	// Request is the name of the request struct type in Path.
	Request string
	// Fields maps the request type's Go field names to API parameter names
	// ("MaxTokensToSample" -> "max_tokens_to_sample"; "Metadata.UserID" ->
	// "metadata.user_id").
	Fields map[string]string
	// Wrappers are functions that only wrap a value for a field, as
	// "importpath.Name" (anthropic.F, anthropic.Float, param.NewOpt, ...).
	Wrappers []string
	// Messages is the Messages API entry the rewrite targets, by entry name.
	Messages map[string]string
	// RequestPath is the import path that declares the request type, the
	// constructors and the options when it is not Path.
	RequestPath string
	// Constructors build a request from positional arguments and options,
	// as in NewCompletionRequest(prompt, WithModel(m)).
	Constructors []Constructor
	// Options maps option functions and setter methods in RequestPath to
	// the API parameter they set ("WithModel" -> "model",
	// "SetTemperature" -> "temperature").
	Options map[string]string
	// ModelOnly marks a library whose entries send Messages API requests:
	// not legacy, but their model is judged like a legacy request's, so
	// that migrated code stays checked.
	ModelOnly bool
	// Invoke marks a library whose entries send a marshalled JSON body
	// (Bedrock's InvokeModel): the request is that body, read where it is
	// marshalled, and the call is legacy only when its model or body is.
	Invoke bool
	// Module, Since and Below limit the row to some versions of the module
	// Module that provides Path: from Since (when set) to below Below. The
	// library sent legacy requests from Entries in those versions only; from
	// Below on it sends Messages requests, so upgrading is the fix. The
	// version is known from where the package's files are (internal/modver);
	// a package of unknown version is not matched.
	Module, Since, Below string
	// Clients are the functions of Path that build a client whose methods
	// are Entries (langchaingo's New): a client that is used other than by
	// calling those methods (given to a chain as an llms.Model) sends its
	// requests out of sight, and is reported where it is built.
	Clients []string
	// BodyOptions are the functions, as "importpath.Name", whose options
	// replace or change the request body at run time
	// (option.WithRequestBody, option.WithJSONSet): a request sent with one
	// is not known whole from its parameters.
	BodyOptions []string
	// Rewrite is how a request of the library becomes a Messages request.
	Rewrite Rewrite
	// MessagesAPI is how the library spells its own Messages API, which the
	// community rewrite (RewriteCommunity) moves its legacy calls to.
	MessagesAPI *MessagesAPI
}

// Rewrite says how a library's legacy requests are rewritten.
type Rewrite uint8

const (
	// NoRewrite means the library has no automatic rewrite.
	NoRewrite Rewrite = iota
	// RewriteCall moves the call to the SDK's Messages service
	// (rewrite.Official).
	RewriteCall
	// RewriteBody turns the JSON body into a Messages body (rewrite.BodyFix).
	RewriteBody
	// RewriteCommunity moves the call to the library's own Messages API,
	// as its MessagesAPI spells it (rewrite.Community).
	RewriteCommunity
)

// A MessagesAPI is a community library's Messages API, as far as a rewrite
// of its legacy calls needs it. Names are of RequestPkg() unless said
// otherwise; the rewrite checks each against the types of the version the
// package imports, and gives no fix where one is missing.
type MessagesAPI struct {
	// Entries maps each legacy entry, by name, to the method of the same
	// receiver that sends its Messages request.
	Entries map[string]MessagesEntry
	// Request is the Messages request type. StreamRequest, when set, is the
	// request type of the streaming entries: it embeds Request, as the
	// legacy stream request embeds the legacy request (LegacyEmbedded).
	Request, StreamRequest, LegacyEmbedded string
	// Fields maps Messages API parameters to Request's Go fields
	// ("max_tokens" -> "MaxTokens", "system" -> "SystemPrompt").
	Fields map[string]string
	// Constructor builds a Request from its messages and options
	// (NewMessageRequest(messages, WithModel[MessageRequest](m))); Options
	// maps Messages API parameters to the option functions that set them.
	Constructor string
	Options     map[string]string
	// A user or assistant message is UserMessage(text) or
	// AssistantMessage(text) when those are set; otherwise a literal of
	// Message with MessageRole "user" or "assistant" and MessageContent the
	// text, or a list of TextBlock(text), as its type says.
	UserMessage, AssistantMessage        string
	Message, MessageRole, MessageContent string
	TextBlock                            string
	// The response: Content is the field of its content blocks, whose text
	// is in Text (read through TextMethod when Text is a pointer);
	// StopReason is its stop reason. LegacyText and LegacyStopReason are
	// the legacy response's fields they replace; KeptFields are the fields
	// both responses have with the same meaning.
	Content, Text, TextMethod, StopReason string
	LegacyText, LegacyStopReason          string
	KeptFields                            []string
	// Streaming with callbacks: LegacyCallback is the field of the legacy
	// stream request called with each completion event, Callback the field
	// of StreamRequest called with each content block delta, whose event
	// holds the delta block in CallbackDelta.
	LegacyCallback, Callback, CallbackDelta string
}

// A MessagesEntry is the method that sends a Messages request in place of
// a legacy entry.
type MessagesEntry struct {
	Name string
	// Models, when set, are the only models the method sends: the library
	// refuses any other before sending (ModelCheck says how it decides).
	Models     []string
	ModelCheck string
}

// A Constructor is a function in RequestPath returning a request.
type Constructor struct {
	Name string
	// Args are the API parameters of the positional arguments, in order;
	// the arguments after them are options.
	Args []string
}

// RequestPkg is the import path that declares the request type.
func (l *Library) RequestPkg() string {
	if l.RequestPath != "" {
		return l.RequestPath
	}
	return l.Path
}

// Constructor returns the constructor with the given name.
func (l *Library) Constructor(name string) (*Constructor, bool) {
	for i := range l.Constructors {
		if l.Constructors[i].Name == name {
			return &l.Constructors[i], true
		}
	}
	return nil, false
}

// An Entry is a function or method that sends a request.
type Entry struct {
	Recv      string // receiver's named type ("CompletionService"); "" for a function
	Name      string
	Arg       int // index of the request argument
	Streaming bool
	// Request overrides the library's request type for this entry
	// (CompleteStreamRequest embeds CompleteRequest).
	Request string
	// Prompt is set when the argument Arg is the prompt text itself, not a
	// request struct; PromptFormat, when set, is how the library wraps it
	// into the prompt it sends (a fmt format with one %s).
	Prompt       bool
	PromptFormat string
	// Since and Below limit the entry to some versions of the library's
	// Module, within the library's own range.
	Since, Below string
}

// Func returns the entry's qualified name, as in messages: "CompletionService.New".
func (e Entry) Func() string {
	if e.Recv == "" {
		return e.Name
	}
	return e.Recv + "." + e.Name
}

// Libraries is the table. Order matters only for documentation.
var Libraries = []*Library{
	{
		Name: "anthropic-sdk-go",
		Kind: Official,
		Path: "github.com/anthropics/anthropic-sdk-go",
		Entries: []Entry{
			{Recv: "CompletionService", Name: "New", Arg: 1},
			{Recv: "CompletionService", Name: "NewStreaming", Arg: 1, Streaming: true},
		},
		Request: "CompletionNewParams",
		Fields: map[string]string{
			"Prompt":            "prompt",
			"MaxTokensToSample": "max_tokens_to_sample",
			"Model":             "model",
			"Temperature":       "temperature",
			"TopP":              "top_p",
			"TopK":              "top_k",
			"StopSequences":     "stop_sequences",
			"Metadata":          "metadata",
			"Metadata.UserID":   "metadata.user_id",
			"Betas":             "anthropic-beta",
		},
		Wrappers:    officialWrappers,
		Messages:    map[string]string{"New": "New", "NewStreaming": "NewStreaming"},
		BodyOptions: officialBodyOptions,
		Rewrite:     RewriteCall,
	},
	{
		Name:      "anthropic-sdk-go",
		Kind:      Official,
		Path:      "github.com/anthropics/anthropic-sdk-go",
		ModelOnly: true,
		Entries: []Entry{
			{Recv: "MessageService", Name: "New", Arg: 1},
			{Recv: "MessageService", Name: "NewStreaming", Arg: 1, Streaming: true},
			{Recv: "MessageService", Name: "CountTokens", Arg: 1, Request: "MessageCountTokensParams"},
			{Recv: "BetaMessageService", Name: "New", Arg: 1, Request: "BetaMessageNewParams"},
			{Recv: "BetaMessageService", Name: "NewStreaming", Arg: 1, Streaming: true, Request: "BetaMessageNewParams"},
			{Recv: "BetaMessageService", Name: "CountTokens", Arg: 1, Request: "BetaMessageCountTokensParams"},
		},
		Request:  "MessageNewParams",
		Fields:   map[string]string{"Model": "model"},
		Wrappers: officialWrappers,
	},
	goAnthropic("github.com/liushuangls/go-anthropic"),
	goAnthropic("github.com/liushuangls/go-anthropic/v2"),
	welch("github.com/madebywelch/anthropic-go/pkg/anthropic", "", 0),
	welch("github.com/madebywelch/anthropic-go/v2/pkg/anthropic", "", 0),
	welch("github.com/madebywelch/anthropic-go/v3/pkg/anthropic/client/native", "github.com/madebywelch/anthropic-go/v3/pkg/anthropic", 1),
	welch("github.com/madebywelch/anthropic-go/v3/pkg/anthropic/client/bedrock", "github.com/madebywelch/anthropic-go/v3/pkg/anthropic", 1),
	// langchaingo's Anthropic client spoke only Text Completions up to
	// v0.1.7; v0.1.8 added the Messages API and made it the default
	// (WithLegacyTextCompletionsAPI keeps the old one, langchaingo.go).
	// Up to v0.1.5 it sent the caller's text as the prompt as is; v0.1.6
	// and v0.1.7 wrap it in one Human turn.
	{
		Name:   "langchaingo",
		Kind:   Community,
		Path:   LangchaingoAnthropic,
		Module: "github.com/tmc/langchaingo",
		Below:  "v0.1.8",
		Entries: []Entry{
			{Recv: "LLM", Name: "Call", Arg: 1, Prompt: true, Below: "v0.1.6"},
			{Recv: "LLM", Name: "Call", Arg: 1, Prompt: true, PromptFormat: "\n\nHuman: %s\n\nAssistant:", Since: "v0.1.6"},
			{Recv: "LLM", Name: "Generate", Arg: 1},
			{Recv: "LLM", Name: "GeneratePrompt", Arg: 1},
			{Recv: "LLM", Name: "GenerateContent", Arg: 1},
		},
		Clients: []string{"New"},
	},
	{
		Name: "aws-sdk-go-v2 bedrockruntime",
		Kind: Bedrock,
		Path: "github.com/aws/aws-sdk-go-v2/service/bedrockruntime",
		Entries: []Entry{
			{Recv: "Client", Name: "InvokeModel", Arg: 1},
			{Recv: "Client", Name: "InvokeModelWithResponseStream", Arg: 1, Streaming: true, Request: "InvokeModelWithResponseStreamInput"},
		},
		Request: "InvokeModelInput",
		// The body is []byte; the analyzer follows it to the value marshalled.
		Fields:  map[string]string{"ModelId": "model", "Body": "body"},
		Invoke:  true,
		Rewrite: RewriteBody,
	},
	{
		Name: "aws-sdk-go bedrockruntime",
		Kind: Bedrock,
		Path: "github.com/aws/aws-sdk-go/service/bedrockruntime",
		Entries: []Entry{
			{Recv: "BedrockRuntime", Name: "InvokeModel", Arg: 0},
			{Recv: "BedrockRuntime", Name: "InvokeModelWithContext", Arg: 1},
			{Recv: "BedrockRuntime", Name: "InvokeModelWithResponseStream", Arg: 0, Streaming: true, Request: "InvokeModelWithResponseStreamInput"},
			{Recv: "BedrockRuntime", Name: "InvokeModelWithResponseStreamWithContext", Arg: 1, Streaming: true, Request: "InvokeModelWithResponseStreamInput"},
		},
		Request: "InvokeModelInput",
		Fields:  map[string]string{"ModelId": "model", "Body": "body"},
		Invoke:  true,
		Rewrite: RewriteBody,
	},
}

// LangchaingoAnthropic is the import path of langchaingo's Anthropic client.
const LangchaingoAnthropic = "github.com/tmc/langchaingo/llms/anthropic"

// officialWrappers are the official SDK's value wrappers.
var officialWrappers = []string{
	"github.com/anthropics/anthropic-sdk-go.F",
	"github.com/anthropics/anthropic-sdk-go.Int",
	"github.com/anthropics/anthropic-sdk-go.Float",
	"github.com/anthropics/anthropic-sdk-go.String",
	"github.com/anthropics/anthropic-sdk-go.Bool",
	"github.com/anthropics/anthropic-sdk-go.Opt",
	"github.com/anthropics/anthropic-sdk-go/packages/param.NewOpt",
}

// officialBodyOptions are the official SDK's request options that replace
// or edit the JSON body, or hand the HTTP request to code that may.
var officialBodyOptions = []string{
	"github.com/anthropics/anthropic-sdk-go/option.WithRequestBody",
	"github.com/anthropics/anthropic-sdk-go/option.WithJSONSet",
	"github.com/anthropics/anthropic-sdk-go/option.WithJSONDel",
	"github.com/anthropics/anthropic-sdk-go/option.WithMiddleware",
}

// goAnthropic is github.com/liushuangls/go-anthropic at path (v1 or v2). The
// stream request embeds CompleteRequest, so its fields are reachable by both
// the promoted and the embedded path.
func goAnthropic(path string) *Library {
	fields := map[string]string{
		"Model":             "model",
		"Prompt":            "prompt",
		"MaxTokensToSample": "max_tokens_to_sample",
		"StopSequences":     "stop_sequences",
		"Temperature":       "temperature",
		"TopP":              "top_p",
		"TopK":              "top_k",
	}
	for k, v := range fields {
		fields["CompleteRequest."+k] = v
	}
	fields["CompleteRequest"] = "" // a container, not a parameter
	return &Library{
		Name: "go-anthropic",
		Kind: Community,
		Path: path,
		Entries: []Entry{
			{Recv: "Client", Name: "CreateComplete", Arg: 1},
			{Recv: "Client", Name: "CreateCompleteStream", Arg: 1, Streaming: true, Request: "CompleteStreamRequest"},
			{Recv: "Client", Name: "CreateStreamComplete", Arg: 1, Streaming: true, Request: "CompleteStreamRequest"},
		},
		Request: "CompleteRequest",
		Fields:  fields,
		Options: map[string]string{
			"SetTemperature": "temperature",
			"SetTopP":        "top_p",
			"SetTopK":        "top_k",
		},
		Rewrite: RewriteCommunity,
		MessagesAPI: &MessagesAPI{
			Entries: map[string]MessagesEntry{
				"CreateComplete":       {Name: "CreateMessages"},
				"CreateCompleteStream": {Name: "CreateMessagesStream"},
				"CreateStreamComplete": {Name: "CreateMessagesStream"},
			},
			Request:        "MessagesRequest",
			StreamRequest:  "MessagesStreamRequest",
			LegacyEmbedded: "CompleteRequest",
			Fields: map[string]string{
				"model":          "Model",
				"max_tokens":     "MaxTokens",
				"system":         "System",
				"messages":       "Messages",
				"stop_sequences": "StopSequences",
				"temperature":    "Temperature",
				"top_p":          "TopP",
				"top_k":          "TopK",
			},
			UserMessage:      "NewUserTextMessage",
			AssistantMessage: "NewAssistantTextMessage",
			Content:          "Content",
			Text:             "Text",
			TextMethod:       "GetText",
			StopReason:       "StopReason",
			LegacyText:       "Completion",
			LegacyStopReason: "StopReason",
			KeptFields:       []string{"ID", "Model"},
			LegacyCallback:   "OnCompletion",
			Callback:         "OnContentBlockDelta",
			CallbackDelta:    "Delta",
		},
	}
}

// welch is github.com/madebywelch/anthropic-go: v1 and v2 send from the
// request package (Complete(req)), v3 from client packages
// (Complete(ctx, req)) with the request in pkg/anthropic. Its Messages
// methods check the model against the library's own list: v2's
// MessageStream and every v3 Message (validate.go) send only the models
// listed in welchStreamModels and welchMessageModels.
func welch(path, requestPath string, arg int) *Library {
	message := MessagesEntry{Name: "Message"}
	stream := MessagesEntry{Name: "MessageStream", Models: welchStreamModels, ModelCheck: "Model.IsMessageStreamCompatible"}
	if requestPath != "" {
		message = MessagesEntry{Name: "Message", Models: welchMessageModels, ModelCheck: "Model.IsMessageCompatible"}
		stream = MessagesEntry{Name: "MessageStream", Models: welchMessageModels, ModelCheck: "Model.IsMessageCompatible"}
	}
	return &Library{
		Name:        "anthropic-go",
		Kind:        Community,
		Path:        path,
		RequestPath: requestPath,
		Entries: []Entry{
			{Recv: "Client", Name: "Complete", Arg: arg},
			{Recv: "Client", Name: "CompleteStream", Arg: arg, Streaming: true},
		},
		Request: "CompletionRequest",
		Fields: map[string]string{
			"Prompt":            "prompt",
			"Model":             "model",
			"MaxTokensToSample": "max_tokens_to_sample",
			"StopSequences":     "stop_sequences",
			"Temperature":       "temperature",
			"TopK":              "top_k",
			"TopP":              "top_p",
		},
		Constructors: []Constructor{{Name: "NewCompletionRequest", Args: []string{"prompt"}}},
		Options: map[string]string{
			"WithModel":         "model",
			"WithMaxTokens":     "max_tokens_to_sample",
			"WithStopSequences": "stop_sequences",
			"WithTemperature":   "temperature",
			"WithTopK":          "top_k",
			"WithTopP":          "top_p",
		},
		Rewrite: RewriteCommunity,
		MessagesAPI: &MessagesAPI{
			Entries: map[string]MessagesEntry{
				"Complete":       message,
				"CompleteStream": stream,
			},
			Request: "MessageRequest",
			Fields: map[string]string{
				"model":          "Model",
				"max_tokens":     "MaxTokensToSample",
				"system":         "SystemPrompt",
				"messages":       "Messages",
				"stop_sequences": "StopSequences",
				"temperature":    "Temperature",
				"top_k":          "TopK",
				"top_p":          "TopP",
			},
			Constructor: "NewMessageRequest",
			Options: map[string]string{
				"model":          "WithModel",
				"max_tokens":     "WithMaxTokens",
				"system":         "WithSystemPrompt",
				"stop_sequences": "WithStopSequences",
				"temperature":    "WithTemperature",
				"top_k":          "WithTopK",
				"top_p":          "WithTopP",
			},
			Message:          "MessagePartRequest",
			MessageRole:      "Role",
			MessageContent:   "Content",
			TextBlock:        "NewTextContentBlock",
			Content:          "Content",
			Text:             "Text",
			StopReason:       "StopReason",
			LegacyText:       "Completion",
			LegacyStopReason: "StopReason",
		},
	}
}

// welchMessageModels are the models v3's Model.IsMessageCompatible accepts
// (pkg/anthropic/models.go at 223512294ac5); welchStreamModels those v2's
// Model.IsMessageStreamCompatible accepts (at 4a4b4c06c788).
var (
	welchMessageModels = []string{
		"claude-3-opus-20240229", "claude-3-sonnet-20240229", "claude-3-haiku-20240307", "claude-2.1",
		"claude-3-5-sonnet-latest", "claude-3-5-sonnet-20241022", "claude-3-5-sonnet-20240620",
	}
	welchStreamModels = []string{"claude-3-opus-20240229", "claude-3-sonnet-20240229", "claude-2.1"}
)

// PointerHelpers are functions outside any one library that only take the
// address of their argument; their calls are unwrapped like Wrappers.
var PointerHelpers = []string{
	"github.com/aws/aws-sdk-go-v2/aws.String",
	"github.com/aws/aws-sdk-go-v2/aws.Int",
	"github.com/aws/aws-sdk-go-v2/aws.Int32",
	"github.com/aws/aws-sdk-go-v2/aws.Float32",
	"github.com/aws/aws-sdk-go-v2/aws.Float64",
	"github.com/aws/aws-sdk-go/aws.String",
	"github.com/aws/aws-sdk-go/aws.Float64",
	"github.com/aws/aws-sdk-go/aws.Int64",
	"k8s.io/utils/ptr.To",
	"github.com/samber/lo.ToPtr",
}

// IsWrapper reports whether the function with the qualified name
// "importpath.Name" only wraps a field value.
func (l *Library) IsWrapper(qualified string) bool {
	return slices.Contains(l.Wrappers, qualified) || slices.Contains(PointerHelpers, qualified)
}

// IsJSONObject reports whether t is a map with string keys and empty
// interface values: how hand-written code spells a JSON body, and what
// encoding/json decodes an object into.
func IsJSONObject(t types.Type) bool {
	if t == nil {
		return false
	}
	m, ok := t.Underlying().(*types.Map)
	if !ok {
		return false
	}
	k, ok := m.Key().Underlying().(*types.Basic)
	if !ok || k.Kind() != types.String {
		return false
	}
	iface, ok := m.Elem().Underlying().(*types.Interface)
	return ok && iface.Empty()
}
