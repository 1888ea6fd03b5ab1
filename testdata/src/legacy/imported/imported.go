// Package imported builds the body of an imported legacy type. None of its
// own literals names a legacy key, so only the import gate lets it in.
package imported

import "legacy/clientlib"

func ask(q string) error {
	return clientlib.Send(clientlib.Request{ // want `composite literal of Request builds a legacy`
		Model:             "claude-sonnet-4-6",
		Prompt:            q,
		MaxTokensToSample: -1, // want `max_tokens_to_sample`
	})
}
