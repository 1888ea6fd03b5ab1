// Package ruledoc renders the rule registry, promptcheck.Rules, as the
// documentation that repeats it: the category table of analyzer/doc.go
// (Analyzer.Doc and -help), the rules table of README.md, docs/rules.md, and
// the SARIF rules. Its test fails when a file differs from what is rendered
// here, and rewrites them with -update.
package ruledoc

import (
	"fmt"
	"strings"

	"github.com/completelint/completelint/internal/sarif"
	"github.com/completelint/completelint/promptcheck"
)

// goDocWidth is the widest line of the doc.go table, counting its "//\t".
const goDocWidth = 78

// categoryColumn is the width of the category column of the doc.go table.
const categoryColumn = 18

// GoDocTable is the category table of analyzer/doc.go: one tab-indented line
// per category, its summary wrapped below, without the comment markers.
func GoDocTable() []string {
	var lines []string
	for _, c := range promptcheck.Categories {
		prefix := fmt.Sprintf("%-*s", categoryColumn, c)
		for _, l := range wrap(plain(c.Summary()), goDocWidth-len("//\t")-categoryColumn) {
			lines = append(lines, strings.TrimRight("\t"+prefix+l, " "))
			prefix = strings.Repeat(" ", categoryColumn)
		}
	}
	return lines
}

// README is the rules table of README.md: per category, its severity, what
// it reports and links to its rules in docs/rules.md.
func README() string {
	var sb strings.Builder
	sb.WriteString("| category | severity | what | rules |\n|---|---|---|---|\n")
	for _, c := range promptcheck.Categories {
		var links []string
		for _, r := range promptcheck.RulesOf(c) {
			_, name, _ := strings.Cut(r.ID, "/")
			links = append(links, fmt.Sprintf("[`%s`](docs/rules.md#%s)", name, r.Anchor()))
		}
		fmt.Fprintf(&sb, "| [`%s`](docs/rules.md#%s) | %s | %s | %s |\n",
			c, c, c.Severity(), cell(c.Summary()), strings.Join(links, ", "))
	}
	return sb.String()
}

// Reference is docs/rules.md: a section per category and one per rule, with
// its examples.
func Reference() string {
	var sb strings.Builder
	sb.WriteString("# Rules\n\n")
	sb.WriteString("<!-- Generated from promptcheck.Rules (promptcheck/registry.go) by `go test ./internal/ruledoc -update`. Do not edit. -->\n\n")
	sb.WriteString("Every completelint diagnostic comes from one rule. A rule's id (`prompt-format/single-newline-marker`) " +
		"names its section here, which the diagnostic links to (`Diagnostic.URL`). Its category (`prompt-format`) is the " +
		"stable part: `Diagnostic.Category`, the SARIF rule id, `-disable` and suppression comments use it:\n\n" +
		"```go\n//completelint:ignore <category>[,<category>] <reason>\n```\n\n" +
		"Severity is `error` for what the API rejects and `warning` for the rest. The prompt fixes of the literal " +
		"are offered when the Messages rewrite is off (`-rewrite=false`); with it on, the rewrite of the call is the fix.\n")
	for _, c := range promptcheck.Categories {
		fmt.Fprintf(&sb, "\n## %s\n\n%s. Severity: %s.\n", c, upperFirst(c.Summary()), c.Severity())
		for _, r := range promptcheck.RulesOf(c) {
			writeRule(&sb, r)
		}
	}
	sb.WriteString("\n## Suppression comments\n\nA malformed suppression comment is reported under the first category it names, when that is valid.\n")
	writeRule(&sb, promptcheck.RuleMalformedIgnore)
	return sb.String()
}

func writeRule(sb *strings.Builder, r *promptcheck.Rule) {
	fmt.Fprintf(sb, "\n### %s\n\n%s.\n\n%s\n\n", r.ID, upperFirst(r.Summary), r.Doc)
	fmt.Fprintf(sb, "Severity: %s. Fix: %s.\n\n", r.Severity, r.Fix.Doc())
	fmt.Fprintf(sb, "Bad:\n\n```go\n%s\n```\n\nGood:\n\n```go\n%s\n```\n", r.Bad, r.Good)
}

// SARIFRules documents each category as a SARIF rule, since the SARIF rule
// id is the category; its help lists the category's rules.
func SARIFRules() []sarif.Rule {
	var rules []sarif.Rule
	for _, c := range promptcheck.Categories {
		var text, md strings.Builder
		fmt.Fprintf(&text, "%s.\n\nRules:\n", upperFirst(plain(c.Summary())))
		fmt.Fprintf(&md, "%s.\n\nRules:\n\n", upperFirst(c.Summary()))
		for _, r := range promptcheck.RulesOf(c) {
			fmt.Fprintf(&text, "- %s (%s): %s.\n", r.ID, r.Severity, plain(r.Summary))
			fmt.Fprintf(&md, "- [`%s`](%s) (%s): %s.\n", r.ID, r.URL(), r.Severity, r.Summary)
		}
		suppress := "//completelint:ignore " + string(c) + " <reason>"
		fmt.Fprintf(&text, "\nSuppress one finding with a comment on its line or the line above: %s", suppress)
		fmt.Fprintf(&md, "\nSuppress one finding with a comment on its line or the line above: `%s`", suppress)
		rules = append(rules, sarif.Rule{
			ID:       string(c),
			Summary:  plain(c.Summary()),
			Help:     text.String(),
			Markdown: md.String(),
			HelpURI:  promptcheck.DocsURL + "#" + string(c),
		})
	}
	// A malformed suppression comment that names no valid category has no
	// category; SARIF needs a rule for every result.
	r := promptcheck.RuleMalformedIgnore
	rules = append(rules, sarif.Rule{
		ID:       SuppressionRuleID,
		Summary:  plain(r.Summary),
		Help:     plain(r.Doc),
		Markdown: r.Doc,
		HelpURI:  r.URL(),
	})
	return rules
}

// SuppressionRuleID is the SARIF rule of findings without a category: a
// malformed //completelint:ignore comment that names no valid category.
const SuppressionRuleID = "suppression-comment"

// plain drops the Markdown code spans' backticks, for plain text.
func plain(s string) string { return strings.ReplaceAll(s, "`", "") }

// cell escapes s for a Markdown table cell.
func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// wrap breaks s into lines of at most width bytes at spaces; a longer word
// has a line of its own.
func wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case len(line)+1+len(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	return append(lines, line)
}
