// Stub of github.com/anthropics/anthropic-sdk-go v1.84.0 for analysistest:
// trimmed from the real source. Only the client, the legacy Completions API and
// the parts of the Messages API that a migration touches are kept; bodies are
// minimal.
package anthropic
