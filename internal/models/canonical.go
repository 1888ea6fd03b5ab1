package models

import (
	"regexp"
	"strings"
)

// Canonical is the package-level Canonical on t. It tries, in order: the id
// itself, the alias table, the id without a -100k context-window suffix, and
// the Bedrock and Vertex spellings of first-party ids.
func (t *Table) Canonical(id string) (string, bool) {
	for _, cand := range candidates(id) {
		if t.hasRow(cand) {
			return cand, true
		}
		if c, ok := t.aliases[cand]; ok {
			return c, true
		}
	}
	return "", false
}

// bedrockPrefix matches the start of Bedrock model and inference-profile
// ids: [region.]anthropic.
var bedrockPrefix = regexp.MustCompile(`^(?:[a-z]{2,6}\.)?anthropic\.`)

// bedrockVersion matches the version suffix of Bedrock ids: -vN[:M].
var bedrockVersion = regexp.MustCompile(`-v\d+(?::\d+)?$`)

// vertexID matches Vertex AI ids: <name>[-vN]@<YYYYMMDD>.
var vertexID = regexp.MustCompile(`^(.+?)(?:-v\d+)?@(\d{8})$`)

// candidates lists the spellings of id to look up, most literal first. The
// legacy Bedrock ids (anthropic.claude-v2:1) are in the alias table under
// their full spelling; newer ones carry a first-party name.
func candidates(id string) []string {
	out := []string{id}
	if base, ok := strings.CutSuffix(id, "-100k"); ok {
		out = append(out, base)
	}
	if name, ok := trimBedrock(id); ok {
		out = append(out, name)
		if bare := bedrockVersion.ReplaceAllString(name, ""); bare != name {
			out = append(out, bare)
		}
	}
	if m := vertexID.FindStringSubmatch(id); m != nil {
		out = append(out, m[1]+"-"+m[2])
	}
	return out
}

// trimBedrock returns id without its Bedrock prefix, if it has one.
func trimBedrock(id string) (string, bool) {
	loc := bedrockPrefix.FindStringIndex(id)
	if loc == nil {
		return id, false
	}
	return id[loc[1]:], true
}

// isLegacyTextID reports whether a first-party id belongs to the Text
// Completions era families.
func isLegacyTextID(id string) bool {
	for _, p := range []string{"claude-1", "claude-instant-", "claude-2", "claude-v1", "claude-v2"} {
		if strings.HasPrefix(id, p) {
			return true
		}
	}
	return false
}

// IsPlatformID reports whether id is an Amazon Bedrock
// ("anthropic.claude-v2:1", "us.anthropic.claude-...") or Google Vertex AI
// ("claude-3-5-sonnet@20240620") spelling of a model: those platforms retire
// models on their own schedules.
func IsPlatformID(id string) bool {
	return bedrockPrefix.MatchString(id) || strings.Contains(id, "anthropic.claude") || vertexID.MatchString(id)
}
