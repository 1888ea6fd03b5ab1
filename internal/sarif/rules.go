package sarif

import "strings"

// RulesFromDoc reads rule summaries from an analyzer doc's category table:
// tab-indented lines "<category>  <summary>", whose summary may continue on
// further lines indented past the category column. Categories are kept in
// the order of ids; a category the table lacks gets its id as summary.
//
// This keeps doc.go the single source of rule texts until the analyzer
// exposes them directly.
func RulesFromDoc(doc string, ids []string, helpURI string) []Rule {
	summaries := make(map[string]string)
	current := ""
	for line := range strings.SplitSeq(doc, "\n") {
		if !strings.HasPrefix(line, "\t") {
			current = ""
			continue
		}
		body := strings.TrimPrefix(line, "\t")
		if current != "" && strings.HasPrefix(body, " ") {
			summaries[current] += " " + strings.TrimSpace(body)
			continue
		}
		id, summary, _ := strings.Cut(body, " ")
		current = ""
		if contains(ids, id) {
			current = id
			summaries[id] = strings.TrimSpace(summary)
		}
	}
	rules := make([]Rule, 0, len(ids))
	for _, id := range ids {
		s := summaries[id]
		if s == "" {
			s = id
		}
		rules = append(rules, Rule{ID: id, Summary: s, HelpURI: helpURI})
	}
	return rules
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
