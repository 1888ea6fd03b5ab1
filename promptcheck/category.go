package promptcheck

// Category is a rule family. The values are a stable interface: they appear in
// Diagnostic.Category, in suppression comments, in SARIF rule ids.
type Category string

// The categories completelint reports.
const (
	LegacyAPI       Category = "legacy-api"
	PromptFormat    Category = "prompt-format"
	PromptSanitized Category = "prompt-sanitized"
	PromptAdvice    Category = "prompt-advice"
	ParamRange      Category = "param-range"
	ParamAdvice     Category = "param-advice"
	ModelRetired    Category = "model-retired"
	ModelDeprecated Category = "model-deprecated"
)

// Categories lists every category, in documentation order.
var Categories = []Category{
	LegacyAPI, PromptFormat, PromptSanitized, PromptAdvice,
	ParamRange, ParamAdvice, ModelRetired, ModelDeprecated,
}

// Valid reports whether c is one of Categories.
func (c Category) Valid() bool {
	for _, k := range Categories {
		if c == k {
			return true
		}
	}
	return false
}
