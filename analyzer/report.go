package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/completelint/completelint/promptcheck"
)

// reporter filters and deduplicates diagnostics: disabled categories,
// suppression comments, generated files.
type reporter struct {
	pass  *analysis.Pass
	cfg   *Config
	files map[*token.File]*fileInfo
	diags []analysis.Diagnostic
	sites map[token.Pos]*siteInfo // what finders know of each site (observe.go)
	found []Site                  // the sites, for the analysis result
	// related are the other places of a legacy request (its URL, the call
	// that sends its body, the callers of its wrapper), by the position of
	// its legacy-api diagnostic.
	related map[token.Pos][]analysis.RelatedInformation
}

type fileInfo struct {
	generated  bool
	cgo        bool // cmd/cgo's translation of a user's file (cgo.go)
	directives []*directive
}

// directive is one //completelint:ignore comment.
type directive struct {
	pos        token.Pos
	categories []promptcheck.Category
	reason     string
	line       int    // line of the comment
	last       int    // last line it covers: the line below, or the node starting there
	malformed  string // why a look-alike of the directive is not one
}

const directivePrefix = "//completelint:ignore"

func newReporter(pass *analysis.Pass, cfg *Config) *reporter {
	r := &reporter{pass: pass, cfg: cfg, files: make(map[*token.File]*fileInfo)}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		fi := &fileInfo{cgo: isCgoTranslation(tf, f)}
		fi.generated = isGenerated(tf, f, fi.cgo)
		if !fi.generated {
			fi.directives = parseDirectives(tf, f)
		}
		r.files[tf] = fi
	}
	return r
}

// parseDirectives reads the suppression comments of f and the line range
// each covers: its own line, the next line, and the whole of a statement or
// declaration that starts on the next line.
func parseDirectives(tf *token.File, f *ast.File) []*directive {
	var ds []*directive
	byLine := map[int]*directive{}
	for _, cg := range f.Comments {
		for _, cm := range cg.List {
			rest, ok := strings.CutPrefix(cm.Text, directivePrefix)
			d := &directive{pos: cm.Pos(), line: tf.Line(cm.Pos())}
			switch {
			case ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t'):
			case strings.HasPrefix(strings.TrimLeft(strings.TrimPrefix(cm.Text, "//"), " \t"), directivePrefix[2:]):
				// "// completelint:ignore", "//completelint:ignored": meant
				// as a directive, but not one.
				d.malformed = "not a suppression comment: write //completelint:ignore <category> <reason>"
				if strings.HasPrefix(cm.Text, "// ") || strings.HasPrefix(cm.Text, "//\t") {
					d.malformed += ", without a space after //"
				}
			default:
				continue
			}
			d.last = d.line + 1
			fields := strings.Fields(rest)
			if len(fields) > 0 && d.malformed == "" {
				for _, c := range strings.Split(fields[0], ",") {
					d.categories = append(d.categories, promptcheck.Category(c))
				}
				d.reason = strings.Join(fields[1:], " ")
				if strings.HasSuffix(fields[0], ",") && len(fields) > 1 {
					d.malformed = fmt.Sprintf("completelint:ignore categories are separated by commas without spaces: write %q", fields[0]+fields[1])
				}
			}
			ds = append(ds, d)
			byLine[d.line] = d
		}
	}
	if len(ds) == 0 {
		return nil
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		if d := byLine[tf.Line(n.Pos())-1]; d != nil {
			d.last = max(d.last, tf.Line(n.End()))
		}
		return true
	})
	return ds
}

// valid reports why a directive cannot suppress anything, or "".
func (d *directive) problem() string {
	if d.malformed != "" {
		return d.malformed
	}
	if len(d.categories) == 0 {
		return "completelint:ignore needs a category and a reason: //completelint:ignore <category> <reason>"
	}
	for _, c := range d.categories {
		if !c.Valid() {
			return fmt.Sprintf("completelint:ignore names unknown category %q", c)
		}
	}
	if d.reason == "" {
		return "completelint:ignore needs a reason after the category"
	}
	return ""
}

func (d *directive) covers(cat promptcheck.Category, line int) bool {
	return line >= d.line && line <= d.last && slices.Contains(d.categories, cat) && d.problem() == ""
}

// skipped reports whether code at pos is not analysed: generated files and
// positions outside this package's files.
func (r *reporter) skipped(pos token.Pos) bool {
	fi, ok := r.files[r.pass.Fset.File(pos)]
	return !ok || fi.generated
}

// report queues d unless its category is disabled or suppressed.
func (r *reporter) report(d analysis.Diagnostic) {
	d = r.withoutCgoFixes(d)
	r.observe(d)
	cat := promptcheck.Category(d.Category)
	if !r.cfg.enabled(cat) || r.skipped(d.Pos) {
		return
	}
	if _, ok := r.suppression(cat, d.Pos); ok {
		return
	}
	r.diags = append(r.diags, d)
}

// suppression returns the directive that suppresses findings of cat at
// pos, if any.
func (r *reporter) suppression(cat promptcheck.Category, pos token.Pos) (*directive, bool) {
	tf := r.pass.Fset.File(pos)
	fi := r.files[tf]
	if fi == nil {
		return nil, false
	}
	line := tf.Line(pos)
	for _, dir := range fi.directives {
		if dir.covers(cat, line) {
			return dir, true
		}
	}
	return nil, false
}

// relate records n as a related place of the legacy request whose
// legacy-api diagnostic is at at. A place a suppression comment exempts
// from legacy-api is left out.
func (r *reporter) relate(at token.Pos, n ast.Node, msg string) {
	if r.skipped(n.Pos()) {
		return
	}
	if _, ok := r.suppression(promptcheck.LegacyAPI, n.Pos()); ok {
		return
	}
	if r.related == nil {
		r.related = make(map[token.Pos][]analysis.RelatedInformation)
	}
	r.related[at] = append(r.related[at], analysis.RelatedInformation{Pos: n.Pos(), End: n.End(), Message: msg})
}

// relatedOf returns the related places recorded for the diagnostic at at,
// in source order, each once.
func (r *reporter) relatedOf(at token.Pos) []analysis.RelatedInformation {
	rel := r.related[at]
	slices.SortStableFunc(rel, func(a, b analysis.RelatedInformation) int {
		return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.End, b.End), strings.Compare(a.Message, b.Message))
	})
	return slices.Compact(rel)
}

// flush reports the queued diagnostics once each, in position order, and
// every malformed suppression comment.
func (r *reporter) flush() {
	for _, fi := range r.files {
		for _, d := range fi.directives {
			if msg := d.problem(); msg != "" {
				cat := ""
				if len(d.categories) > 0 && d.categories[0].Valid() {
					cat = string(d.categories[0])
				}
				diag := diagnostic(promptcheck.RuleMalformedIgnore, d.pos, token.NoPos, msg)
				diag.Category = cat
				r.diags = append(r.diags, diag)
			}
		}
	}
	slices.SortStableFunc(r.diags, func(a, b analysis.Diagnostic) int {
		return cmp.Or(cmp.Compare(a.Pos, b.Pos), strings.Compare(a.Category, b.Category), strings.Compare(a.Message, b.Message))
	})
	r.diags = slices.CompactFunc(r.diags, func(a, b analysis.Diagnostic) bool {
		return a.Pos == b.Pos && a.Category == b.Category && a.Message == b.Message
	})
	for _, d := range r.diags {
		r.pass.Report(d)
	}
	r.diags = nil
}
