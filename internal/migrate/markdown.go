package migrate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// WriteMarkdown writes the report as GitHub-flavoured Markdown: totals,
// then manual work first (it is what the reader has to do), models,
// restored packages, and every site.
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b bytes.Buffer
	b.WriteString("# Migration to the Messages API\n\n")
	switch {
	case r.Interrupted, r.Error != "":
		b.WriteString("> [!WARNING]\n> The run stopped before writing every file: the files not written are unchanged, and their call sites say why.\n\n")
	case r.DryRun:
		b.WriteString("> [!NOTE]\n> Dry run: nothing was written; \"rewritten\" means the rewrite would be applied.\n\n")
	}
	b.WriteString(r.Summary() + ".\n\n")
	for _, o := range r.Owners {
		fmt.Fprintf(&b, "- owner not kept: %s\n", cell(o))
	}
	if len(r.Owners) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("| library | sites |\n|---|---:|\n")
	for _, k := range sortedKeys(r.Totals.ByKind) {
		fmt.Fprintf(&b, "| %s | %d |\n", cell(k), r.Totals.ByKind[k])
	}
	if len(r.Totals.ByReason) > 0 {
		fmt.Fprintf(&b, "\n## Manual work by reason\n\nSee the [migration guide](%s).\n\n| reason | sites |\n|---|---:|\n", r.Guide)
		for _, rc := range r.Totals.ByReason {
			fmt.Fprintf(&b, "| %s | %d |\n", cell(rc.Reason), rc.Sites)
		}
	}
	if len(r.Models) > 0 {
		b.WriteString("\n## Models\n\n| model | sites | rewritten | now |\n|---|---:|---:|---|\n")
		for _, m := range r.Models {
			now := "`" + m.ID + "` (unchanged)"
			switch {
			case m.Rewritten == 0:
				now = "—"
			case m.MappedTo != "":
				now = "`" + m.MappedTo + "`"
			}
			fmt.Fprintf(&b, "| `%s` | %d | %d | %s |\n", m.ID, m.Sites, m.Rewritten, now)
		}
	}
	if len(r.Restored) > 0 {
		b.WriteString("\n## Restored packages\n\nTheir rewrite did not build or vet, so they keep their original code.\n\n| package | error |\n|---|---|\n")
		for _, p := range r.Restored {
			fmt.Fprintf(&b, "| `%s` | %s |\n", p.Dir, cell(p.Error))
		}
	}
	if len(r.Broken) > 0 {
		b.WriteString("\n## Packages with errors\n\nA package asked for that has errors was not analysed: its call sites are not listed. The packages that import one with errors were analysed, but not rewritten: no build could verify their rewrite.\n\n| package | error | meaning |\n|---|---|---|\n")
		for _, p := range r.Broken {
			name, meaning := "`"+p.Package+"`", "not analysed"
			if p.Module != "" {
				name += " (`" + p.Module + "`)"
			}
			if p.Analysed {
				meaning = "imported by " + cell(strings.Join(p.Importers, ", "))
			}
			fmt.Fprintf(&b, "| %s | %s | %s |\n", name, cell(p.Error), meaning)
		}
	}
	b.WriteString("\n## Call sites\n\n| site | library | call | status | reason |\n|---|---|---|---|---|\n")
	for _, s := range r.Sites {
		reason := cell(s.Reason)
		if s.Guide != "" {
			reason += fmt.Sprintf(" ([guide](%s))", s.Guide)
		}
		call := ""
		if s.Func != "" {
			call = "`" + s.Func + "`"
		}
		fmt.Fprintf(&b, "| `%s:%d` | %s | %s | %s | %s |\n", s.File, s.Line, cell(s.Kind), call, s.Status, reason)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// Summary says in one line what the run did: the files written (of those
// it meant to write, and why it stopped) and what became of the call
// sites.
func (r *Report) Summary() string {
	var files string
	switch {
	case r.DryRun:
		files = fmt.Sprintf("would migrate %d files", r.Files)
	case r.Interrupted:
		files = fmt.Sprintf("interrupted after writing %d of %d files, the others are unchanged", r.Written, r.Files)
	case r.Error != "":
		files = fmt.Sprintf("stopped after writing %d of %d files, the others are unchanged (%s)", r.Written, r.Files, r.Error)
	default:
		files = fmt.Sprintf("migrated %d files", r.Written)
	}
	sum := fmt.Sprintf("%s; %d call sites: %d rewritten, %d need manual work, %d suppressed",
		files, r.Totals.Sites, r.Totals.ByStatus[Rewritten], r.Totals.ByStatus[Manual], r.Totals.ByStatus[Suppressed])
	if n := r.notAnalysed(); n > 0 {
		sum += fmt.Sprintf("; %d %s not analysed (errors)", n, map[bool]string{true: "package", false: "packages"}[n == 1])
	}
	return sum
}

// cell escapes text for a table cell.
func cell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.Join(strings.Fields(s), " ")
}

func sortedKeys(m map[string]int) []string { return slices.Sorted(maps.Keys(m)) }
