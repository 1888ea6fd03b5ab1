package promptcheck

// Number is a numeric request parameter as far as it is known statically.
type Number struct {
	Set   bool    // the parameter is present in the request
	Known bool    // its value is a constant
	Value float64 // the constant value when Known
}

// Text is a string request parameter as far as it is known statically.
type Text struct {
	Set   bool
	Known bool
	Value string
}

// Params are the Text Completions parameters other than the prompt, keyed by
// their API meaning rather than by how a library spells them.
type Params struct {
	MaxTokensToSample Number
	Temperature       Number
	TopP              Number
	TopK              Number
	UserID            Text // metadata.user_id
	// StopSequences holds one entry per element when the list is a literal;
	// StopSequencesSet is set whenever the parameter is present.
	StopSequences    []Text
	StopSequencesSet bool
}

// Parameter names, as the API spells them. ParamFinding.Param is one of these.
const (
	ParamMaxTokensToSample = "max_tokens_to_sample"
	ParamTemperature       = "temperature"
	ParamTopP              = "top_p"
	ParamTopK              = "top_k"
	ParamUserID            = "metadata.user_id"
	ParamStopSequences     = "stop_sequences"
)

// The request parameters CheckParams does not judge, named the same way for
// the callers that look fields up by API name.
const (
	ParamPrompt   = "prompt"
	ParamModel    = "model"
	ParamMetadata = "metadata"
	ParamStream   = "stream"
)

// Legacy spellings of max_tokens_to_sample that the API ignores: a body that
// uses them lacks the required parameter.
const (
	KeyMaxTokens      = "max_tokens"
	KeyMaxTokensCamel = "maxTokensToSample"
)

// messagesParams maps each Text Completions parameter that carries over to
// the Messages API by its name alone to its Messages name. The prompt becomes
// system and messages; stream changes the response.
var messagesParams = map[string]string{
	ParamModel:             "model",
	ParamMaxTokensToSample: "max_tokens",
	KeyMaxTokensCamel:      "max_tokens",
	KeyMaxTokens:           "max_tokens",
	ParamStopSequences:     "stop_sequences",
	ParamTemperature:       "temperature",
	ParamTopP:              "top_p",
	ParamTopK:              "top_k",
	ParamMetadata:          "metadata",
	ParamUserID:            "metadata.user_id",
}

// MessagesParam returns the Messages API name of a Text Completions
// parameter, and whether it carries over by its name alone.
func MessagesParam(param string) (string, bool) {
	m, ok := messagesParams[param]
	return m, ok
}

// A ParamFinding is one problem with a parameter. Param names the parameter
// it is about; Index is the element of stop_sequences (or -1). Missing is set
// when the parameter is absent, so the finding belongs at the call.
type ParamFinding struct {
	Category Category
	Param    string
	Index    int
	Missing  bool
	Message  string
}
