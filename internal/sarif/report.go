// Package sarif converts completelint findings into a SARIF 2.1.0 log.
//
// The conversion is independent of go/analysis: callers describe the tool,
// its rules and each finding with byte offsets, and Build turns offsets into
// SARIF regions (1-based lines, UTF-16 columns) relative to a source root.
package sarif

import (
	"fmt"
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/completelint/completelint/internal/findings"
)

// SrcRoot is the uriBaseId of every artifact below the source root.
const SrcRoot = "%SRCROOT%"

// Tool describes the analysis tool of the run.
type Tool struct {
	Name            string
	Version         string // starts with a digit (SARIF2005), e.g. "1.2.0"
	SemanticVersion string // SemVer 2.0 without a leading "v"
	InformationURI  string
}

// Rule is the documentation of one category.
type Rule struct {
	ID       string // the category, e.g. "legacy-api"
	Summary  string // one line
	Help     string // plain text; Summary when empty
	Markdown string // Help in Markdown, if any
	HelpURI  string
}

// Finding is one diagnostic in byte offsets.
type Finding = findings.Finding

// Fix is one suggested fix of a Finding.
type Fix = findings.Fix

// Edit is one edit of a Fix.
type Edit = findings.Edit

// Related is another place of a Finding.
type Related = findings.Related

// Input is everything Build needs.
type Input struct {
	Tool     Tool
	Rules    []Rule
	Root     string // absolute source root, the base of artifact URIs
	Findings []Finding
	// ReadFile returns a file's content, to compute columns.
	ReadFile func(path string) ([]byte, error)
	// Notes are recorded as the toolExecutionNotifications of the run's
	// invocation; without notes the log has no invocation.
	Notes []Note
	// UncategorizedRule is the rule of findings without a category.
	UncategorizedRule string
}

// Build returns the SARIF log of in.
func Build(in Input) (*sarif.Report, error) {
	report, err := sarif.New(sarif.Version210)
	if err != nil {
		return nil, err
	}
	run := sarif.NewRunWithInformationURI(in.Tool.Name, in.Tool.InformationURI)
	driver := run.Tool.Driver
	if in.Tool.Version != "" {
		driver.WithVersion(in.Tool.Version)
	}
	if in.Tool.SemanticVersion != "" {
		driver.WithSemanticVersion(in.Tool.SemanticVersion)
	}
	run.WithColumnKind("utf16CodeUnits")
	run.WithOriginalUriBaseIds(map[string]*sarif.ArtifactLocation{
		SrcRoot: sarif.NewSimpleArtifactLocation(dirURI(in.Root)),
	})

	ruleIndex := make(map[string]int)
	for _, r := range in.Rules {
		ruleIndex[r.ID] = len(driver.Rules)
		driver.AddRule(newRule(r))
	}

	b := builder{in: in, indexes: make(map[string]*textIndex)}
	for _, f := range sortedFindings(in.Findings) {
		id := f.Category
		if id == "" {
			id = in.UncategorizedRule
		}
		idx, ok := ruleIndex[id]
		if !ok {
			return nil, fmt.Errorf("finding %q at %s: no rule %q", f.Message, f.File, f.Category)
		}
		result, err := b.result(f, id, idx)
		if err != nil {
			return nil, err
		}
		run.AddResult(result)
	}
	if len(in.Notes) > 0 {
		run.AddInvocations(b.invocation(in.Notes))
	}
	report.AddRun(run)
	return report, nil
}

func newRule(r Rule) *sarif.ReportingDescriptor {
	help := r.Help
	if help == "" {
		help = r.Summary
	}
	rule := sarif.NewRule(r.ID).
		WithName(ruleName(r.ID)).
		WithShortDescription(sarif.NewMultiformatMessageString(r.Summary)).
		WithFullDescription(sarif.NewMultiformatMessageString(help)).
		WithTextHelp(help).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel("warning"))
	if r.Markdown != "" {
		rule.WithMarkdownHelp(r.Markdown)
	}
	if r.HelpURI != "" {
		rule.WithHelpURI(r.HelpURI)
	}
	return rule
}

// ruleName turns "legacy-api" into "LegacyApi": SARIF recommends
// Pascal-case rule names.
func ruleName(id string) string {
	var sb strings.Builder
	for part := range strings.SplitSeq(id, "-") {
		if part != "" {
			sb.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return sb.String()
}

// sortedFindings orders findings by file and offset so that output is
// deterministic whatever order packages were analysed in.
func sortedFindings(fs []Finding) []Finding {
	out := append([]Finding(nil), fs...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].Category < out[j].Category
	})
	return out
}

// dirURI is the file URI of dir with a trailing slash, as uriBaseIds need.
func dirURI(dir string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(dir)}
	s := u.String()
	if !strings.HasSuffix(s, "/") {
		s += "/"
	}
	return s
}
