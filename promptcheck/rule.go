package promptcheck

import "strings"

// A Rule is one check completelint makes: a value that the checks attach to
// their findings and that the documentation (analyzer/doc.go, README.md,
// docs/rules.md, the SARIF rules) is rendered from. Rules lists them all.
type Rule struct {
	// ID is stable and unique: the category, a slash and a name, e.g.
	// "prompt-format/single-newline-marker".
	ID       string
	Category Category
	Severity Severity
	Summary  string // one line, lower-case, no trailing period; Markdown code spans
	Doc      string // what the rule reports and why, in Markdown; paragraphs split by blank lines
	// Bad is an example the rule reports and Good its corrected form. For
	// the rules CheckPrompt and Check run, both are Go string literals of a
	// prompt (the tests check them); otherwise they are Go source.
	Bad, Good string
	Fix       Fix // the suggested fix its findings may carry
}

// Severity says whether the API rejects what a rule reports.
type Severity int

const (
	// Warning is for what the API accepts today: legacy calls, relied-on
	// clean-up, likely mistakes.
	Warning Severity = iota
	// Error is for what the API rejects.
	Error
)

func (s Severity) String() string {
	if s == Error {
		return "error"
	}
	return "warning"
}

// Fix names the suggested fix a rule's findings may carry. The literal
// prompt fixes (rewrite.LiteralFix) are chosen by it.
type Fix string

const (
	// NoFix is for findings that carry no suggested fix.
	NoFix Fix = ""
	// FixMessages rewrites the request into its Messages API equivalent,
	// when the request is fully known and a model accepts it.
	FixMessages Fix = "messages-rewrite"
	// FixModel replaces a model id where it is written with its successor,
	// when every request that sends it accepts the successor.
	FixModel Fix = "replace-model"
	// FixAddNewline inserts the second newline of a turn marker written
	// after a single newline.
	FixAddNewline Fix = "add-newline"
	// FixLeadingNewlines inserts "\n\n" before a leading bare "Human:".
	FixLeadingNewlines Fix = "leading-newlines"
	// FixTrimTrailing removes the whitespace that ends the final Assistant
	// turn.
	FixTrimTrailing Fix = "trim-trailing"
)

// Doc says what the fix does, in one sentence of Markdown.
func (f Fix) Doc() string {
	switch f {
	case FixMessages:
		return "rewrites the request into its Messages API equivalent, when the request is known and a current model accepts it (with `-rewrite`, the default)"
	case FixModel:
		return "replaces the model where its id is written with the model to use, when every request that sends it accepts that model"
	case FixAddNewline:
		return "adds the missing newline before the role label, in the string literal (offered when the Messages rewrite is off)"
	case FixLeadingNewlines:
		return "inserts `\"\\n\\n\"` before the leading `\"Human:\"`, in the string literal (offered when the Messages rewrite is off)"
	case FixTrimTrailing:
		return "removes the trailing whitespace from the string literal (offered when the Messages rewrite is off)"
	}
	return "none"
}

// at returns a finding of rule r at p.
func (r *Rule) at(p Pos, msg string) Finding {
	return Finding{Rule: r, Category: r.Category, At: p, Message: msg}
}

// whole returns a finding of rule r about the prompt as a whole.
func (r *Rule) whole(msg string) Finding {
	return Finding{Rule: r, Category: r.Category, Whole: true, Message: msg}
}

// param returns a finding of rule r about parameter param.
func (r *Rule) param(param string, msg string) ParamFinding {
	return ParamFinding{Rule: r, Category: r.Category, Param: param, Index: -1, Message: msg}
}

// LookupRule returns the rule with the given ID.
func LookupRule(id string) (*Rule, bool) {
	for _, r := range Rules {
		if r.ID == id {
			return r, true
		}
	}
	return nil, false
}

// Summary is what the rules of category c report, in one line of Markdown.
func (c Category) Summary() string { return categorySummaries[c] }

// Severity is the severity of the rules of category c: each category's rules
// share one (Rules' test holds it), so that a category is one SARIF rule.
func (c Category) Severity() Severity {
	for _, r := range Rules {
		if r.Category == c {
			return r.Severity
		}
	}
	return Warning
}

// RulesOf returns the rules of category c, in documentation order.
func RulesOf(c Category) []*Rule {
	var out []*Rule
	for _, r := range Rules {
		if r.Category == c {
			out = append(out, r)
		}
	}
	return out
}

// DocsURL is the page that documents every rule, one section each.
const DocsURL = "https://github.com/completelint/completelint/blob/main/docs/rules.md"

// Anchor is the fragment of r's section in DocsURL: the slug GitHub gives
// the section's heading, r.ID.
func (r *Rule) Anchor() string { return strings.ReplaceAll(r.ID, "/", "") }

// URL is the address of r's documentation.
func (r *Rule) URL() string { return DocsURL + "#" + r.Anchor() }
