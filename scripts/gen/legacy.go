package main

import (
	"math/rand/v2"
	"text/template"
)

// siteKind is one form of legacy call site; each is a file of its own,
// rendered from the template of the same name.
type siteKind struct {
	name   string
	expect map[string]int // diagnostics completelint reports for it, by category
}

// Diagnostic categories (analyzer Diagnostic.Category).
const (
	legacyAPI    = "legacy-api"
	modelRetired = "model-retired"
	paramAdvice  = "param-advice"
	paramRange   = "param-range"
	promptFormat = "prompt-format"
)

// siteKinds lists every form, in the order -sites=0 writes them.
var siteKinds = []siteKind{
	{"sdk_inline", map[string]int{legacyAPI: 1, modelRetired: 1}},
	{"sdk_variable", map[string]int{legacyAPI: 1, paramAdvice: 1}},
	{"sdk_helper", map[string]int{legacyAPI: 1, modelRetired: 1, paramAdvice: 1}},
	{"sdk_stream", map[string]int{legacyAPI: 1, promptFormat: 1}},
	{"prompt_loop", map[string]int{legacyAPI: 1}},
	{"prompt_builder", map[string]int{legacyAPI: 1, modelRetired: 1}},
	{"sdk_suppressed", map[string]int{}},
	{"http_struct", map[string]int{legacyAPI: 1, modelRetired: 1}}, // the body, its /v1/complete URL a related place
	{"http_map", map[string]int{legacyAPI: 1, paramRange: 1}},
	{"bedrock", map[string]int{legacyAPI: 1, modelRetired: 1}},
}

var templates = template.Must(template.New("").Parse(plainTemplates + legacyTemplates))

// pickSites draws n distinct kinds (all of them, in order, when n is 0 or
// at least their number).
func pickSites(rng *rand.Rand, n int) []siteKind {
	if n == 0 || n >= len(siteKinds) {
		return siteKinds
	}
	out := make([]siteKind, 0, n)
	for _, i := range rng.Perm(len(siteKinds))[:n] {
		out = append(out, siteKinds[i])
	}
	return out
}
