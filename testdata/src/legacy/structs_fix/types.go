package structs_fix

// elsewhereRequest is declared apart from the function that builds it.
type elsewhereRequest struct {
	Model             string `json:"model"`
	Prompt            string `json:"prompt"`
	MaxTokensToSample int    `json:"max_tokens_to_sample"`
}
